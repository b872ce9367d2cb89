package org.recourse.screening.policy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One published version of a tier's rule table: ordered rules (first match wins) and a default outcome. Published
 * once, never changed: an admin's edit is the next version. Before the table, one rule is fixed, because the law and
 * the survivors' report ask it of every adult service: adult content without a record in force for each person shown
 * needs verification, whatever the table says.
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersion {

    /** The fixed rule's name, reserved. */
    public static final String FIXED_RULE = "adult-performer-records";
    /** The name the answer gives when no rule matched. */
    public static final String DEFAULT_RULE = "default";
    public static final int MAX_RULES = 50;
    public static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Tier tier;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_outcome", nullable = false, length = 30)
    private PolicyOutcome defaultOutcome;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "policy_rule", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<PolicyRule> rules = new ArrayList<>();

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @Column(length = MAX_NOTE)
    private String note;

    protected PolicyVersion() {
        // for JPA
    }

    /**
     * A version to publish after {@code previous} (none: the first, number 1).
     *
     * @throws InvalidPolicyException for too many rules, a name twice, or a note too long
     */
    public PolicyVersion(Tier tier, Optional<PolicyVersion> previous, List<PolicyRule> rules,
            PolicyOutcome defaultOutcome, String publishedBy, Instant publishedAt, String note) {
        List<String> problems = new ArrayList<>();
        if (rules.size() > MAX_RULES) {
            problems.add("policy.problem.tooMany");
        }
        Set<String> names = new HashSet<>();
        if (!rules.stream().allMatch(r -> names.add(r.name()))) {
            problems.add("policy.problem.sameName");
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > MAX_NOTE) {
            problems.add("policy.problem.note");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(null, problems);
        }
        this.tier = Objects.requireNonNull(tier, "tier");
        this.number = previous.map(p -> p.number + 1).orElse(1);
        this.rules = new ArrayList<>(rules);
        this.defaultOutcome = Objects.requireNonNull(defaultOutcome, "defaultOutcome");
        this.publishedBy = Objects.requireNonNull(publishedBy, "publishedBy");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        this.note = trimmed;
    }

    /** The fixed rule, then the first rule whose conditions all hold, else the default outcome. */
    public PolicyDecision decide(Facts facts) {
        if (facts.adult() && !Boolean.FALSE.equals(facts.performersMissing())) {
            return new PolicyDecision(PolicyOutcome.REQUIRE_VERIFICATION, FIXED_RULE, List.of(
                    new Condition(Condition.Kind.CONTENT_CLASS, ContentClass.ADULT.code()),
                    new Condition(Condition.Kind.PERFORMERS_MISSING, "yes")), tier, number);
        }
        for (PolicyRule rule : rules) {
            Optional<List<Condition>> met = rule.matches(facts);
            if (met.isPresent()) {
                return new PolicyDecision(rule.outcome(), rule.name(), met.get(), tier, number);
            }
        }
        return new PolicyDecision(defaultOutcome, DEFAULT_RULE, List.of(), tier, number);
    }

    /** Whether a draft says nothing new (publishing it would be a version for nothing). */
    public boolean sameAs(List<PolicyRule> draft, PolicyOutcome draftDefault) {
        if (draft.size() != rules.size() || draftDefault != defaultOutcome) {
            return false;
        }
        for (int i = 0; i < draft.size(); i++) {
            if (!draft.get(i).sameAs(rules.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The version as the audit log keeps it: every rule in order, and the default. */
    public String describe() {
        StringBuilder text = new StringBuilder(tier.code()).append(" v").append(number).append(": ");
        rules.forEach(r -> text.append(r.describe()).append("; "));
        return text.append("default -> ").append(defaultOutcome.auditCode()).toString();
    }

    public Long id() {
        return id;
    }

    public Tier tier() {
        return tier;
    }

    public int number() {
        return number;
    }

    public PolicyOutcome defaultOutcome() {
        return defaultOutcome;
    }

    public List<PolicyRule> rules() {
        return List.copyOf(rules);
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public String note() {
        return note;
    }
}
