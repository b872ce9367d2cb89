package org.recourse.screening.staydown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.ItemStatus;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.content.Visibility;
import org.recourse.content.VisibilityChanged;
import org.recourse.review.ItemDecided;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.HashBank;
import org.recourse.screening.banks.HashBanks;
import org.recourse.screening.banks.HashType;

/**
 * Keeps removed content down, in the transactions of the changes themselves: an item hidden pending review joins the
 * pending bank (so a re-upload is held before anyone has decided); a removal adds the item's hashes to the bank of its
 * case's category. (What a removal does to its uploader is {@code screening.bans.Sanctions}'s, by the strike policy.)
 */
@ApplicationScoped
public class StayDown {

    @Inject
    ContentRepository contentItems;

    @Inject
    CaseRepository cases;

    @Inject
    HashBanks banks;

    @Inject
    ScreeningChanges changes;

    @Inject
    VideoChanges videoChanges;

    void visibilityChanged(@Observes VisibilityChanged change) {
        // A video hidden pending review holds re-uploads of itself by its frames, as a picture by its PDQ.
        if (contentItems.video(change.contentItemId()).isPresent()) {
            videoChanges.pending(change.contentItemId(), change.visibility() == Visibility.HIDDEN_PENDING_REVIEW);
        }
        ContentItem item = contentItems.find(change.contentItemId()).orElse(null);
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
        CaseItem item = cases.findItem(decided.itemId()).orElse(null);
        if (item == null || item.content() == null
                || (item.status() != ItemStatus.REMOVED && item.status() != ItemStatus.REFERRED)) {
            return;
        }
        Optional<ItemDecision> decision = cases.latestDecision(item);
        String actor = decision.map(ItemDecision::decidedBy).orElse("system");
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
            banks.add(bank, HashType.PDQ, content.pdq().toHex(), null, source, caseNumber, actor);
        }
        // A video stays down by its frames, so a re-encoded, scaled or trimmed copy is caught, not only the same bytes.
        contentItems.video(content.id()).filter(video -> video.frameCount() > 0)
                .ifPresent(video -> banks.addVideo(bank, video.video(), null, source, caseNumber, actor));
    }
}
