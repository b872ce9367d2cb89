package org.recourse.screening.policy.web;

import java.io.Serializable;
import org.recourse.screening.policy.ContentClass;
import org.recourse.screening.policy.PolicyOutcome;
import org.recourse.screening.policy.PolicyRule;
import org.recourse.screening.policy.Verification;

/**
 * One row of the draft table as the form holds it (text, as typed or chosen): an empty name drops the row, and an
 * empty choice is "any". Turned into a {@link PolicyRule}, which checks it, when the admin publishes.
 */
public class RuleRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String position;
    private String name;
    private String ageBelow;
    private String verificationBelow;
    private String anonymising;
    private String contentClass;
    private String performersMissing;
    private String outcome = PolicyOutcome.HOLD_FOR_REVIEW.name();

    static RuleRow of(PolicyRule rule, int position) {
        RuleRow row = new RuleRow();
        row.position = Integer.toString(position);
        row.name = rule.name();
        row.ageBelow = rule.accountAgeBelow() == null ? "" : rule.accountAgeBelow().toString();
        row.verificationBelow = rule.verificationBelow() == null ? "" : rule.verificationBelow().code();
        row.anonymising = yesNo(rule.anonymisingNetwork());
        row.contentClass = rule.contentClass() == null ? "" : rule.contentClass().code();
        row.performersMissing = yesNo(rule.performersMissing());
        row.outcome = rule.outcome().name();
        return row;
    }

    static RuleRow blank(int position) {
        RuleRow row = new RuleRow();
        row.position = Integer.toString(position);
        return row;
    }

    boolean isBlank() {
        return name == null || name.isBlank();
    }

    /** The position typed, or a large one (last) when it is not a number. */
    int order() {
        try {
            return Integer.parseInt(position == null ? "" : position.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * @throws org.recourse.screening.policy.InvalidPolicyException when the rule is not valid
     * @throws NumberFormatException when the age is not a whole number
     */
    PolicyRule toRule() {
        return new PolicyRule(name.strip(), ageBelow == null || ageBelow.isBlank() ? null
                : Integer.valueOf(ageBelow.strip()), Verification.ofCode(verificationBelow).orElse(null),
                bool(anonymising), ContentClass.ofCode(contentClass).orElse(null), bool(performersMissing),
                PolicyOutcome.valueOf(outcome));
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    private static Boolean bool(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAgeBelow() {
        return ageBelow;
    }

    public void setAgeBelow(String ageBelow) {
        this.ageBelow = ageBelow;
    }

    public String getVerificationBelow() {
        return verificationBelow;
    }

    public void setVerificationBelow(String verificationBelow) {
        this.verificationBelow = verificationBelow;
    }

    public String getAnonymising() {
        return anonymising;
    }

    public void setAnonymising(String anonymising) {
        this.anonymising = anonymising;
    }

    public String getContentClass() {
        return contentClass;
    }

    public void setContentClass(String contentClass) {
        this.contentClass = contentClass;
    }

    public String getPerformersMissing() {
        return performersMissing;
    }

    public void setPerformersMissing(String performersMissing) {
        this.performersMissing = performersMissing;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
