package org.recourse.screening.sweep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.recourse.cases.Case;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.Decision;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.ReasonCode;
import org.recourse.cases.Reviewer;
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
 */
@ApplicationScoped
public class IdenticalCopyRemoval {

    /** Who the audit log and the decision name: the portal, acting on the legal track. */
    static final String ACTOR = "takedown-48h";

    @Inject
    CaseRepository cases;

    @Inject
    ReviewService review;

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
