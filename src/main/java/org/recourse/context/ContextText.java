package org.recourse.context;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.recourse.content.ContentItem;
import org.recourse.matching.text.Language;

/**
 * One text the platform sent about an item: its kind, the words, and the language to screen it in (null: every
 * list). Held in memory only; what is stored of it is its SHA-256 and, for a match, the words the rule matched.
 */
public record ContextText(TextKind kind, String text, Language language) {

    public ContextText {
        Objects.requireNonNull(kind, "A text's kind is required.");
        Objects.requireNonNull(text, "A text is required.");
        if (text.length() > kind.maxLength()) {
            throw new IllegalArgumentException("A " + kind.code() + " is at most " + kind.maxLength() + " characters.");
        }
    }

    /** The SHA-256 of the words, what a match keeps of the text. */
    public String sha256() {
        return ContentItem.sha256Of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Never the words: a text may end up in a log by way of an exception message or a debugger. */
    @Override
    public String toString() {
        return "ContextText[" + kind.code() + ", " + text.length() + " characters]";
    }
}
