package org.recourse.statements;

/** How the content came to Recourse's attention: the "facts relied on" say which, never who. */
public enum Detection {
    /** Someone reported it (who is never said). */
    REPORT(false),
    /** The person shown reported it. */
    SURVIVOR_SELF_REPORT(false),
    /** Its hash matched an entry of a hash bank (the statement names the bank's kind). */
    HASH_MATCH(true),
    /** A screening rule: an upload by a banned uploader. */
    SCREENING_RULE(true),
    /** A text's words matched the platform's phrase lists (threats and harassment aimed at survivors). */
    PHRASE_MATCH(true),
    /** A classifier's score at or above its threshold (issue 17 §1): held for a person's review, never decided by it. */
    CLASSIFIER(true),
    /** The platform's own staff: a supervisor acting on what they found, with no report or case behind it. */
    STAFF_DECISION(false);

    private final boolean automated;

    Detection(boolean automated) {
        this.automated = automated;
    }

    /** Whether automated means detected it. */
    public boolean automated() {
        return automated;
    }

    public String messageKey() {
        return "statement.detection." + name();
    }
}
