package org.recourse.matching.text;

/** A half-open range {@code [start, end)} of UTF-16 offsets in a text, as {@link String#substring(int, int)} takes. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A span runs from 0 <= start <= end, not " + start + ".." + end + ".");
        }
    }

    /** How many UTF-16 units the span covers. */
    public int length() {
        return end - start;
    }

    /** The part of {@code text} that the span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
