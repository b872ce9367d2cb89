package org.recourse.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.recourse.testing.FuzzInput;

/**
 * The text normaliser and the phrase screener under fuzzing, with the starter lists and two admins' patterns: any
 * text up to the endpoint's limit is screened in bounded time and never throws; every offset the normaliser maps back
 * lies inside the text as written; every match names a span of that text, and the verdict blocks exactly when
 * something matched. Seeds: {@code src/test/resources/org/recourse/matching/text/TextScreeningFuzzTestInputs/}.
 */
@DisplayName("Text normaliser and phrase screener under fuzzing")
class TextScreeningFuzzTest {

    private static final PhraseScreener SCREENER = screener();

    private static PhraseScreener screener() {
        List<Rule> rules = new ArrayList<>(StarterLists.all());
        rules.add(Rule.pattern("fuzz-address", "custom", Language.ANY, "doxxing",
                "(send|give) me (your )?(home )?(address|number)"));
        rules.add(Rule.pattern("fuzz-repeat", "custom", Language.ANY, "spam", "(buy ?now ?){3,5}"));
        return PhraseScreener.of(rules);
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void screenedText(byte[] input) {
        // Arrange: the endpoint refuses longer texts
        String text = FuzzInput.text(input);
        if (text.length() > PhraseScreener.MAX_TEXT_LENGTH) {
            text = text.substring(0, PhraseScreener.MAX_TEXT_LENGTH);
        }
        String screened = text;

        // Act
        NormalizedText normalized = TextNormalizer.normalize(screened);
        TextVerdict verdict = FuzzInput.within(Duration.ofSeconds(2), () -> SCREENER.screen(screened));

        // Assert
        for (int i = 0; i < normalized.text().length(); i++) {
            assertThat(normalized.originalStart(i)).isBetween(0, normalized.originalEnd(i));
            assertThat(normalized.originalEnd(i)).isLessThanOrEqualTo(screened.length());
        }
        Span whole = normalized.originalSpan(0, normalized.text().length());
        assertThat(whole.end()).isLessThanOrEqualTo(screened.length());
        assertThat(verdict.isBlocked()).isEqualTo(!verdict.matches().isEmpty());
        for (RuleMatch match : verdict.matches()) {
            assertThat(match.span().end()).isLessThanOrEqualTo(screened.length());
            assertThat(match.matchedText()).isEqualTo(match.span().of(screened));
        }
    }
}
