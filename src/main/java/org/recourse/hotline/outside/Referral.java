package org.recourse.hotline.outside;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a staff member records about a referral: to whom (and which one, for a police service or an INHOPE member),
 * when it was sent, and the reference the recipient gave. {@link #problems(Instant)} names what is wrong, as message
 * keys.
 */
public record Referral(Recipient recipient, String recipientName, Instant referredOn, String theirReference) {

    static final int MAX_NAME = 200;
    static final int MAX_REFERENCE = 100;
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

    public Referral {
        recipientName = blankToNull(recipientName);
        theirReference = blankToNull(theirReference);
    }

    /** The message keys of what is wrong; empty when it may be recorded. */
    public List<String> problems(Instant now) {
        List<String> problems = new ArrayList<>();
        if (recipient == null) {
            problems.add("staff.outside.error.recipient");
        } else if (recipient.needsName() && recipientName == null) {
            problems.add("staff.outside.error.recipientName");
        }
        if (recipientName != null && (recipientName.length() > MAX_NAME || UNSAFE.matcher(recipientName).find())) {
            problems.add("staff.outside.error.recipientNameLength");
        }
        // A day is recorded at its start in UTC: where it is already tomorrow (up to UTC+14), today's date is allowed.
        if (referredOn == null || referredOn.isAfter(now.plus(java.time.Duration.ofHours(14)))) {
            problems.add("staff.outside.error.when");
        }
        if (theirReference != null && (theirReference.length() > MAX_REFERENCE
                || UNSAFE.matcher(theirReference).find())) {
            problems.add("staff.outside.error.reference");
        }
        return problems;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
