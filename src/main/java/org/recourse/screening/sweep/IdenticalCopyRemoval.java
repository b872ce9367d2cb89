package org.recourse.screening.sweep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.AuditLog;
import org.recourse.cases.Case;
import org.recourse.cases.CaseActionRefusedException;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.Decision;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.ReasonCode;
import org.recourse.cases.Reviewer;
import org.recourse.content.ContentItem;
import org.recourse.review.ItemDecided;
import org.recourse.review.ReviewService;
import org.recourse.screening.banks.HashType;
import org.recourse.staff.Role;

/**
 * The TAKE IT DOWN Act asks a platform to remove, with the content of a valid removal request, the known identical
 * copies of it. When the sweep finds copies of content removed on a case that holds such a request, the identical
 * ones (the same SHA-256 or MD5, or a PDQ hash at distance 0) are removed at once, as a supervisor's decision of the
 * portal itself ({@link #ACTOR}), for the same reason as the original: the same webhook, stay-down and sanctions as
 * any removal, and an audited decision on the sweep's case. Near copies (PDQ within the threshold, distance above 0)
 * may be another picture: they stay hidden pending review, out of sight, for a person to decide.
 *
 * <p>The sweep only looks at content still shown. Identical copies already hidden pending review on ANOTHER open
 * case are taken down at the moment of the removal instead ({@link #removed}): the same decision and reason on that
 * case, by the same actor, with a note that names the case and says why, and an audit line on both sides. A copy
 * whose case refuses the portal (a rule of that case) stays hidden for its reviewer, and the audit says so.
 */
@ApplicationScoped
public class IdenticalCopyRemoval {

    /** Who the audit log and the decision name: the portal, acting on the legal track. */
    static final String ACTOR = "takedown-48h";

    @Inject
    CaseRepository cases;

    @Inject
    ReviewService review;

    /** How many hidden copies one removal takes down at most (a hash shared by more is for people to look at). */
    static final int MAX_HIDDEN_COPIES = 200;

    @Inject
    SweepRepository repository;

    @Inject
    AuditLog audit;

    /**
     * An item of a case holding a valid removal request was removed: its identical copies hidden pending review on
     * other open cases are removed too, in the same transaction. A removal there fires this again, which finds the
     * original already removed, so it ends.
     */
    void removed(@Observes ItemDecided decided) {
        Optional<CaseItem> found = cases.findItem(decided.caseId(), decided.itemId());
        if (found.isEmpty() || found.get().content() == null
                || found.get().caseFile().removalDeadline().isEmpty()) {
            return;
        }
        CaseItem original = found.get();
        Optional<ItemDecision> removal = cases.latestDecision(original)
                .filter(decision -> decision.decision() == Decision.REMOVE);
        if (removal.isEmpty()) {
            return;
        }
        List<Long> copies = repository.hiddenIdentical(original.content(), MAX_HIDDEN_COPIES).stream()
                .map(ContentItem::id).toList();
        String source = CaseNumbers.format(decided.caseId()) + "/item-" + original.id();
        for (CaseItem onCase : cases.openItemsForContent(copies)) {
            if (onCase.caseFile().id().equals(decided.caseId()) || onCase.status().isDecided()) {
                continue;
            }
            removeOnOtherCase(onCase, removal.get().reason(), source);
        }
    }

    private void removeOnOtherCase(CaseItem copy, ReasonCode reason, String source) {
        String here = CaseNumbers.format(copy.caseFile().id()) + "/item-" + copy.id();
        try {
            review.decide(copy.caseFile().id(), copy.id(), Decision.REMOVE, reason, "Identical copy of the content "
                    + "removed on " + source + ", which holds a valid removal request (TAKE IT DOWN Act): removed "
                    + "here too, for the same reason, by the 48-hour legal track.", null,
                    new Reviewer(ACTOR, Role.SUPERVISOR));
            audit.record(ACTOR, "legal48.copy.removed", source, "identical copy " + here + " removed on its own case");
        } catch (CaseActionRefusedException refused) {
            audit.record(ACTOR, "legal48.copy.left", source, "identical copy " + here + " left hidden: "
                    + refused.getMessage());
        }
    }

    /** Removes the identical copies among {@code copies} (just hidden) if {@code source} is a legal-track removal. */
    public int removeIdentical(SweepSource source, List<CopyFinder.Found> copies) {
        Optional<ReasonCode> reason = legalTrackRemoval(source);
        if (reason.isEmpty()) {
            return 0;
        }
        Reviewer portal = new Reviewer(ACTOR, Role.SUPERVISOR);
        int removed = 0;
        for (CopyFinder.Found copy : copies) {
            if (!identical(copy)) {
                continue;
            }
            for (CaseItem onCase : cases.openItemsForContent(List.of(copy.item().id()))) {
                if (!onCase.status().isDecided()) {
                    review.decide(onCase.caseFile().id(), onCase.id(), Decision.REMOVE, reason.get(),
                            "Identical copy of content removed on a valid removal request (TAKE IT DOWN Act).",
                            null, portal);
                    removed++;
                    break;
                }
            }
        }
        return removed;
    }

    /** The same bytes (SHA-256, MD5) or the same PDQ hash: an identical copy, not merely a similar picture. */
    static boolean identical(CopyFinder.Found copy) {
        return copy.distance() == 0 && copy.hashType() != HashType.VPDQ;
    }

    /** The reason the source case removed its content, if that case holds a valid removal request. */
    private Optional<ReasonCode> legalTrackRemoval(SweepSource source) {
        if (source.sourceCaseId() == null) {
            return Optional.empty();
        }
        return cases.find(source.sourceCaseId())
                .filter(sourceCase -> sourceCase.removalDeadline().isPresent())
                .flatMap(this::removalReason);
    }

    private Optional<ReasonCode> removalReason(Case sourceCase) {
        return sourceCase.items().stream()
                .map(cases::latestDecision).flatMap(Optional::stream)
                .filter(decision -> decision.decision() == Decision.REMOVE)
                .map(ItemDecision::reason).findFirst();
    }
}
