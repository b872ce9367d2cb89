package org.recourse.hotline;

import java.util.Arrays;
import java.util.Locale;

/**
 * Why an attempt to file a report failed, as a class a person reads in their language on the admin page; the stored
 * reason starts with the class's code, then the detail (the hotline's own response code and words, which stay as the
 * hotline wrote them: its support asks for them).
 */
public enum HotlineProblem {
    /** Not reached, timed out, or an HTTP error. */
    UNREACHABLE,
    /** The credentials were refused (401). */
    UNAUTHORIZED,
    /** The hotline refused what was sent (a non-zero response code). */
    REFUSED,
    /** The hotline's MD5 of an upload was not ours. */
    HASH_MISMATCH,
    /** The hotline's answer could not be read. */
    BAD_ANSWER,
    /** Our XML failed the schema: not sent. */
    INVALID,
    /** The hotline is turned off, or has no credentials set. */
    NOT_CONFIGURED,
    /** The evidence record no longer exists (shredded). */
    RECORD_GONE,
    /** The evidence record failed verification: not sent. */
    RECORD_ALTERED,
    /** The hotline deleted the unfinished report: it is opened again. */
    LOST_AT_HOTLINE,
    /** A person retracted it while it was being sent. */
    RETRACTED,
    /** Anything else. */
    OTHER;

    private static final String SEPARATOR = ": ";

    /** The reason as stored: the code, then the detail. */
    public String stored(String detail) {
        return code() + (detail == null || detail.isBlank() ? "" : SEPARATOR + detail.strip());
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "hotline.problem." + code();
    }

    /** The class of a stored reason (OTHER for one stored without a code). */
    public static HotlineProblem fromStored(String stored) {
        if (stored == null) {
            return OTHER;
        }
        return Arrays.stream(values()).filter(problem -> stored.equals(problem.code())
                || stored.startsWith(problem.code() + SEPARATOR)).findFirst().orElse(OTHER);
    }

    /** The detail of a stored reason, without its code. */
    public static String detailOf(String stored) {
        if (stored == null) {
            return "";
        }
        HotlineProblem problem = fromStored(stored);
        if (problem == OTHER && !stored.startsWith(OTHER.code())) {
            return stored;
        }
        return stored.length() > problem.code().length() + SEPARATOR.length()
                ? stored.substring(problem.code().length() + SEPARATOR.length()) : "";
    }
}
