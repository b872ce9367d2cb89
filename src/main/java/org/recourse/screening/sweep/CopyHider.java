package org.recourse.screening.sweep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseRepository;
import org.recourse.intake.IntakeService;
import org.recourse.intake.LocationInput;
import org.recourse.intake.ReportSubmission;
import org.recourse.intake.SystemNote;
import org.recourse.intake.SubmissionRules;
import org.recourse.platform.ratelimit.Submitter;
import org.recourse.screening.banks.BankEntry;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.EntryHold;
import org.recourse.screening.banks.HashSubmission;
import org.recourse.screening.staydown.FloodGuard;

/**
 * Hides the copies one source found, pending review, on one case: the open case of that source if there is one (the
 * report names an item already on it, so it joins), else a new one. Hiding is intake's own (a system report naming
 * the copies): each copy moves to hidden pending review and the platform is told ({@code visibility} webhook), in the
 * caller's transaction. A copy no longer shown (hidden, removed) is left as it is, so doing it again changes nothing.
 */
@ApplicationScoped
public class CopyHider {

    /** What hiding one source's copies did. */
    public record Hidden(int copies, boolean caseOpened) {
    }

    @Inject
    IntakeService intake;

    @Inject
    CaseRepository cases;

    @Inject
    SweepRepository repository;

    @Inject
    FloodGuard floodGuard;

    @Inject
    Clock clock;

    @Inject
    Event<CopiesHidden> copiesHidden;

    /** Hides these copies (all found by entries of {@code source}) on the source's case. */
    public Hidden hide(SweepSource source, List<CopyFinder.Found> found, Long runId) {
        List<CopyFinder.Found> copies = closestPerItem(found);
        if (copies.isEmpty()) {
            return new Hidden(0, false);
        }
        Optional<SweepCase> open = repository.openCase(source.key());
        boolean opened = false;
        int hidden = 0;
        Instant now = clock.instant();
        // A report names at most MAX_LOCATIONS places: one is kept for an item of the open case, to join it.
        int room = SubmissionRules.MAX_LOCATIONS - 1;
        for (int from = 0; from < copies.size(); from += room) {
            List<CopyFinder.Found> chunk = copies.subList(from, Math.min(copies.size(), from + room));
            List<LocationInput> locations = new ArrayList<>();
            chunk.forEach(copy -> locations.add(LocationInput.contentId(copy.item().platformContentId())));
            open.flatMap(sweepCase -> repository.contentIdOn(sweepCase.caseId()))
                    .ifPresent(onCase -> locations.add(LocationInput.contentId(onCase)));
            BankPurpose purpose = chunk.get(0).entry().bank().purpose();
            intake.file(new ReportSubmission(locations, purpose.category().code(), purpose.selfReported(),
                    details(source, chunk.get(0).entry(), copies.size(), runId), null, false, Locale.ENGLISH)
                    .withNote(note(source, chunk.get(0).entry(), copies.size())), Submitter.Internal.STAY_DOWN_SWEEP);
            long caseId = cases.openItemsForContent(List.of(chunk.get(0).item().id())).stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("A hidden copy is on an open case")).caseFile().id();
            if (open.isEmpty() || open.get().caseId() != caseId) {
                SweepCase made = new SweepCase(source, caseId, runId, now);
                repository.add(made);
                open = Optional.of(made);
                opened = true;
            }
            for (CopyFinder.Found copy : chunk) {
                repository.add(new SweepCopy(caseId, copy, runId, now));
                held(copy, found);
            }
            copiesHidden.fire(new CopiesHidden(chunk.stream().map(copy -> copy.item().id()).toList(), caseId, purpose));
            hidden += chunk.size();
        }
        return new Hidden(hidden, opened);
    }

    /**
     * A copy that a survivor's unconfirmed hash found is held by it, as an upload it matched would be: the flood guard
     * counts it (quarantining a hash that matches too much), and the first decision on the copy confirms or rejects
     * the hash ({@code EntryReviews}). Every entry that found the item is counted, not only the closest.
     */
    private void held(CopyFinder.Found copy, List<CopyFinder.Found> found) {
        List<BankEntry> holding = found.stream().filter(f -> f.item().id().equals(copy.item().id()))
                .map(CopyFinder.Found::entry).filter(e -> e.state().awaitsReview()).distinct().toList();
        if (holding.isEmpty()) {
            return;
        }
        long caseItemId = cases.openItemsForContent(List.of(copy.item().id())).stream().findFirst().orElseThrow()
                .id();
        floodGuard.hold(holding).forEach(hold -> hold.reportedAs(caseItemId));
    }

    /** Each item still shown once, with its closest match (exact before near). */
    static List<CopyFinder.Found> closestPerItem(List<CopyFinder.Found> found) {
        Map<Long, CopyFinder.Found> closest = new LinkedHashMap<>();
        found.stream().filter(f -> f.item().visibility().isServed())
                .forEach(f -> closest.merge(f.item().id(), f, (a, b) -> b.distance() < a.distance() ? b : a));
        return closest.values().stream().sorted(Comparator.comparingInt(CopyFinder.Found::distance)
                .thenComparing(f -> f.item().id())).toList();
    }

    /** The same words as {@link #details}, for each reviewer's language (the sweep's number is left out). */
    static SystemNote note(SweepSource source, BankEntry entry, int copies) {
        String count = copies == 1 ? "one" : "many";
        if (source.key().startsWith("case:")) {
            return SystemNote.of("report.system.sweep.case." + count, copies,
                    CaseNumbers.format(source.sourceCaseId()));
        }
        if (source.submissionId() != null) {
            return SystemNote.of("report.system.sweep.submission." + count, copies,
                    HashSubmission.number(source.submissionId()));
        }
        String bank = entry.bank().isPartner() ? entry.bank().name()
                : SystemNote.message("staff.banks.purpose." + entry.bank().purpose().name());
        return SystemNote.of("report.system.sweep.bank." + count, copies, bank);
    }

    /** The system report's words, by number (a case, a submission, a sweep), never a survivor's reference. */
    static String details(SweepSource source, BankEntry entry, int copies, Long runId) {
        String what;
        if (source.key().startsWith("case:")) {
            what = "content removed in case " + CaseNumbers.format(source.sourceCaseId());
        } else if (source.submissionId() != null) {
            what = "a picture a survivor fingerprinted (submission " + HashSubmission.number(source.submissionId())
                    + ")";
        } else {
            what = "hashes of the bank \"" + entry.bank().name() + "\"";
        }
        return copies + " cop" + (copies == 1 ? "y" : "ies") + " already up of " + what
                + ", found by the sweep" + (runId == null ? "" : " #" + runId) + " and hidden pending review.";
    }
}
