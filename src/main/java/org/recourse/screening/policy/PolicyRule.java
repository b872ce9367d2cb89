package org.recourse.screening.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One rule of a policy version: conditions (each may be left out, "any") and the outcome when all of them hold. A
 * condition on a fact the platform did not give does not hold. Immutable: a version's rules are replaced by a new
 * version, never edited.
 */
@Embeddable
public class PolicyRule {

    /** Short names a platform can log: lower-case letters, digits and hyphens. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?");
    public static final int MAX_AGE_DAYS = 3650;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "account_age_below")
    private Integer accountAgeBelow;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_below", length = 30)
    private Verification verificationBelow;

    @Column(name = "anonymising_network")
    private Boolean anonymisingNetwork;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_class", length = 10)
    private ContentClass contentClass;

    @Column(name = "performers_missing")
    private Boolean performersMissing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PolicyOutcome outcome;

    protected PolicyRule() {
        // for JPA
    }

    /**
     * @throws InvalidPolicyException naming each problem (name, age bound, no condition at all)
     */
    public PolicyRule(String name, Integer accountAgeBelow, Verification verificationBelow, Boolean anonymisingNetwork,
            ContentClass contentClass, Boolean performersMissing, PolicyOutcome outcome) {
        List<String> problems = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches() || PolicyVersion.FIXED_RULE.equals(name)) {
            problems.add("policy.problem.name");
        }
        if (accountAgeBelow != null && (accountAgeBelow < 1 || accountAgeBelow > MAX_AGE_DAYS)) {
            problems.add("policy.problem.age");
        }
        if (verificationBelow == Verification.NONE) {
            problems.add("policy.problem.verificationNone");
        }
        if (accountAgeBelow == null && verificationBelow == null && anonymisingNetwork == null && contentClass == null
                && performersMissing == null) {
            problems.add("policy.problem.noCondition");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(name, problems);
        }
        this.name = name;
        this.accountAgeBelow = accountAgeBelow;
        this.verificationBelow = verificationBelow;
        this.anonymisingNetwork = anonymisingNetwork;
        this.contentClass = contentClass;
        this.performersMissing = performersMissing;
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    /** The conditions it met, when every one of them holds for these facts. */
    public Optional<List<Condition>> matches(Facts facts) {
        List<Condition> met = new ArrayList<>();
        if (accountAgeBelow != null) {
            if (facts.accountAgeDays() == null || facts.accountAgeDays() >= accountAgeBelow) {
                return Optional.empty();
            }
            met.add(new Condition(Condition.Kind.ACCOUNT_AGE_BELOW, accountAgeBelow.toString()));
        }
        if (verificationBelow != null) {
            if (facts.verification() == null || !facts.verification().below(verificationBelow)) {
                return Optional.empty();
            }
            met.add(new Condition(Condition.Kind.VERIFICATION_BELOW, verificationBelow.code()));
        }
        if (anonymisingNetwork != null) {
            if (facts.anonymisingNetwork() == null || !facts.anonymisingNetwork().equals(anonymisingNetwork)) {
                return Optional.empty();
            }
            // Said why: the Tor exit list's own finding is named as such.
            met.add(anonymisingNetwork && facts.torExit() ? new Condition(Condition.Kind.TOR_EXIT, "yes")
                    : new Condition(Condition.Kind.ANONYMISING_NETWORK, anonymisingNetwork ? "yes" : "no"));
        }
        if (contentClass != null) {
            ContentClass given = facts.adult() ? ContentClass.ADULT : facts.contentClass();
            if (given != contentClass) {
                return Optional.empty();
            }
            met.add(new Condition(Condition.Kind.CONTENT_CLASS, contentClass.code()));
        }
        if (performersMissing != null) {
            if (facts.performersMissing() == null || !facts.performersMissing().equals(performersMissing)) {
                return Optional.empty();
            }
            met.add(new Condition(Condition.Kind.PERFORMERS_MISSING, performersMissing ? "yes" : "no"));
        }
        return Optional.of(List.copyOf(met));
    }

    public String name() {
        return name;
    }

    public Integer accountAgeBelow() {
        return accountAgeBelow;
    }

    public Verification verificationBelow() {
        return verificationBelow;
    }

    public Boolean anonymisingNetwork() {
        return anonymisingNetwork;
    }

    public ContentClass contentClass() {
        return contentClass;
    }

    public Boolean performersMissing() {
        return performersMissing;
    }

    public PolicyOutcome outcome() {
        return outcome;
    }

    /** The same rule (for comparing a draft with the version in force). */
    boolean sameAs(PolicyRule other) {
        return name.equals(other.name) && Objects.equals(accountAgeBelow, other.accountAgeBelow)
                && verificationBelow == other.verificationBelow
                && Objects.equals(anonymisingNetwork, other.anonymisingNetwork) && contentClass == other.contentClass
                && Objects.equals(performersMissing, other.performersMissing) && outcome == other.outcome;
    }

    /** One line for the audit log: the rule as an admin reads it. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (accountAgeBelow != null) {
            parts.add("account_age_below=" + accountAgeBelow);
        }
        if (verificationBelow != null) {
            parts.add("verification_below=" + verificationBelow.code());
        }
        if (anonymisingNetwork != null) {
            parts.add("anonymising_network=" + (anonymisingNetwork ? "yes" : "no"));
        }
        if (contentClass != null) {
            parts.add("content_class=" + contentClass.code());
        }
        if (performersMissing != null) {
            parts.add("performers_missing=" + (performersMissing ? "yes" : "no"));
        }
        return name + ": " + String.join(", ", parts) + " -> " + outcome.auditCode();
    }
}
