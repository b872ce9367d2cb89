package org.recourse.screening.banks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.audit.AuditLog;
import org.recourse.notification.DedupeKey;
import org.recourse.notification.Outbox;
import org.recourse.platform.i18n.Messages;
import org.recourse.staff.Role;
import org.recourse.staff.StaffAccount;
import org.recourse.staff.StaffRepository;

/**
 * Flags a partner bank whose reviewed entries are rejected too often (the rate and the least number reviewed are
 * settings), and lifts the flag once its record is good again. A bank that becomes flagged is audited and every
 * supervisor gets one alert mail, through the outbox in the deciding transaction; the bank's row lock makes two
 * decisions at once flag it (and mail) only once.
 */
@ApplicationScoped
public class BankFlags {

    private static final Logger LOG = Logger.getLogger(BankFlags.class.getName());

    @Inject
    BankRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    StaffRepository staff;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "recourse.banks.flag-rate", defaultValue = "0.2")
    double rate;

    @Inject
    @ConfigProperty(name = "recourse.banks.flag-min-reviewed", defaultValue = "10")
    int minReviewed;

    @Inject
    @ConfigProperty(name = "recourse.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The setting, as the banks page states it. */
    public RejectionRate.Policy policy() {
        return new RejectionRate.Policy(rate, minReviewed);
    }

    /** A reviewer's decision settled entries of this partner bank: flag it, or lift its flag, by its record now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewed(HashBank bank) {
        repository.lock(bank);
        RejectionRate record = repository.rejectionRate(bank.id());
        if (record.flags(policy())) {
            if (bank.flag(clock.instant())) {
                audit.record("system", "bank.flagged", "bank:" + bank.id(), bank.name() + ": " + record.rejected()
                        + " of " + record.reviewed() + " reviewed entries rejected (over " + policy().percent()
                        + " %)");
                alertSupervisors(bank, record);
            }
        } else if (bank.unflag()) {
            audit.record("system", "bank.unflagged", "bank:" + bank.id(), bank.name() + ": " + record.rejected()
                    + " of " + record.reviewed() + " reviewed entries rejected");
        }
    }

    private void alertSupervisors(HashBank bank, RejectionRate record) {
        Set<String> addressed = new HashSet<>();
        for (StaffAccount supervisor : staff.withRole(Role.SUPERVISOR)) {
            String email = supervisor.email() == null ? "" : supervisor.email().strip();
            if (email.isEmpty() || !addressed.add(email.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Messages messages = Messages.in(supervisor.language());
            String base = publicUrl.strip().replaceFirst("/+$", "");
            String body = String.join("\n",
                    messages.get("mail.bankFlag.intro", bank.name(), record.rejected(), record.reviewed()),
                    messages.get("mail.bankFlag.rate", policy().percent()),
                    "",
                    messages.get("mail.bankFlag.effect"),
                    "",
                    messages.get("mail.bankFlag.action"),
                    base + "/staff/supervise/banks?bank=" + bank.id(),
                    "",
                    messages.get("mail.bankFlag.once"),
                    "");
            // One mail per flagging and supervisor, whatever retries the outbox makes.
            outbox.enqueueMail(DedupeKey.of("partner-bank-flagged", "bank-" + bank.id(),
                    "at-" + bank.flaggedAt().getEpochSecond(), "staff-" + supervisor.id()), email,
                    messages.get("mail.bankFlag.subject", bank.name()), body);
        }
        if (addressed.isEmpty()) {
            LOG.warning(() -> "Partner bank " + bank.id() + " is flagged, and no active supervisor has an email "
                    + "address: nobody was told by mail.");
        }
    }
}
