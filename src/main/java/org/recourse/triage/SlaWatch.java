package org.recourse.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.audit.AuditLog;
import org.recourse.cases.Case;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.Category;
import org.recourse.cases.RemovalDeadline;
import org.recourse.cases.SlaMark;
import org.recourse.cases.SlaPolicy;
import org.recourse.notification.Outbox;
import org.recourse.platform.i18n.Messages;
import org.recourse.staff.Role;
import org.recourse.staff.StaffAccount;
import org.recourse.staff.StaffRepository;

/**
 * Marks open cases at risk (80% of their review time used) and overdue (all of it used), and tells every supervisor
 * with an email address, once, through the outbox, when a case becomes overdue. A case with a valid removal request
 * (TAKE IT DOWN Act) is also watched against its 48-hour legal deadline: supervisors are mailed once at 80% and once
 * at the deadline ({@link RemovalDeadlineNotice}).
 *
 * <p>Work comes in pages. {@link #scan} reads a page without locks and keeps the cases that need a change; {@link
 * #mark} then locks those rows with {@code for update skip locked} and, in one transaction, re-reads each case, marks
 * it, queues the mails and records that the notice went out. Two nodes therefore never work on the same case at
 * once: the second skips the locked rows, and when it meets them later it reads the marks the first committed. The
 * outbox's dedupe key (case and supervisor) is the last guard, and the case's version catches a reviewer's change
 * made in between. Locking only the cases that change keeps the watch out of reviewers' way ("take next" skips
 * locked rows too).
 */
@ApplicationScoped
public class SlaWatch {

    private static final Logger LOG = Logger.getLogger(SlaWatch.class.getName());
    static final int PAGE = 100;

    /** Cases read per page; a field so that tests can page through a few cases. */
    int pageSize = PAGE;

    /** A page of the scan: the cases that need a change, the last id read, and whether more may follow. */
    public record Page(List<Long> due, long lastId, boolean full) {
    }

    @Inject
    CaseRepository cases;

    @Inject
    StaffRepository staff;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    SlaPolicy policy;

    @Inject
    @ConfigProperty(name = "recourse.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The cases after {@code afterId} that need a mark or a notice now. Nothing is written. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Page scan(long afterId, Instant now) {
        List<Case> page = cases.slaCandidates(afterId, now, atRiskHorizon(now), pageSize);
        List<Long> due = new ArrayList<>();
        for (Case candidate : page) {
            // Asked of a read-only copy: the answer is all that is kept.
            if (candidate.updateSla(now) != SlaMark.NONE || candidate.breachNoticeDue()
                    || candidate.removalDeadlineMarkDue(now)) {
                due.add(candidate.id());
            }
        }
        long lastId = page.isEmpty() ? afterId : page.get(page.size() - 1).id();
        return new Page(due, lastId, page.size() == pageSize);
    }

    /** Marks these cases and queues the breach notices, all in one transaction; returns how many breached. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int mark(List<Long> ids, Instant now) {
        List<StaffAccount> supervisors = null;
        int breached = 0;
        for (long id : cases.lockFree(ids)) {
            Case locked = cases.find(id).orElseThrow();
            locked.updateSla(now);
            if (locked.breachNoticeDue()) {
                if (supervisors == null) {
                    supervisors = staff.withRole(Role.SUPERVISOR);
                }
                notifyBreach(locked, now, supervisors);
                breached++;
            }
            RemovalDeadline.Mark legal = locked.markRemovalDeadline(now);
            if (legal != RemovalDeadline.Mark.NONE) {
                if (supervisors == null) {
                    supervisors = staff.withRole(Role.SUPERVISOR);
                }
                notifyRemovalDeadline(locked, legal, now, supervisors);
            }
        }
        return breached;
    }

    /** Tells every supervisor, once per stage, that a case's 48-hour legal deadline is near or has passed. */
    private void notifyRemovalDeadline(Case legalCase, RemovalDeadline.Mark mark, Instant now,
            List<StaffAccount> supervisors) {
        Instant dueAt = legalCase.removalDeadline().orElseThrow().dueAt();
        int queued = 0;
        for (StaffAccount supervisor : distinctAddresses(supervisors)) {
            RemovalDeadlineNotice notice = RemovalDeadlineNotice.of(legalCase.id(), mark, dueAt, now,
                    BreachNotice.workspaceUrl(publicUrl), Messages.in(supervisor.language()));
            if (outbox.enqueueMail(RemovalDeadlineNotice.key(legalCase.id(), mark, supervisor.id()),
                    supervisor.email().strip(), notice.subject(), notice.body())) {
                queued++;
            }
        }
        String number = CaseNumbers.format(legalCase.id());
        audit.record("system", mark == RemovalDeadline.Mark.WARNED ? "legal48.warned" : "legal48.breached", number,
                "legal removal deadline " + dueAt + "; notice queued for " + queued + " supervisor(s)");
        if (queued == 0) {
            LOG.warning(() -> "Case " + number + ": the 48-hour removal deadline is " + mark
                    + ", and no active supervisor has an email address: nobody was told by mail.");
        }
    }

    /** Supervisors with an address, one per address (two accounts of one person may share it). */
    private static List<StaffAccount> distinctAddresses(List<StaffAccount> supervisors) {
        Set<String> addressed = new HashSet<>();
        return supervisors.stream()
                .filter(s -> s.email() != null && !s.email().isBlank()
                        && addressed.add(s.email().strip().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private void notifyBreach(Case overdue, Instant now, List<StaffAccount> supervisors) {
        Set<String> addressed = new HashSet<>();
        int queued = 0;
        for (StaffAccount supervisor : supervisors) {
            String email = supervisor.email() == null ? "" : supervisor.email().strip();
            // Two accounts of one person may share an address: one mail is enough.
            if (email.isEmpty() || !addressed.add(email.toLowerCase(Locale.ROOT))) {
                continue;
            }
            // In the language the supervisor last signed in with.
            BreachNotice notice = BreachNotice.of(overdue.id(), overdue.category(), overdue.reviewDueAt(), now,
                    BreachNotice.workspaceUrl(publicUrl), Messages.in(supervisor.language()));
            if (outbox.enqueueMail(BreachNotice.key(overdue.id(), supervisor.id()), email, notice.subject(),
                    notice.body())) {
                queued++;
            }
        }
        overdue.breachNoticeSent(now);
        String number = CaseNumbers.format(overdue.id());
        audit.record("system", "sla.breached", number, "review was due " + overdue.reviewDueAt()
                + "; notice queued for " + queued + " supervisor(s)");
        if (queued == 0) {
            LOG.warning(() -> "Case " + number + " is overdue, and no active supervisor has an email address: "
                    + "nobody was told by mail.");
        }
    }

    /**
     * A case is at risk once at most a fifth of its review time is left, and no review time is longer than the
     * longest window of the policy: so only cases due within a fifth of that window can be at risk now.
     */
    Instant atRiskHorizon(Instant now) {
        Duration longest = Duration.ZERO;
        for (Category category : Category.values()) {
            Duration window = policy.reviewWindow(category, false);
            longest = window.compareTo(longest) > 0 ? window : longest;
        }
        return now.plus(longest.dividedBy(5)).plusSeconds(1);
    }
}
