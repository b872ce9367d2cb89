package org.recourse.matching.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text in the canonical form rules are matched against, with the way back: character {@code i} of {@link #text()}
 * came from the characters {@code originalStart(i)..originalEnd(i)} of {@link #original()}, so a match on the canonical
 * form is reported as the span the person actually wrote (accents, look-alikes, invisible characters and all).
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = Objects.requireNonNull(original, "The original text is required.");
        this.text = Objects.requireNonNull(text, "The normalised text is required.");
        if (starts.length != text.length() || ends.length != text.length()) {
            throw new IllegalArgumentException("Every normalised character needs its original offsets.");
        }
        this.starts = starts;
        this.ends = ends;
    }

    /** The text as given. */
    public String original() {
        return original;
    }

    /** The canonical form: see {@link TextNormalizer} for the steps. */
    public String text() {
        return text;
    }

    /** The offset in the original text where normalised character {@code index} starts. */
    public int originalStart(int index) {
        return starts[index];
    }

    /** The offset in the original text just past normalised character {@code index}. */
    public int originalEnd(int index) {
        return ends[index];
    }

    /**
     * The span of the original text that normalised characters {@code start..end} (half-open) came from; an empty range
     * maps to an empty span where the next character starts.
     *
     * @throws IndexOutOfBoundsException for a range outside the normalised text
     */
    public Span originalSpan(int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        if (start == end) {
            int at = start < text.length() ? starts[start] : original.length();
            return new Span(at, at);
        }
        return new Span(starts[start], ends[end - 1]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NormalizedText that && original.equals(that.original) && text.equals(that.text)
                && Arrays.equals(starts, that.starts) && Arrays.equals(ends, that.ends);
    }

    @Override
    public int hashCode() {
        return Objects.hash(original, text);
    }

    @Override
    public String toString() {
        return text;
    }
}
