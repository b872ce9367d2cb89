package org.recourse.matching.text;

/**
 * A text that a regular expression may read only so many characters of: Java's matcher reads through
 * {@link CharSequence#charAt}, so counting those reads bounds its work without a thread or a timer, and a pattern that
 * slipped past {@link PatternSafety} still stops. The budget is {@value #READS_PER_CHARACTER} reads per character plus
 * {@value #BASE_READS}, far more than any linear pattern needs.
 */
final class BudgetedText implements CharSequence {

    static final int READS_PER_CHARACTER = 200;
    static final int BASE_READS = 100_000;

    private final String text;
    private long readsLeft;

    BudgetedText(String text) {
        this(text, BASE_READS + (long) READS_PER_CHARACTER * text.length());
    }

    BudgetedText(String text, long reads) {
        this.text = text;
        this.readsLeft = reads;
    }

    @Override
    public char charAt(int index) {
        if (--readsLeft < 0) {
            throw new BudgetExceeded();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Thrown through the matcher when the budget runs out; carries no stack trace, as it is expected. */
    static final class BudgetExceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super("The pattern read more of the text than its budget allows.", null, false, false);
        }
    }
}
