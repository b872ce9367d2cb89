package org.recourse.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.matching.text.Language;
import org.recourse.matching.text.Rule;
import org.recourse.matching.text.RuleMatch;
import org.recourse.matching.text.Span;

@DisplayName("A context match keeps what a reviewer needs, never the text")
class ContextMatchTest {

    private static final String TEXT = "A long caption about a holiday, then the words that matched, then more words";

    private static ContextMatch match(String matched) {
        Rule rule = Rule.term("rule-9", "abuse-associated", Language.EN, "grooming", "the words");
        return new ContextMatch(7, "user-1", new ContextText(TextKind.CAPTION, TEXT, Language.EN),
                new RuleMatch(rule, new Span(0, matched.length()), matched), true, Instant.EPOCH);
    }

    @Test
    @DisplayName("the matched words on one line and the text's SHA-256 are kept, the text is not")
    void keepsTheMatchOnly() {
        // Act
        ContextMatch kept = match("the words\n that  matched");

        // Assert
        assertThat(kept.matchedWords()).isEqualTo("the words that matched");
        assertThat(kept.textSha256()).hasSize(64).isEqualTo(new ContextText(TextKind.CAPTION, TEXT, null).sha256());
        assertThat(kept.ruleId()).isEqualTo("rule-9");
        assertThat(kept.caseAction()).isEqualTo(ContextMatch.CaseAction.NONE);
        assertThat(new ContextText(TextKind.CAPTION, TEXT, null).toString()).doesNotContain("holiday");
    }

    @Test
    @DisplayName("a long match is cut at 100 characters, never inside a surrogate pair")
    void longMatchIsCut() {
        // Arrange
        String emoji = "\uD83D\uDE00";

        // Act
        String cut = ContextMatch.excerpt("a".repeat(98) + emoji + "b".repeat(50));
        String whole = ContextMatch.excerpt("a".repeat(97) + emoji + "b".repeat(50));

        // Assert
        assertThat(cut).isEqualTo("a".repeat(98) + "…");
        assertThat(whole).isEqualTo("a".repeat(97) + emoji + "…").hasSize(ContextMatch.MAX_WORDS);
    }

    @Test
    @DisplayName("the portal's own report names the kind of text, the list and the rule, never the words")
    void reportWordsNeverQuote() {
        // Arrange
        ContextMatch kept = match("the words that matched");

        // Act
        String details = ContextScreening.details(kept);
        var note = ContextScreening.note(kept);

        // Assert
        assertThat(details).contains("caption", "abuse-associated", "grooming").doesNotContain("matched", "holiday");
        assertThat(note.key()).isEqualTo("report.system.context.abuse");
        assertThat(note.args()).containsExactly("#context.kind.CAPTION", "abuse-associated", "grooming");
    }
}
