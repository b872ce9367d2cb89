package org.recourse.screening.banks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.recourse.audit.AuditLog;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.ItemStatus;
import org.recourse.review.ItemDecided;
import org.recourse.cases.CaseNumbers;

/**
 * A reviewer's decision on an upload that an unconfirmed entry held (a survivor's hash, or an untrusted partner bank's
 * entry) settles that entry, in the deciding transaction: removing or referring the upload confirms it (later matches
 * are blocked), restoring it rejects it (later matches are allowed, the entry keeps the decision's reason, words and
 * reviewer, and a partner's entry goes into its bank's feedback). The first decision settles it; later decisions on
 * other uploads it held change nothing, since a confirmed or rejected entry is out of review (a supervisor can still
 * disable it on the bank page). A partner bank whose entries were settled is then weighed for its flag
 * ({@link BankFlags}).
 */
@ApplicationScoped
public class EntryReviews {

    @Inject
    BankRepository repository;

    @Inject
    CaseRepository cases;

    @Inject
    HashBanks banks;

    @Inject
    AuditLog audit;

    @Inject
    BankFlags flags;

    @Inject
    Clock clock;

    void itemDecided(@Observes ItemDecided decided) {
        CaseItem item = cases.findItem(decided.itemId()).orElse(null);
        if (item == null || !item.status().isDecided()) {
            return;
        }
        // In id order, as the flood guard locks them, so two transactions never wait on each other's entries.
        List<BankEntry> entries = repository.entriesThatHeld(item.id());
        if (entries.isEmpty()) {
            return;
        }
        ItemDecision decision = cases.latestDecision(item).orElseThrow();
        String caseNumber = CaseNumbers.format(decided.caseId());
        java.util.Map<Long, HashBank> partners = new java.util.TreeMap<>();
        for (BankEntry entry : entries) {
            repository.lock(entry);
            if (entry.state().awaitsReview()) {
                settle(entry, item.status(), decision, caseNumber);
                if (entry.bank().isPartner()) {
                    partners.putIfAbsent(entry.bank().id(), entry.bank());
                }
            }
        }
        // After the entries, in bank id order: every transaction locks entries before banks, and banks in one order.
        partners.values().forEach(flags::reviewed);
    }

    private void settle(BankEntry entry, ItemStatus outcome, ItemDecision decision, String caseNumber) {
        boolean screened = entry.screens();
        if (outcome == ItemStatus.RESTORED) {
            String words = decision.justification() != null ? decision.justification() : decision.note();
            entry.reject(decision.decidedBy(), caseNumber, decision.reason().name(), words, clock.instant());
        } else {
            entry.confirm(decision.decidedBy(), caseNumber, clock.instant());
        }
        banks.indexedIfChanged(entry, screened);
        String whose = entry.submissionId() != null ? "submission " + entry.submissionNumber()
                : entry.bank().name() + (entry.sourceRef() == null ? "" : " (" + entry.sourceRef() + ")");
        audit.record(decision.decidedBy(), outcome == ItemStatus.RESTORED ? "bank.entry.rejected"
                : "bank.entry.confirmed", "bank-entry:" + entry.id(), whose + " by the decision in case " + caseNumber
                + " (" + decision.reason() + ")");
    }
}
