package org.recourse.screening.policy;

import java.util.Locale;

/**
 * One condition a rule met, as the answer names it: its kind and value, in a code a platform reads
 * ({@code account_age_below=7}) and in words its user reads.
 */
public record Condition(Kind kind, String value) {

    /** The kinds of condition a rule may have. */
    public enum Kind {
        ACCOUNT_AGE_BELOW, VERIFICATION_BELOW, ANONYMISING_NETWORK, TOR_EXIT, CONTENT_CLASS, PERFORMERS_MISSING;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public String code() {
        return kind.code() + "=" + value;
    }

    /** The message key of its words, e.g. {@code policy.condition.anonymising_network.yes}. */
    String messageKey() {
        return switch (kind) {
            case ACCOUNT_AGE_BELOW -> "policy.condition.account_age_below";
            case VERIFICATION_BELOW -> "policy.condition.verification_below";
            default -> "policy.condition." + kind.code() + "." + value;
        };
    }
}
