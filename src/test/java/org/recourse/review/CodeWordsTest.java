package org.recourse.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Decision;
import org.recourse.cases.ItemStatus;
import org.recourse.cases.ReasonCode;
import org.recourse.platform.i18n.CodeWords;
import org.recourse.platform.i18n.Messages;

@DisplayName("Codes in words: every status, decision and reason has words in English and French")
class CodeWordsTest {

    private static final List<String> PREFIXES = List.of("review.decision.", "review.reason.", "review.itemState.",
            "staff.status.");

    static Stream<Arguments> everyCode() {
        List<Arguments> codes = new ArrayList<>();
        for (Decision decision : Decision.values()) {
            codes.add(Arguments.of("review.decision.", decision.name()));
        }
        for (ReasonCode reason : ReasonCode.values()) {
            codes.add(Arguments.of("review.reason.", reason.name()));
        }
        for (ItemStatus status : ItemStatus.values()) {
            codes.add(Arguments.of("review.itemState.", status.name()));
        }
        for (CaseStatus status : CaseStatus.values()) {
            codes.add(Arguments.of("staff.status.", status.name()));
        }
        return codes.stream();
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("everyCode")
    @DisplayName("has words in both languages, the French ones not the English ones, never the code")
    void wordsInBothLanguages(String prefix, String code) {
        // Act
        String english = Messages.in(Locale.ENGLISH).find(prefix + code).orElse(null);
        String french = Messages.in(Locale.CANADA_FRENCH).find(prefix + code).orElse(null);

        // Assert
        assertThat(english).isNotBlank().isNotEqualTo(code);
        assertThat(french).isNotBlank().isNotEqualTo(code).isNotEqualTo(english);
    }

    @Test
    @DisplayName("an audit detail reads in words, codes without words and other text unchanged")
    void auditDetailInWords() {
        // Arrange
        String stored = "REMOVE SURVIVOR_IMAGE; case closed; held by mona; SHA_256 abc";

        // Act
        String english = new CodeWords(Messages.in(Locale.ENGLISH), PREFIXES).in(stored);
        String french = new CodeWords(Messages.in(Locale.CANADA_FRENCH), PREFIXES).in(stored);

        // Assert
        assertThat(english).isEqualTo("Remove Image of a survivor; case closed; held by mona; SHA_256 abc");
        assertThat(french).startsWith("Retirer ").doesNotContain("REMOVE", "SURVIVOR_IMAGE").endsWith("SHA_256 abc");
        assertThat(new CodeWords(Messages.in(Locale.ENGLISH), PREFIXES).in(null)).isNull();
    }
}
