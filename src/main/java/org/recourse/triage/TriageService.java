package org.recourse.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.audit.AuditLog;
import org.recourse.cases.Case;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.Reviewer;

/**
 * Who reviews what. A case is claimed by one reviewer only, even when two click at the same moment: "take next"
 * skips rows another transaction has locked, and claiming a given case locks its row first. Who may claim or release
 * is the case's own rule ({@link Case#claim}, {@link Case#release}); this service loads, calls and audits.
 */
@ApplicationScoped
public class TriageService {

    @Inject
    CaseRepository cases;

    @Inject
    QueueRepository queue;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "recourse.review.claim-idle", defaultValue = "PT30M")
    String claimIdle;

    /** The workforce feature's limits on exposure; none deployed (or wired by hand in a test): no limit. */
    @Inject
    Instance<ExposureLimits> exposureLimits;

    @Transactional
    public List<QueueRow> page(QueueFilter filter, int first, int size) {
        return queue.page(filter, clock.instant(), first, size);
    }

    @Transactional
    public long count(QueueFilter filter) {
        return queue.count(filter, clock.instant());
    }

    @Transactional
    public QueueTotals totals() {
        return queue.totals(clock.instant());
    }

    /**
     * Claims the most urgent case nobody holds that this reviewer may claim ({@link CaseRepository#nextUnclaimed}):
     * two people asking at once never get the same case.
     */
    @Transactional
    public Optional<Long> takeNext(Reviewer reviewer) {
        return takeNextCase(reviewer).caseId();
    }

    /**
     * Take next within the reviewer's limits on exposure: over the day's cap or with a break due, only a case without
     * imagery ({@link CaseRepository#nextUnclaimed(Reviewer, boolean)}); the answer says which limit applied.
     */
    @Transactional
    public NextCase takeNextCase(Reviewer reviewer) {
        ImageryLimit limit = limitFor(reviewer.username());
        Optional<Case> next = cases.nextUnclaimed(reviewer, !limit.imageryAllowed());
        next.ifPresent(taken -> {
            taken.claim(reviewer, clock.instant());
            audit.record(reviewer.username(), "case.claimed", CaseNumbers.format(taken.id()),
                    limit.imageryAllowed() ? "take next" : "take next, without imagery");
        });
        return new NextCase(next.map(Case::id), limit);
    }

    /** The limit on imagery for this reviewer now ({@link ImageryLimit#NONE} when no feature sets one). */
    public ImageryLimit limitFor(String username) {
        if (exposureLimits == null || !exposureLimits.isResolvable()) {
            return ImageryLimit.NONE;
        }
        return exposureLimits.get().limitFor(username, clock.instant());
    }

    /**
     * Claims one case; refused with {@link org.recourse.cases.CaseActionRefusedException} when the case's rules say
     * no ({@link org.recourse.cases.CaseAlreadyClaimedException} if someone holds it).
     */
    @Transactional
    public void claim(long caseId, Reviewer reviewer) {
        Case target = cases.lockForClaim(caseId).orElseThrow(() -> new IllegalArgumentException("No case " + caseId));
        target.claim(reviewer, clock.instant());
        audit.record(reviewer.username(), "case.claimed", CaseNumbers.format(caseId), null);
    }

    /**
     * Gives a case back to the queue; nothing when nobody holds it. Refused with {@link
     * org.recourse.cases.CaseActionRefusedException} to anyone but its holder or a supervisor.
     */
    @Transactional
    public void release(long caseId, Reviewer reviewer) {
        Optional<Case> target = cases.lockForClaim(caseId).filter(held -> held.assignee() != null);
        target.ifPresent(held -> {
            String holder = held.assignee();
            held.release(reviewer, clock.instant());
            audit.record(reviewer.username(), "case.released", CaseNumbers.format(caseId), "held by " + holder);
        });
    }

    /** Releases every claim that has seen no activity for the configured time (30 minutes by default). */
    @Transactional
    public int releaseIdleClaims() {
        Instant now = clock.instant();
        Duration idle = Duration.parse(claimIdle);
        List<Case> held = cases.lockIdleClaims(now.minus(idle));
        for (Case stale : held) {
            if (stale.claimIdleSince(now, idle)) {
                String holder = stale.assignee();
                stale.giveBack("system", now);
                audit.record("system", "case.released", CaseNumbers.format(stale.id()), "idle claim of " + holder);
            }
        }
        return held.size();
    }
}
