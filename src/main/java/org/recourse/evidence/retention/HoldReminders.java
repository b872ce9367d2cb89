package org.recourse.evidence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.audit.AuditLog;
import org.recourse.notification.Outbox;
import org.recourse.platform.i18n.Messages;
import org.recourse.staff.Role;
import org.recourse.staff.StaffAccount;
import org.recourse.staff.StaffRepository;

/**
 * Reminds every LEGAL user with an address, through the outbox and in their language, that a hold is to be reviewed:
 * {@code recourse.evidence.hold-reminder} (two weeks by default) before its review date, once per hold and date. The
 * holds are locked while they are reminded (other nodes skip them) and the outbox's dedupe key (hold, date, user) is
 * the last guard.
 */
@ApplicationScoped
public class HoldReminders {

    private static final Logger LOG = Logger.getLogger(HoldReminders.class.getName());
    static final int BATCH = 50;

    @Inject
    RetentionRepository repository;

    @Inject
    StaffRepository staff;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "recourse.evidence.hold-reminder", defaultValue = "P14D")
    String before;

    @Inject
    @ConfigProperty(name = "recourse.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Queues the reminders due at {@code now}, a batch in one transaction; returns how many holds were reminded. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int remindDue(Instant now) {
        Period period = period();
        LocalDate horizon = now.atOffset(ZoneOffset.UTC).plus(period).toLocalDate();
        List<LegalHold> holds = repository.lockRemindable(horizon, BATCH);
        List<StaffAccount> legal = null;
        int reminded = 0;
        for (LegalHold hold : holds) {
            if (!hold.reminderDue(now, period)) {
                continue;
            }
            if (legal == null) {
                legal = staff.withRole(Role.LEGAL);
            }
            int queued = remind(hold, legal);
            hold.reminded();
            audit.record("system", "evidence.hold.reminded", "evidence-" + hold.recordId() + "/hold-" + hold.id(),
                    "review on " + hold.reviewOn() + "; reminder queued for " + queued + " LEGAL user(s)");
            if (queued == 0) {
                LOG.warning(() -> "Legal hold " + hold.id() + " is to be reviewed on " + hold.reviewOn()
                        + ", and no active LEGAL user has an email address: nobody was told by mail.");
            }
            reminded++;
        }
        return reminded;
    }

    private int remind(LegalHold hold, List<StaffAccount> legal) {
        Set<String> addressed = new HashSet<>();
        int queued = 0;
        for (StaffAccount user : legal) {
            String email = user.email() == null ? "" : user.email().strip();
            if (email.isEmpty() || !addressed.add(email.toLowerCase(Locale.ROOT))) {
                continue;
            }
            HoldReminder mail = HoldReminder.of(hold.id(), hold.recordId(), hold.reviewOn(),
                    HoldReminder.holdsUrl(publicUrl), Messages.in(user.language()));
            if (outbox.enqueueMail(HoldReminder.key(hold.id(), hold.reviewOn(), user.id()), email, mail.subject(),
                    mail.body())) {
                queued++;
            }
        }
        return queued;
    }

    /** The setting; {@code RetentionJob} reads it at start, so a wrong one stops the deployment, naming itself. */
    Period period() {
        try {
            Period period = Period.parse(before.strip());
            if (period.isNegative()) {
                throw new IllegalArgumentException("negative");
            }
            return period;
        } catch (RuntimeException e) {
            throw new IllegalStateException("recourse.evidence.hold-reminder: '" + before
                    + "' is not a positive ISO-8601 period such as P14D.", e);
        }
    }
}
