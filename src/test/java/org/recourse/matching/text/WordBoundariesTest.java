package org.recourse.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Term rules match whole words only")
class WordBoundariesTest {

    private static final PhraseScreener SINGLE_WORDS = TestRules.terms("kill", "rape", "ass");

    @ParameterizedTest
    @ValueSource(strings = {
        "That takes skill.", "Killer app, killing it, overkill.", "A bunch of grapes.", "Close the drapes.",
        "My therapist says hi.", "We need to assess the class.", "Scunthorpe United", "Grape juice, skills, assessment.",
        "She was raped? No: she was draped in silk.", "Passage, bass, mass, glass",
        "5kill and gr4pe", "k1ller", "skiiiill",
    })
    @DisplayName("a word inside a longer word does not match")
    void insideWords(String text) {
        // Act
        TextVerdict verdict = SINGLE_WORDS.screen(text);

        // Assert
        assertThat(verdict.isBlocked()).as("allowed: %s", text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"r4pe", "R@PE!", "Kill.", "s.kill", "\"kill\"", "kill-switch", "(ass)", "k1ll", "$kill"})
    @DisplayName("the word itself, however written, with punctuation around it, matches")
    void wholeWords(String text) {
        // Act
        TextVerdict verdict = SINGLE_WORDS.screen(text);

        // Assert
        assertThat(verdict.isBlocked()).as("blocked: %s", text).isTrue();
    }

    @Test
    @DisplayName("a single-word rule is blunt: \"kill\" blocks \"I'll kill time\", which is why the starter lists use phrases")
    void singleWordRulesAreBlunt() {
        // Arrange
        PhraseScreener phrases = StarterLists.screener();

        // Act
        TextVerdict blunt = SINGLE_WORDS.screen("I'll kill time at the mall.");
        TextVerdict phrase = phrases.screen("I'll kill time at the mall.");
        TextVerdict threat = phrases.screen("I'll kill you at the mall.");

        // Assert
        assertThat(blunt.isBlocked()).isTrue();
        assertThat(phrase.isBlocked()).isFalse();
        assertThat(threat.isBlocked()).isTrue();
    }

    @Test
    @DisplayName("\"I'll\" keeps its word boundary: the i beside \"ll\" is not a spelled-out word")
    void elisionIsNotSpelledOut() {
        // Arrange
        PhraseScreener screener = TestRules.terms("ill kill", "la");

        // Act
        TextVerdict english = screener.screen("I'll kill time");
        TextVerdict french = screener.screen("Il l'a vu.");

        // Assert
        assertThat(english.isBlocked()).isFalse();
        assertThat(french.isBlocked()).isFalse();
    }

    @Test
    @DisplayName("inside a spelled-out run any letter can start a word, so \"s k i l l\" contains \"kill\" (the known price)")
    void spelledOutRunsLoseBoundaries() {
        // Act
        TextVerdict verdict = SINGLE_WORDS.screen("s k i l l");

        // Assert
        assertThat(verdict.isBlocked()).isTrue();
        assertThat(verdict.matches()).singleElement().extracting(RuleMatch::matchedText).isEqualTo("k i l l");
    }

    @Test
    @DisplayName("words of a phrase must be separated, and separators more than three long end a spelled-out word")
    void phraseWordsNeedSeparators() {
        // Arrange
        PhraseScreener screener = TestRules.terms("i will kill you");

        // Act
        TextVerdict joined = screener.screen("iwillkillyou");
        TextVerdict wide = screener.screen("i will k....i....l....l you");

        // Assert
        assertThat(joined.isBlocked()).isFalse();
        assertThat(wide.isBlocked()).isFalse();
    }

    @Test
    @DisplayName("a symbol that can be a letter still ends a word: \"you!\" is \"you\" then punctuation")
    void symbolsEndWords() {
        // Arrange
        PhraseScreener screener = TestRules.terms("kill you", "shoot");

        // Act
        TextVerdict bang = screener.screen("kill you!");
        TextVerdict dollar = screener.screen("shoot$");

        // Assert
        assertThat(bang.isBlocked()).isTrue();
        assertThat(dollar.isBlocked()).isTrue();
    }
}
