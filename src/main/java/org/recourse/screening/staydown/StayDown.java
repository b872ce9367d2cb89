package org.recourse.screening.staydown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.recourse.cases.CaseItem;
import org.recourse.cases.Decision;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.ItemStatus;
import org.recourse.cases.ReasonCode;
import org.recourse.content.ContentItem;
import org.recourse.content.Visibility;
import org.recourse.content.VisibilityChanged;
import org.recourse.review.ItemDecided;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.HashBank;
import org.recourse.screening.banks.HashBanks;
import org.recourse.screening.banks.HashType;
import org.recourse.screening.bans.UploaderBans;
import org.recourse.triage.CaseNumbers;

/**
 * Keeps removed content down, in the transactions of the changes themselves: an item hidden pending review joins the
 * pending bank (so a re-upload is held before anyone has decided); a removal adds the item's hashes to the bank of its
 * case's category; and a removal as a sexual image of a child bans the uploader.
 */
@ApplicationScoped
public class StayDown {

    @PersistenceContext
    EntityManager em;

    @Inject
    HashBanks banks;

    @Inject
    ScreeningChanges changes;

    @Inject
    UploaderBans bans;

    void visibilityChanged(@Observes VisibilityChanged change) {
        ContentItem item = em.find(ContentItem.class, change.contentItemId());
        if (item == null || item.pdq() == null) {
            return;
        }
        if (change.visibility() == Visibility.HIDDEN_PENDING_REVIEW) {
            changes.added(ScreeningChanges.Source.PENDING, item.id(), item.pdq());
        } else {
            changes.removed(ScreeningChanges.Source.PENDING, item.id(), item.pdq());
        }
    }

    void itemDecided(@Observes ItemDecided decided) {
        CaseItem item = em.find(CaseItem.class, decided.itemId());
        if (item == null || item.content() == null
                || (item.status() != ItemStatus.REMOVED && item.status() != ItemStatus.REFERRED)) {
            return;
        }
        List<ItemDecision> decisions = em.createQuery(
                        "select d from ItemDecision d where d.item = :item order by d.decidedAt desc, d.id desc",
                        ItemDecision.class)
                .setParameter("item", item).setMaxResults(1).getResultList();
        String actor = decisions.isEmpty() ? "system" : decisions.get(0).decidedBy();
        String caseNumber = CaseNumbers.format(decided.caseId());
        ContentItem content = item.content();
        HashBank bank = banks.bankFor(BankPurpose.forRemoved(item.caseFile().category()));
        String source = "removed in case " + caseNumber;
        if (content.sha256() != null) {
            banks.add(bank, HashType.SHA256, content.sha256(), null, source, caseNumber, actor);
        }
        if (content.md5() != null) {
            banks.add(bank, HashType.MD5, content.md5(), null, source, caseNumber, actor);
        }
        if (content.pdq() != null) {
            banks.add(bank, HashType.PDQ, content.pdq(), null, source, caseNumber, actor);
        }
        if (!decisions.isEmpty() && bansUploader(decisions.get(0), item)) {
            bans.ban(content.uploaderId(), "uploaded a sexual image of a child", caseNumber, actor);
        }
    }

    /** Removed (or referred) as a sexual image of a child. */
    private static boolean bansUploader(ItemDecision decision, CaseItem item) {
        return decision.reason() == ReasonCode.CHILD_SEXUAL_ABUSE_MATERIAL
                || (decision.decision() == Decision.REFER && item.caseFile().category().assumesChild());
    }
}
