package org.recourse.matching.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Pattern rules")
class PatternRuleTest {

    @Nested
    @DisplayName("validation")
    class Validation {

        @Test
        @DisplayName("reports a syntax error with what is wrong and where")
        void syntaxError() {
            // Act, Assert
            assertThatThrownBy(() -> TestRules.pattern("p", "\\bi know (where"))
                    .isInstanceOf(InvalidRuleException.class)
                    .hasMessageStartingWith("The pattern does not compile: Unclosed group at character 16")
                    .hasMessageContaining("\\bi know (where");
        }

        @ParameterizedTest
        @ValueSource(strings = {"(a+)+", "(\\w+\\s?)*", "(?:a|aa)*b", "(x*y){2,}", "((ab)+c)+", "(?:(?:you|u) )+", "(\\w+ ){0,50}"})
        @DisplayName("refuses a group that has a quantifier or a choice inside and is repeated without a small bound")
        void nestedQuantifiers(String regex) {
            // Act, Assert
            assertThatThrownBy(() -> TestRules.pattern("p", regex))
                    .isInstanceOf(InvalidRuleException.class)
                    .hasMessageContaining("exponential time")
                    .hasMessageContaining("{0,5}");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "(?:\\w+ ){0,3}kill", "\\b(?:you|u) (?:will|'ll) pay\\b", "[(+*]+x", "\\(a+\\)+", "(?:abc)+", "a{2,}",
            "\\Q(a+)+\\E", "(?i)foo", "(?<word>\\w+) bar", "[a-z]+(?=x)", "(a?b){3}",
        })
        @DisplayName("allows quantifiers on plain groups, classes and escapes, and small bounded repeats")
        void safePatterns(String regex) {
            // Act, Assert
            assertThatCode(() -> TestRules.pattern("p", regex)).doesNotThrowAnyException();
        }

        @ParameterizedTest
        @ValueSource(strings = {"(a)\\1", "(?<x>a)\\k<x>"})
        @DisplayName("refuses backreferences")
        void backreferences(String regex) {
            // Act, Assert
            assertThatThrownBy(() -> TestRules.pattern("p", regex))
                    .isInstanceOf(InvalidRuleException.class)
                    .hasMessageContaining("backreference");
        }

        @ParameterizedTest
        @ValueSource(strings = {"a*", "\\s?", "(?:kill)?", "x{0,3}"})
        @DisplayName("refuses a pattern that matches empty text, since it would block everything")
        void emptyMatch(String regex) {
            // Act, Assert
            assertThatThrownBy(() -> TestRules.pattern("p", regex))
                    .isInstanceOf(InvalidRuleException.class)
                    .hasMessageContaining("matches empty text");
        }

        @Test
        @DisplayName("refuses an empty or an over-long pattern")
        void length() {
            // Act, Assert
            assertThatThrownBy(() -> TestRules.pattern("p", " ")).hasMessage("A pattern cannot be empty.");
            assertThatThrownBy(() -> TestRules.pattern("p", "a".repeat(501)))
                    .hasMessage("A pattern can be at most 500 characters long, not 501.");
        }
    }

    @Nested
    @DisplayName("matching")
    class Matching {

        @Test
        @DisplayName("runs on the normalised text, case-insensitively, with the pattern's own accents stripped")
        void normalisedText() {
            // Arrange
            PhraseScreener screener = TestRules.patterns("\\bSON ADRESSE (?:c'est|est) (?:le )?\\d+", "\\boù\\b");

            // Act
            TextVerdict address = screener.screen("Son   adresse, c’est… non: SON ADRÉSSE C’EST LE 1234 rue Sherbrooke");
            TextVerdict where = screener.screen("ou");

            // Assert
            assertThat(address.matches()).extracting(RuleMatch::matchedText).containsExactly("SON ADRÉSSE C’EST LE 1234");
            assertThat(where.isBlocked()).isTrue();
        }

        @Test
        @DisplayName("sees digits and symbols as typed, so a pattern says [i1!|] itself")
        void digitsAsTyped() {
            // Arrange
            PhraseScreener plain = TestRules.patterns("\\bkill\\b");
            PhraseScreener classes = TestRules.patterns("\\bk[i1!|]+[l1|]+\\b");

            // Act
            TextVerdict unmatched = plain.screen("k1ll");
            TextVerdict matched = classes.screen("k1ll");

            // Assert
            assertThat(unmatched.isBlocked()).isFalse();
            assertThat(matched.isBlocked()).isTrue();
        }

        @Test
        @DisplayName("skips empty matches and reports the first match that names some text")
        void emptyMatchesSkipped() {
            // Arrange
            PhraseScreener screener = TestRules.patterns("\\b(?:kill)?(?=you)|\\bhurt you");

            // Act
            TextVerdict verdict = screener.screen("you, then hurt you");

            // Assert
            assertThat(verdict.matches()).extracting(RuleMatch::matchedText).containsExactly("hurt you");
        }

        @Test
        @DisplayName("a pattern that outruns its read budget is reported as unevaluated, and does not block")
        void budget() {
            // Arrange: polynomial, not exponential, so the syntactic check lets it through.
            PhraseScreener screener = PhraseScreener.of(java.util.List.of(
                    TestRules.pattern("slow", "a.*a.*a.*a.*a.*a.*z"), TestRules.term("t", "kill you")));

            // Act
            TextVerdict verdict = screener.screen("a".repeat(5_000) + " kill you");

            // Assert
            assertThat(verdict.isBlocked()).isTrue();
            assertThat(verdict.matches()).extracting(RuleMatch::ruleId).containsExactly("t");
            assertThat(verdict.unevaluated()).extracting(Rule::id).containsExactly("slow");
            assertThat(verdict.isComplete()).isFalse();
        }

        @Test
        @DisplayName("the budget counts every read")
        void budgetCountsReads() {
            // Arrange
            BudgetedText text = new BudgetedText("abc", 2);

            // Act
            text.charAt(0);
            text.charAt(1);

            // Assert
            assertThatThrownBy(() -> text.charAt(2)).isInstanceOf(BudgetedText.BudgetExceeded.class);
        }
    }
}
