package org.recourse.screening.policy;

import java.util.List;

/**
 * The rule tables seeded as version 1 of a tier when none was published; docs/policy.md says why each rule is there.
 * The fixed adult-content rule ({@link PolicyVersion#FIXED_RULE}) comes before each of them.
 */
public final class DefaultPolicies {

    private DefaultPolicies() {
    }

    /** The tier's default rules, in order. */
    public static List<PolicyRule> rules(Tier tier) {
        return switch (tier) {
            case TEXT_ONLY -> List.of(
                    rule("anonymous-new-account", 30, null, true, null, PolicyOutcome.HOLD_FOR_REVIEW),
                    rule("adult-on-text-service", null, null, null, ContentClass.ADULT, PolicyOutcome.HOLD_FOR_REVIEW),
                    rule("new-unverified-account", 7, Verification.EMAIL, null, null,
                            PolicyOutcome.REQUIRE_VERIFICATION));
            case GENERAL_MEDIA -> List.of(
                    rule("anonymous-new-account", 7, null, true, null, PolicyOutcome.HOLD_FOR_REVIEW),
                    rule("anonymous-unverified", null, Verification.PHONE, true, null,
                            PolicyOutcome.REQUIRE_VERIFICATION),
                    rule("new-unverified-account", 1, Verification.EMAIL, null, null,
                            PolicyOutcome.REQUIRE_VERIFICATION));
            case ADULT_CONTENT -> List.of(
                    rule("anonymous-new-account", 30, null, true, null, PolicyOutcome.HOLD_FOR_REVIEW),
                    rule("brand-new-account", 2, null, null, null, PolicyOutcome.HOLD_FOR_REVIEW),
                    rule("uploader-identity-unverified", null, Verification.IDENTITY_DOCUMENT, null, null,
                            PolicyOutcome.REQUIRE_VERIFICATION));
        };
    }

    /** Every tier's default outcome: what no rule caught goes up. */
    public static PolicyOutcome defaultOutcome(Tier tier) {
        return PolicyOutcome.ALLOW;
    }

    private static PolicyRule rule(String name, Integer ageBelow, Verification below, Boolean anonymising,
            ContentClass contentClass, PolicyOutcome outcome) {
        return new PolicyRule(name, ageBelow, below, anonymising, contentClass, null, outcome);
    }
}
