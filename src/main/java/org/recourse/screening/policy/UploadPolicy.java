package org.recourse.screening.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.audit.AuditLog;
import org.recourse.platform.persistence.SeedOnce;
import org.recourse.screening.PerformerRecordCheck;

/**
 * The upload policy of this service's tier (setting {@code recourse.policy.tier}: text_only, general_media or
 * adult_content): decides an upload's context against the version in force, and lets an admin publish the next
 * version, audited. A tier with no version yet gets its documented defaults as version 1.
 */
@ApplicationScoped
public class UploadPolicy {

    /** Who the seeded defaults are published by. */
    public static final String SYSTEM = "system";

    /** The seed marker's name, before the tier's code. */
    static final String SEED = "upload-policy:";

    @Inject
    @ConfigProperty(name = "recourse.policy.tier", defaultValue = "general_media")
    String tierSetting;

    @Inject
    PolicyVersionRepository versions;

    @Inject
    TorExitList torExits;

    @Inject
    Instance<PerformerRecordCheck> performerRecords;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    SeedOnce seedOnce;

    /** This service's tier; a setting that names none is refused loudly rather than screening under a guess. */
    public Tier tier() {
        return Tier.ofCode(tierSetting).orElseThrow(() -> new IllegalStateException("recourse.policy.tier must be "
                + "text_only, general_media or adult_content"));
    }

    /** The decision for an upload's context, under the version in force (the defaults, the first time). */
    @Transactional
    public PolicyDecision decide(UploadContext context) {
        Tier tier = tier();
        return inForce(tier).decide(facts(context, tier));
    }

    /** The facts the rule table sees: the address is looked up here, and goes no further. */
    Facts facts(UploadContext context, Tier tier) {
        boolean tor = context.clientAddress() != null && torExits.isExit(context.clientAddress());
        return PolicyFacts.of(context, tier, tor, this::notInForce);
    }

    private List<String> notInForce(List<String> ids) {
        if (!performerRecords.isResolvable()) {
            return ids; // no performers feature deployed: nothing is in force
        }
        return performerRecords.get().notInForce(ids);
    }

    /** The version in force of this service's tier. */
    @Transactional
    public PolicyVersion inForce() {
        return inForce(tier());
    }

    @Transactional
    public List<PolicyVersion> history(int max) {
        Tier tier = tier();
        inForce(tier);
        return versions.history(tier, max);
    }

    @Transactional
    public Optional<PolicyVersion> version(int number) {
        return versions.find(tier(), number);
    }

    /**
     * Publishes the next version of this tier's table, audited; the version in force before it is left as it was.
     *
     * @throws InvalidPolicyException when the draft cannot be published, or says nothing new
     */
    @Transactional
    public PolicyVersion publish(String admin, List<PolicyRule> rules, PolicyOutcome defaultOutcome, String note) {
        Tier tier = tier();
        PolicyVersion current = inForce(tier);
        if (current.sameAs(rules, defaultOutcome)) {
            throw new InvalidPolicyException(null, List.of("policy.problem.unchanged"));
        }
        PolicyVersion next = new PolicyVersion(tier, Optional.of(current), rules, defaultOutcome, admin,
                clock.instant(), note);
        versions.add(next);
        audit.record(admin, "policy.published", "policy:" + tier.code() + ":" + next.number(),
                next.describe() + (next.note() == null ? "" : " (note: " + next.note() + ")"));
        return next;
    }

    private PolicyVersion inForce(Tier tier) {
        return versions.inForce(tier).orElseGet(() -> seed(tier));
    }

    /**
     * Version 1: the documented defaults, seeded once. Two first screens at the same moment (on one node or two) both
     * find no version; the claim lets one seed, and the other waits on it and then reads what it committed, instead of
     * failing on the unique number with a 500.
     */
    private PolicyVersion seed(Tier tier) {
        if (!seedOnce.claim(SEED + tier.code())) {
            return versions.inForce(tier).orElseThrow(() -> new IllegalStateException(
                    "The upload policy of " + tier.code() + " was claimed for seeding but has no version"));
        }
        PolicyVersion first = new PolicyVersion(tier, Optional.empty(), DefaultPolicies.rules(tier),
                DefaultPolicies.defaultOutcome(tier), SYSTEM, clock.instant(), null);
        versions.add(first);
        audit.record(SYSTEM, "policy.seeded", "policy:" + tier.code() + ":1", first.describe());
        return first;
    }
}
