package org.recourse.appeals;

/**
 * What a reporter may know of reviews of their report's decision, and nothing more: how an uploader's appeal ended
 * (no detail, no name), and where their own request for a second look stands.
 *
 * @param appeal the latest decided appeal's outcome on the case, or null
 * @param request the reporter's own request: null if none was made
 * @param mayAsk whether the button is offered (outcome "no action" or "restored", not asked yet)
 */
public record ReporterReview(AppealStatus appeal, ReviewRequest.Answer request, boolean mayAsk) {

    public static final ReporterReview NONE = new ReporterReview(null, null, false);

    /** Whether a reporter may ask: once, and only after "no action" or a restore. */
    public static boolean mayAsk(boolean restoredOrNoAction, boolean askedBefore) {
        return restoredOrNoAction && !askedBefore;
    }
}
