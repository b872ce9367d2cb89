package org.recourse.signals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.recourse.cases.Case;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.Category;
import org.recourse.cases.SlaPolicy;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.content.Visibility;
import org.recourse.intake.IntakeService;
import org.recourse.intake.LocationInput;
import org.recourse.intake.ReportSubmission;
import org.recourse.intake.SystemNote;
import org.recourse.platform.ratelimit.Submitter;

/**
 * Receives a classifier's signal in one transaction: the item is locked (so the same signal sent twice at once is
 * stored once), a signal sent before is answered as it was, and a new one is stored with the policy's verdict. Held:
 * the portal files a report of its own (intake hides the item pending review, opens or joins its case, issues the
 * statement and the webhook) and moves the review earlier by the score. A signal never removes and never bans.
 */
@ApplicationScoped
public class SignalService {

    /** The most signals one item keeps: far above every classifier a platform runs, each in a few versions. */
    public static final int MAX_PER_ITEM = 200;

    @Inject
    SignalRepository signals;

    @Inject
    ContentRepository content;

    @Inject
    CaseRepository cases;

    @Inject
    IntakeService intake;

    @Inject
    SignalPolicy policy;

    @Inject
    SlaPolicy sla;

    @Inject
    Clock clock;

    /**
     * @throws UnknownContentException if no item has the content id (nothing stored)
     * @throws SignalConflictException if the signal id was used with other details (nothing stored)
     * @throws TooManySignalsException if the item keeps {@link #MAX_PER_ITEM} signals already (nothing stored)
     */
    @Transactional
    public SignalReceipt receive(SignalSubmission submission, String sender) {
        ContentItem item = content.findByPlatformId(submission.contentId()).orElseThrow(UnknownContentException::new);
        content.lockForUpdate(List.of(item));
        String naturalKey = submission.naturalKey(item.id());
        Optional<ClassifierSignal> before = submission.signalId() != null
                ? signals.byPlatformId(submission.signalId()) : signals.byNaturalKey(naturalKey);
        if (before.isPresent()) {
            if (!before.get().sameAs(item.id(), submission)) {
                throw new SignalConflictException(before.get().id());
            }
            return again(before.get(), submission.contentId());
        }
        if (submission.signalId() != null && signals.byNaturalKey(naturalKey).isPresent()) {
            // The same details under a new id: still the same signal, answered as the first.
            return again(signals.byNaturalKey(naturalKey).get(), submission.contentId());
        }
        if (signals.countOn(item.id()) >= MAX_PER_ITEM) {
            throw new TooManySignalsException();
        }
        Instant now = clock.instant();
        SignalPolicy.Verdict verdict = policy.verdict(submission.classifier(), submission.label(),
                submission.score(), item.visibility() == Visibility.REMOVED);
        ClassifierSignal signal = new ClassifierSignal(item.id(), submission, naturalKey, verdict.threshold(), now,
                sender);
        if (verdict.action() != SignalPolicy.Action.HELD) {
            signals.add(signal);
            return new SignalReceipt(signal, submission.contentId(), verdict, null, null, false);
        }
        CaseItem onCase = hold(item, submission);
        Case caseFile = onCase.caseFile();
        Category category = policy.category(submission.label());
        caseFile.expedite(SignalPolicy.dueBy(now, sla.reviewWindow(category, false), submission.score(),
                verdict.threshold().getAsDouble()), now);
        signal.heldOn(caseFile.id(), onCase.id());
        signals.add(signal);
        return new SignalReceipt(signal, submission.contentId(), verdict, caseFile.id(), caseFile.reviewDueAt(),
                false);
    }

    /** The signal with this id, as received; empty if none. */
    @Transactional
    public Optional<SignalReceipt> find(long id) {
        return signals.find(id).map(signal -> again(signal, signals.contentIdOf(signal)));
    }

    private CaseItem hold(ContentItem item, SignalSubmission submission) {
        Category category = policy.category(submission.label());
        String score = score(submission.score());
        intake.file(new ReportSubmission(List.of(LocationInput.contentId(item.platformContentId())),
                category.code(), false, "Classifier " + submission.classifier() + " " + submission.classifierVersion()
                + " labelled this item " + submission.label() + " with a score of " + score
                + ": held pending review.", null, false, Locale.ENGLISH)
                .withNote(SystemNote.of("report.system.signal",
                        submission.classifier() + " " + submission.classifierVersion(), submission.label(), score)),
                Submitter.Internal.CLASSIFIER_SIGNAL);
        return cases.openItemsForContent(List.of(item.id())).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("A held item is on an open case"));
    }

    private SignalReceipt again(ClassifierSignal signal, String contentId) {
        SignalPolicy.Verdict verdict = new SignalPolicy.Verdict(
                signal.held() ? SignalPolicy.Action.HELD : SignalPolicy.Action.RECORDED,
                signal.held() ? SignalPolicy.Reason.AT_OR_ABOVE_THRESHOLD : recordedBecause(signal),
                signal.threshold());
        Instant due = signal.caseId().flatMap(cases::find).map(Case::reviewDueAt).orElse(null);
        return new SignalReceipt(signal, contentId, verdict, signal.caseId().orElse(null), due, true);
    }

    private static SignalPolicy.Reason recordedBecause(ClassifierSignal signal) {
        if (signal.threshold().isEmpty()) {
            return SignalPolicy.Reason.NO_THRESHOLD;
        }
        return signal.score() < signal.threshold().getAsDouble() ? SignalPolicy.Reason.BELOW_THRESHOLD
                : SignalPolicy.Reason.ALREADY_REMOVED;
    }

    /** A score as the report's words give it: up to four decimals, a point, no exponent. */
    static String score(double score) {
        return java.math.BigDecimal.valueOf(score).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
