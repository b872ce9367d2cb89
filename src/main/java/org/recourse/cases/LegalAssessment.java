package org.recourse.cases;

/**
 * What the reviewer says at removal of content that may show a child, for the evidence record and the hotline report:
 * the industry classification (null when not classified) and whether a child is in imminent danger, with a short
 * reason (required then, as the supervisors' alert and the escalated report must say why).
 *
 * @param classification A1, A2, B1, B2, or null for "not classified"
 * @param imminentDanger the reviewer believes a child is in danger now
 * @param dangerReason why, in a few words; null unless {@code imminentDanger}
 */
public record LegalAssessment(IndustryClassification classification, boolean imminentDanger, String dangerReason) {

    /** The most a reason may say: it travels in a mail subject line's body and a hotline's escalation field. */
    public static final int MAX_REASON = 500;

    /** Nothing assessed: every decision that is not a removal of child-category content. */
    public static final LegalAssessment NONE = new LegalAssessment(null, false, null);

    public LegalAssessment {
        dangerReason = dangerReason == null || dangerReason.isBlank() ? null : dangerReason.strip();
        if (!imminentDanger) {
            dangerReason = null;
        } else if (dangerReason == null) {
            throw new IllegalArgumentException("Imminent danger needs a short reason.");
        } else if (dangerReason.length() > MAX_REASON) {
            throw new IllegalArgumentException("The reason for imminent danger is longer than " + MAX_REASON
                    + " characters.");
        }
    }

    /** Whether the reviewer said anything at all. */
    public boolean isEmpty() {
        return classification == null && !imminentDanger;
    }
}
