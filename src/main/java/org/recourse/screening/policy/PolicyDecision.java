package org.recourse.screening.policy;

import java.util.List;
import java.util.stream.Collectors;
import org.recourse.platform.i18n.Messages;

/**
 * What the policy decided for one upload, and why: the rule that fired (or {@code default}), the conditions it met,
 * and the version of the tier's table, so that a platform can show its user the reason and an auditor can find the
 * rule.
 */
public record PolicyDecision(PolicyOutcome outcome, String rule, List<Condition> conditions, Tier tier, int version) {

    public PolicyDecision {
        conditions = List.copyOf(conditions);
    }

    /** The reason in a code a platform can log: the conditions met, e.g. {@code account_age_below=7; tor_exit=yes}. */
    public String reason() {
        return conditions.isEmpty() ? PolicyVersion.DEFAULT_RULE
                : conditions.stream().map(Condition::code).collect(Collectors.joining("; "));
    }

    /** The reason in words a platform can show its user, in the reader's language. */
    public String reasonText(Messages messages) {
        String outcomeWords = messages.get("policy.outcome.sentence." + outcome.name());
        if (conditions.isEmpty()) {
            return messages.get("policy.reason.default", outcomeWords);
        }
        String why = conditions.stream().map(c -> messages.get(c.messageKey(), words(c, messages)))
                .collect(Collectors.joining(messages.get("policy.reason.separator")));
        return messages.get("policy.reason.rule", outcomeWords, why);
    }

    private static Object words(Condition condition, Messages messages) {
        return switch (condition.kind()) {
            case VERIFICATION_BELOW -> messages.get("policy.verification." + condition.value());
            case ACCOUNT_AGE_BELOW -> Integer.valueOf(condition.value());
            default -> condition.value();
        };
    }

    /** Whether it restricts the upload (a hold pending review), as opposed to asking the platform's user to verify. */
    public boolean holds() {
        return outcome == PolicyOutcome.HOLD_FOR_REVIEW;
    }
}
