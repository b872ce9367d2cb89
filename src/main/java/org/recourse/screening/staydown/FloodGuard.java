package org.recourse.screening.staydown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.audit.AuditLog;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseRepository;
import org.recourse.notification.Outbox;
import org.recourse.platform.i18n.Messages;
import org.recourse.screening.banks.BankEntry;
import org.recourse.screening.banks.BankRepository;
import org.recourse.screening.banks.EntryHold;
import org.recourse.screening.banks.EntryState;
import org.recourse.screening.banks.HashType;
import org.recourse.staff.Role;
import org.recourse.staff.StaffAccount;
import org.recourse.staff.StaffRepository;
import org.recourse.cases.CaseNumbers;

/**
 * Keeps one survivor's hash from flooding the queue: every upload an unconfirmed entry holds is counted in the
 * database (so every node counts every node's holds), and an entry that holds more than the threshold within an hour
 * is quarantined: its matches go on being held, but no new case is opened for them, and every supervisor gets one
 * alert mail. A decision on a case it caught before settles it like any other unconfirmed entry.
 */
@ApplicationScoped
public class FloodGuard {

    private static final Logger LOG = Logger.getLogger(FloodGuard.class.getName());
    static final Duration WINDOW = Duration.ofHours(1);

    /** A quarantined entry as the dashboard shows it: never the hash or anything of the survivor. */
    public record Quarantine(long entryId, String submission, HashType type, Instant since, long heldLastHour,
            Long caseId) {

        /** The case it caught last, to decide (C-000123), or null. */
        public String caseNumber() {
            return caseId == null ? null : CaseNumbers.format(caseId);
        }
    }

    @Inject
    BankRepository banks;

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    StaffRepository staff;

    @Inject
    @ConfigProperty(name = "recourse.screening.flood-threshold", defaultValue = "50")
    int threshold;

    @Inject
    @ConfigProperty(name = "recourse.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /**
     * Counts one upload held by each of these entries and quarantines those now over the threshold. Returns the holds,
     * for the caller to say which case item the upload was reported as, if it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EntryHold> hold(Collection<BankEntry> entries) {
        Instant now = clock.instant();
        List<EntryHold> holds = entries.stream().map(entry -> new EntryHold(entry, now, null)).toList();
        banks.addHolds(holds);
        // In id order, as decisions lock them, so two transactions never wait on each other's entries.
        for (BankEntry entry : entries.stream().sorted(java.util.Comparator.comparing(BankEntry::id)).toList()) {
            if (entry.state() == EntryState.UNCONFIRMED && banks.heldSince(entry.id(), now.minus(WINDOW)) > threshold) {
                quarantine(entry, now);
            }
        }
        return holds;
    }

    /** Under the entry's row lock, so that of two nodes crossing the threshold at once only one quarantines. */
    private void quarantine(BankEntry entry, Instant now) {
        banks.lock(entry);
        if (entry.state() != EntryState.UNCONFIRMED) {
            return;
        }
        entry.quarantine(now);
        String caseNumber = caseCaught(entry.id()).map(CaseNumbers::format).orElse(null);
        audit.record("system", "bank.entry.quarantined", "bank-entry:" + entry.id(), "submission "
                + entry.submissionNumber() + ": more than " + threshold + " uploads held within an hour"
                + (caseNumber == null ? "" : "; first case " + caseNumber));
        alertSupervisors(entry, caseNumber);
    }

    private void alertSupervisors(BankEntry entry, String caseNumber) {
        Set<String> addressed = new HashSet<>();
        for (StaffAccount supervisor : staff.withRole(Role.SUPERVISOR)) {
            String email = supervisor.email() == null ? "" : supervisor.email().strip();
            // Two accounts of one person may share an address: one mail is enough.
            if (email.isEmpty() || !addressed.add(email.toLowerCase(Locale.ROOT))) {
                continue;
            }
            // In the language the supervisor last signed in with; the key keeps it to one mail per quarantine.
            FloodAlert alert = FloodAlert.of(entry, threshold, caseNumber, publicUrl,
                    Messages.in(supervisor.language()));
            outbox.enqueueMail(FloodAlert.key(entry, supervisor.id()), email, alert.subject(), alert.body());
        }
        if (addressed.isEmpty()) {
            LOG.warning(() -> "Bank entry " + entry.id() + " is quarantined, and no active supervisor has an email "
                    + "address: nobody was told by mail.");
        }
    }

    /** The case holding the latest upload the entry caught, if one does. */
    private Optional<Long> caseCaught(long entryId) {
        return latestItemHeldBy(List.of(entryId)).map(item -> item.caseFile().id());
    }

    /**
     * The platform id of the latest upload these entries held that is still waiting on an open case: a new match
     * names it, so that it joins that case rather than opening one more (as a re-upload of pending content does).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> pendingUploadHeldBy(Collection<Long> entryIds) {
        return latestItemHeldBy(entryIds)
                .filter(item -> item.caseFile().isOpen() && !item.status().isDecided() && item.content() != null)
                .map(item -> item.content().platformContentId());
    }

    private Optional<CaseItem> latestItemHeldBy(Collection<Long> entryIds) {
        return banks.latestCaseItemHeldBy(entryIds).flatMap(cases::findItem);
    }

    /** Every quarantined entry that is still active, the latest first: what the dashboard shows supervisors. */
    @Transactional
    public List<Quarantine> quarantined() {
        Instant since = clock.instant().minus(WINDOW);
        return banks.quarantined(100).stream()
                .map(e -> new Quarantine(e.id(), e.submissionNumber(), e.hashType(), e.quarantinedAt(),
                        banks.heldSince(e.id(), since), caseCaught(e.id()).orElse(null)))
                .toList();
    }
}
