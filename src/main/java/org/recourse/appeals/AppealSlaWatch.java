package org.recourse.appeals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.audit.AuditLog;
import org.recourse.cases.CaseNumbers;
import org.recourse.notification.Outbox;
import org.recourse.platform.i18n.Messages;
import org.recourse.staff.Role;
import org.recourse.staff.StaffAccount;
import org.recourse.staff.StaffRepository;

/**
 * Watches the appeal queue's SLA ({@link AppealSla}) as the case SLA watch does: at 80% of an appeal's time and when it
 * is over, every supervisor with an email address is told once, through the outbox, in their language
 * ({@link AppealSlaNotice}). {@link #scan} reads a page without locks; {@link #mark} locks those appeals, re-reads
 * them, records the stage and queues the mails in one transaction, so two nodes never tell twice (the outbox's dedupe
 * key is the last guard).
 */
@ApplicationScoped
public class AppealSlaWatch {

    private static final Logger LOG = Logger.getLogger(AppealSlaWatch.class.getName());
    static final int PAGE = 100;

    /** A page of the scan: the appeals that need a notice, the last id read, and whether more may follow. */
    public record Page(List<Long> due, long lastId, boolean full) {
    }

    @Inject
    AppealRepository appeals;

    @Inject
    StaffRepository staff;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "recourse.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The waiting appeals after {@code afterId} that need a notice now. Nothing is written. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Page scan(long afterId, Instant now) {
        List<Appeal> page = appeals.slaCandidates(afterId, PAGE);
        List<Long> due = page.stream().filter(a -> a.slaStageDue(now) != AppealSla.Stage.NONE).map(Appeal::id)
                .toList();
        long lastId = page.isEmpty() ? afterId : page.get(page.size() - 1).id();
        return new Page(due, lastId, page.size() == PAGE);
    }

    /** Records the stage of these appeals and queues the notices, in one transaction; returns how many breached. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int mark(List<Long> ids, Instant now) {
        List<StaffAccount> supervisors = null;
        int breached = 0;
        for (long id : ids) {
            Appeal appeal = appeals.lock(id).orElse(null);
            AppealSla.Stage stage = appeal == null ? AppealSla.Stage.NONE : appeal.markSla(now);
            if (stage == AppealSla.Stage.NONE) {
                continue;
            }
            if (supervisors == null) {
                supervisors = distinctAddresses(staff.withRole(Role.SUPERVISOR));
            }
            notify(appeal, stage, now, supervisors);
            breached += stage == AppealSla.Stage.BREACHED ? 1 : 0;
        }
        return breached;
    }

    private void notify(Appeal appeal, AppealSla.Stage stage, Instant now, List<StaffAccount> supervisors) {
        int queued = 0;
        for (StaffAccount supervisor : supervisors) {
            // In the language the supervisor last signed in with.
            AppealSlaNotice notice = AppealSlaNotice.of(appeal.reference(), appeal.caseId(), appeal.id(), stage,
                    appeal.dueAt(), now, publicUrl, Messages.in(supervisor.language()));
            if (outbox.enqueueMail(AppealSlaNotice.key(appeal.id(), stage, supervisor.id()),
                    supervisor.email().strip(), notice.subject(), notice.body())) {
                queued++;
            }
        }
        String subject = CaseNumbers.format(appeal.caseId()) + "/appeal/" + appeal.reference();
        audit.record("system", stage == AppealSla.Stage.WARNED ? "appeal.sla.warned" : "appeal.sla.breached",
                subject, "appeal due " + appeal.dueAt() + "; notice queued for " + queued + " supervisor(s)");
        if (queued == 0) {
            LOG.warning(() -> "Appeal " + appeal.reference() + ": its SLA is " + stage
                    + ", and no active supervisor has an email address: nobody was told by mail.");
        }
    }

    /** Supervisors with an address, one per address (two accounts of one person may share it). */
    private static List<StaffAccount> distinctAddresses(List<StaffAccount> supervisors) {
        Set<String> addressed = new HashSet<>();
        List<StaffAccount> kept = new ArrayList<>();
        for (StaffAccount s : supervisors) {
            if (s.email() != null && !s.email().isBlank() && addressed.add(s.email().strip().toLowerCase(Locale.ROOT))) {
                kept.add(s);
            }
        }
        return kept;
    }
}
