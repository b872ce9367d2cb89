package org.recourse.screening.policy;

import java.util.Locale;

/**
 * What the policy asks of an upload, mildest first. REQUIRE_VERIFICATION is no restriction by Recourse: the platform
 * asks its user to verify (or to name valid performer records) before publishing; HOLD_FOR_REVIEW hides the upload
 * pending a reviewer's decision, like a stay-down hold.
 */
public enum PolicyOutcome {
    ALLOW, REQUIRE_VERIFICATION, HOLD_FOR_REVIEW;

    /** The stricter of two outcomes. */
    public PolicyOutcome stricter(PolicyOutcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As an audit detail writes it, {@code hold-for-review}: hyphens, so no word of it reads as English prose. */
    public String auditCode() {
        return code().replace('_', '-');
    }
}
