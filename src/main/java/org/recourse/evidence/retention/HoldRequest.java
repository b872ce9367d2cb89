package org.recourse.evidence.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.recourse.platform.validation.FieldProblem;

/**
 * A legal hold as typed on a form: why, who asked (an agency and its reference), and when it is to be reviewed. Every
 * field is hostile until {@link #problems} finds nothing: lengths bounded, no control characters, a review date from
 * today to ten years ahead.
 *
 * @param reason why the record must be kept (a preservation request, a court order, a litigation hold...)
 * @param requester who asked: an agency, a court, counsel
 * @param requesterReference their reference (a file number), optional
 * @param reviewOn when a LEGAL user looks at the hold again
 */
public record HoldRequest(String reason, String requester, String requesterReference, LocalDate reviewOn) {

    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 1000;
    public static final int MIN_REQUESTER = 2;
    public static final int MAX_REQUESTER = 200;
    public static final int MAX_REFERENCE = 100;
    public static final int MAX_YEARS_AHEAD = 10;
    /** Control characters other than line breaks and tabs: nothing a person types, often something an attack sends. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\r\\n\\t]]");

    public HoldRequest {
        reason = strip(reason);
        requester = strip(requester);
        requesterReference = strip(requesterReference);
    }

    /** What is wrong with the request on {@code today} (UTC), every field at once; empty when it may be placed. */
    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        text("reason", reason, MIN_REASON, MAX_REASON, problems);
        text("requester", requester, MIN_REQUESTER, MAX_REQUESTER, problems);
        if (!requesterReference.isEmpty()) {
            text("requesterReference", requesterReference, 1, MAX_REFERENCE, problems);
        }
        problems.addAll(reviewDateProblems(reviewOn, today));
        return problems;
    }

    /** A review date is needed, not in the past, and at most ten years ahead. */
    public static List<FieldProblem> reviewDateProblems(LocalDate reviewOn, LocalDate today) {
        if (reviewOn == null) {
            return List.of(FieldProblem.of("reviewOn", "evidence.holds.error.reviewMissing"));
        }
        if (reviewOn.isBefore(today)) {
            return List.of(FieldProblem.of("reviewOn", "evidence.holds.error.reviewPast", today));
        }
        if (reviewOn.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            return List.of(FieldProblem.of("reviewOn", "evidence.holds.error.reviewFar", MAX_YEARS_AHEAD));
        }
        return List.of();
    }

    /** A written reason (a hold's, a release's, a shred's): at least ten characters, at most a thousand. */
    public static List<FieldProblem> reasonProblems(String field, String text) {
        List<FieldProblem> problems = new ArrayList<>();
        text(field, strip(text), MIN_REASON, MAX_REASON, problems);
        return problems;
    }

    private static void text(String field, String value, int min, int max, List<FieldProblem> problems) {
        if (value.length() < min || value.length() > max) {
            problems.add(FieldProblem.of(field, "evidence.holds.error." + field + ".length", min, max));
        } else if (CONTROL.matcher(value).find()) {
            problems.add(FieldProblem.of(field, "evidence.holds.error.control"));
        }
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
