package org.recourse.screening.banks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.recourse.audit.AuditLog;

/**
 * Partner banks, the lists from outside: made with a source and a {@link TrustLevel} that a supervisor or admin
 * changes (audited), their record in review ({@link RejectionRate}), the flagged ones, and the feedback for their
 * source (the entries reviewers rejected, in the format the list came in). Their entries are imported, matched and
 * settled like any bank's ({@link HashBanks}, {@link EntryReviews}); {@link BankFlags} flags them.
 */
@ApplicationScoped
public class PartnerBanks {

    /** A flagged bank as the dashboard shows it. */
    public record Flagged(long bankId, String name, java.time.Instant since, RejectionRate rate) {
    }

    @Inject
    BankRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Makes a partner bank: a list from {@code source} holding what {@code purpose} says, trusted or not. Audited.
     *
     * @throws IllegalArgumentException if the name is taken, or a value is missing or too long
     */
    @Transactional
    public HashBank createPartnerBank(String name, BankPurpose purpose, String source, TrustLevel trust,
            String actor) {
        HashBank bank = HashBank.partner(name, purpose, source, trust, actor, clock.instant());
        if (repository.bankNamed(bank.name()).isPresent()) {
            throw new IllegalArgumentException("A bank of that name exists.");
        }
        repository.addBank(bank);
        audit.record(actor, "bank.created", "bank:" + bank.id(), bank.name() + ": partner bank of "
                + bank.partnerSource() + " (" + purpose + ", " + trust + ")");
        return bank;
    }

    /**
     * Sets how far a partner bank is trusted (by an admin or supervisor): what a match on an entry nobody here has
     * reviewed does from the next screening on. Audited with the level before and after. Returns whether it changed.
     */
    @Transactional
    public boolean setTrust(long bankId, TrustLevel level, String actor) {
        HashBank bank = repository.bank(bankId).orElseThrow(() -> new IllegalArgumentException("No bank " + bankId));
        TrustLevel before = bank.trust();
        if (!bank.trust(level)) {
            return false;
        }
        audit.record(actor, "bank.trust.changed", "bank:" + bankId, bank.name() + ": " + before + " -> " + level);
        return true;
    }

    /**
     * A partner bank's feedback: every entry a reviewer's decision rejected, in the format the bank's list came in, for
     * its source to correct the list. The reason code goes with each; the reviewer's own words never do (they describe
     * an upload). Audited.
     */
    @Transactional
    public ListFormat feedback(long bankId, java.util.function.Consumer<String> line, String actor) {
        HashBank bank = repository.bank(bankId).orElseThrow(() -> new IllegalArgumentException("No bank " + bankId));
        List<ThreatExchangeFile.Listed> rejected = repository.rejectedOnReview(bankId).stream()
                .map(e -> new ThreatExchangeFile.Listed(e.hashType(), e.hashType().isVideo()
                        ? repository.video(e.id()).map(v -> VpdqEntries.signal(v.frames())).orElse(e.hashValue())
                        : e.hashValue(), e.label(), e.sourceRef(), e.reviewReason()))
                .toList();
        ListFormat format = bank.listFormat() == null ? ListFormat.RECOURSE_CSV : bank.listFormat();
        BankFormats.write(format, rejected, line);
        audit.record(actor, "bank.feedback.exported", "bank:" + bankId, bank.name() + ": " + rejected.size()
                + " rejected entries (" + format + ")");
        return format;
    }

    /** The format a bank's feedback is written in (its list's, or Recourse's CSV). */
    @Transactional
    public ListFormat feedbackFormat(long bankId) {
        return repository.bank(bankId).map(HashBank::listFormat).orElse(ListFormat.RECOURSE_CSV);
    }

    /** Partner banks flagged for too many rejections: what the dashboard and the banks page show. */
    @Transactional
    public List<Flagged> flagged() {
        return repository.flagged().stream()
                .map(b -> new Flagged(b.id(), b.name(), b.flaggedAt(), repository.rejectionRate(b.id()))).toList();
    }

    /** How a bank's entries fared in review. */
    @Transactional
    public RejectionRate rejectionRate(long bankId) {
        return repository.rejectionRate(bankId);
    }
}
