package org.recourse.matching.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Rule")
class RuleTest {

    @Nested
    @DisplayName("names")
    class Names {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        @DisplayName("requires an id, a list and a label")
        void required(String blank) {
            // Act, Assert
            assertThatThrownBy(() -> Rule.term(blank, "l", Language.EN, "x", "kill you")).hasMessage("A rule's id is required.");
            assertThatThrownBy(() -> Rule.term("id", blank, Language.EN, "x", "kill you")).hasMessage("A rule's list is required.");
            assertThatThrownBy(() -> Rule.term("id", "l", Language.EN, blank, "kill you")).hasMessage("A rule's label is required.");
        }

        @Test
        @DisplayName("keeps what it was given, and is equal to a rule made the same way")
        void value() {
            // Act
            Rule rule = Rule.term(" en-1 ", "mine", Language.FR, "threat", "je sais où tu restes");

            // Assert
            assertThat(rule.id()).isEqualTo("en-1");
            assertThat(rule.list()).isEqualTo("mine");
            assertThat(rule.language()).isEqualTo(Language.FR);
            assertThat(rule.label()).isEqualTo("threat");
            assertThat(rule.kind()).isEqualTo(Rule.Kind.TERM);
            assertThat(rule.text()).isEqualTo("je sais où tu restes");
            assertThat(rule).isEqualTo(Rule.term("en-1", "mine", Language.FR, "threat", "je sais où tu restes"))
                    .isNotEqualTo(Rule.pattern("en-1", "mine", Language.FR, "threat", "je sais où tu restes"))
                    .hasToString("term en-1 (mine, fr, threat): je sais où tu restes");
        }

        @ParameterizedTest
        @CsvSource({"en,EN", "FR,FR", " any ,ANY"})
        @DisplayName("reads languages by code")
        void languages(String code, Language expected) {
            // Act, Assert
            assertThat(Language.ofCode(code)).isEqualTo(expected);
            assertThat(expected.code()).isEqualTo(expected.name().toLowerCase());
        }

        @Test
        @DisplayName("refuses an unknown language code")
        void unknownLanguage() {
            // Act, Assert
            assertThatThrownBy(() -> Language.ofCode("de")).hasMessage("A rule's language is en, fr or any, not \"de\".");
        }
    }

    @Nested
    @DisplayName("terms")
    class Terms {

        @Test
        @DisplayName("expand their choices into canonical phrases of collapsed letters")
        void variants() {
            // Act
            Rule rule = TestRules.term("t", "I (will|'ll|) KILL (you|u)");

            // Assert
            assertThat(rule.termVariants()).containsExactly(
                    "i wil kil you", "i wil kil u", "i l kil you", "i l kil u", "i kil you", "i kil u");
        }

        @Test
        @DisplayName("split words at apostrophes and hyphens, fold accents and drop duplicates")
        void canonicalWords() {
            // Act
            Rule rule = TestRules.term("t", "(je sais où t'habites|JE SAIS OU T-HABITES|envoie-moi)");

            // Assert
            assertThat(rule.termVariants()).containsExactly("je sais ou t habites", "envoie moi");
        }

        @ParameterizedTest
        @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "i (will kill you; opens a group at character 3 and never closes it",
            "i will) kill; has a ')' outside a group, at character 7",
            "a | b; has a '|' outside a group, at character 3",
            "i ((will)) kill; has a group inside a group",
            "(|); has a choice with no letters",
            "?!; has a choice with no letters",
        })
        @DisplayName("refuse bad groups and phrases with no letters, saying where")
        void badTerms(String term, String message) {
            // Act, Assert
            assertThatThrownBy(() -> TestRules.term("t", term)).isInstanceOf(InvalidRuleException.class).hasMessageContaining(message);
        }

        @Test
        @DisplayName("refuse more than 1000 phrases, and blank or over-long terms")
        void limits() {
            // Arrange
            String group = "(a|b|c|d|e|f|g|h|i|j|k)";

            // Act, Assert
            assertThatThrownBy(() -> TestRules.term("t", group + " " + group + " " + group))
                    .hasMessageContaining("stands for more than 1000 phrases. Split it into several rules.");
            assertThatThrownBy(() -> TestRules.term("t", " ")).hasMessage("A term needs at least one word.");
            assertThatThrownBy(() -> TestRules.term("t", "a".repeat(501))).hasMessageContaining("at most 500 characters");
        }
    }
}
