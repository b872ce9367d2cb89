package org.recourse.intake;

/**
 * A valid removal request under the US TAKE IT DOWN Act, as sent beside a report and before any checking: the
 * requester's signature (their typed full name), how to reach them, whether they act for the person shown (an
 * authorised representative) or are that person, and their statement in good faith that the intimate image was
 * published without consent. The content's location is the report's own. Kept only for this case, and erased with
 * the consented contact addresses ({@code contact.ContactEraser}).
 *
 * @param forSomeoneElse null when the requester did not say
 */
public record RemovalRequest(String signature, String email, Boolean forSomeoneElse, boolean goodFaith) {

    public RemovalRequest {
        signature = blankToNull(signature);
        email = blankToNull(email);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether the requester is the person shown: their request is a self-report ("this is me"). */
    public boolean byPersonShown() {
        return Boolean.FALSE.equals(forSomeoneElse);
    }
}
