package org.recourse.matching.video;

import java.util.List;

/**
 * A vPDQ text that is not in the reference's format: the problem and the line it is on, so that the sender can fix
 * it. Nothing of the text is kept.
 */
public class VpdqTextException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong; each has a message key taking the line number (and, for {@link #TOO_MANY_FRAMES}, the limit). */
    public enum Problem {
        /** Not four comma-separated fields, or a line longer than any valid one. */
        FIELDS("api.error.vpdq.fields"),
        /** The frame number is not a whole number from 0 to 2,147,483,647. */
        FRAME_NUMBER("api.error.vpdq.frame-number"),
        /** The frame number is not above the previous line's. */
        ORDER("api.error.vpdq.order"),
        /** The quality is not a whole number from 0 to 100. */
        QUALITY("api.error.vpdq.quality"),
        /** The hash is not 64 hex digits. */
        HASH("api.error.vpdq.hash"),
        /** The timestamp is not a non-negative decimal number of seconds. */
        TIMESTAMP("api.error.vpdq.timestamp"),
        /** More frames than the reader takes. Arguments: the line, the limit. */
        TOO_MANY_FRAMES("api.error.vpdq.frames");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Problem problem;
    private final int line;
    private final transient List<Object> arguments;

    VpdqTextException(Problem problem, int line, String message, Object... extra) {
        super("Line " + line + ": " + message);
        this.problem = problem;
        this.line = line;
        Object[] all = new Object[extra.length + 1];
        all[0] = line;
        System.arraycopy(extra, 0, all, 1, extra.length);
        this.arguments = List.of(all);
    }

    public Problem problem() {
        return problem;
    }

    /** The line (from 1) the problem is on. */
    public int line() {
        return line;
    }

    public String messageKey() {
        return problem.messageKey;
    }

    /** The values the message names: the line first. */
    public List<Object> arguments() {
        return arguments;
    }
}
