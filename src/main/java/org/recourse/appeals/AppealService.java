package org.recourse.appeals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.AuditLog;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.ReasonCode;
import org.recourse.cases.Reviewer;
import org.recourse.content.ContentItem;
import org.recourse.content.VisibilityChanged;
import org.recourse.screening.bans.Sanctions;
import org.recourse.staff.Role;
import org.recourse.statements.Restriction;
import org.recourse.statements.StatementOfReasons;
import org.recourse.statements.StatementRepository;
import org.recourse.statements.StatementService;
import org.recourse.statements.Subject;

/**
 * Filing and deciding appeals. The rules are the appeal's own ({@link Appeal}, {@link RestorationRule}); this service
 * loads, locks, calls, and carries out the outcome in the same transaction: a restore shows the item again (firing
 * {@link VisibilityChanged}, so the webhook tells the platform), takes its hashes out of stay-down, and is audited.
 */
@ApplicationScoped
public class AppealService {

    @Inject
    AppealRepository appeals;

    @Inject
    AppealSettings settings;

    @Inject
    StayDownRelease stayDown;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<VisibilityChanged> visibilityChanged;

    @Inject
    Event<AppealDecided> decided;

    @Inject
    StatementService statements;

    @Inject
    StatementRepository statementsById;

    @Inject
    Sanctions sanctions;

    /**
     * Files an appeal for the calling platform client.
     *
     * @throws UnknownDecisionException no such decision about that content
     * @throws DuplicateAppealException the decision has its appeal already
     * @throws AppealRefusedException late, or not a restriction in force
     */
    @Transactional
    public AppealReceipt submit(AppealSubmission submission, String client) {
        Optional<StatementOfReasons> statement = submission.statementId() == null ? Optional.empty()
                : statementsById.find(submission.statementId());
        if (submission.statementId() != null && statement.isEmpty()) {
            throw new UnknownDecisionException();
        }
        long decisionId = statement.isPresent() ? decisionOf(statement.get()) : submission.decisionId();
        ItemDecision decision = appeals.lockDecision(decisionId)
                .filter(found -> submission.contentId() == null || isAbout(found, submission.contentId()))
                .orElseThrow(UnknownDecisionException::new);
        appeals.forDecision(decision).ifPresent(existing -> {
            throw new DuplicateAppealException(existing.reference());
        });
        if (statement.isEmpty()) {
            statement = statements.current(Subject.content(decision.item().content(), null).key())
                    .filter(s -> s.restriction() == Restriction.REMOVED);
        }
        Instant now = clock.instant();
        // Until the date the statement gave the uploader; without a statement, the window after the decision.
        Instant appealUntil = statement.map(s -> s.redress().appealUntil()).filter(java.util.Objects::nonNull)
                .orElse(decision.decidedAt().plus(settings.window()));
        Appeal appeal = Appeal.submit(AppealReferences.next(), decision,
                statement.map(StatementOfReasons::id).orElse(null), appealUntil, client, submission.text(),
                submission.persons(), now, settings.sla());
        appeals.add(appeal);
        audit.record(client, "appeal.submitted", subjectOf(appeal),
                appeal.reference() + "; " + appeal.persons().size() + " person(s) on record");
        return AppealReceipt.of(appeal);
    }

    /** The removal a content statement tells of: the latest decision on its item in its case (0 when none). */
    private long decisionOf(StatementOfReasons statement) {
        if (statement.restriction() != Restriction.REMOVED || statement.caseId().isEmpty()
                || statement.contentItemId().isEmpty()) {
            throw new AppealRefusedException(AppealRefusal.NOT_A_RESTRICTION);
        }
        return appeals.latestDecision(statement.caseId().get(), statement.contentItemId().get())
                .map(ItemDecision::id).orElse(0L);
    }

    private static boolean isAbout(ItemDecision decision, String contentId) {
        ContentItem content = decision.item().content();
        return content != null && content.platformContentId().equals(contentId);
    }

    /** Upholds the decision (anyone but its reviewer). */
    @Transactional
    public void uphold(long appealId, Reviewer decider, String note) {
        Appeal appeal = appeals.lock(appealId).orElseThrow(() -> unknown(appealId));
        appeal.uphold(decider, note, clock.instant());
        audit.record(decider.username(), "appeal.upheld", subjectOf(appeal), appeal.reference());
        reviseStatement(appeal, Restriction.REMOVED, appeal.decision().reason());
        fire(appeal);
    }

    /**
     * Restores the item under {@link RestorationRule}: shown again, the platform told, its hashes out of stay-down.
     */
    @Transactional
    public void restore(long appealId, Reviewer decider, List<ProofConfirmation> confirmations,
            String justification) {
        Appeal appeal = appeals.lock(appealId).orElseThrow(() -> unknown(appealId));
        Instant now = clock.instant();
        appeal.restore(decider, confirmations, justification, now);
        CaseItem item = appeal.decision().item();
        ContentItem hosted = item.content();
        if (hosted != null) {
            long before = hosted.visibilitySequence();
            hosted.restore(now);
            if (hosted.visibilitySequence() != before) {
                visibilityChanged.fire(hosted.lastChange());
            }
        }
        int released = stayDown.release(item, decider.username());
        boolean lifted = sanctions.reversed(item, lifter(decider), "Appeal " + appeal.reference() + ", decided by "
                + decider.username() + ", restored the content removed in case " + CaseNumbers.format(appeal.caseId()));
        audit.record(decider.username(), "appeal.restored", subjectOf(appeal), appeal.reference()
                + (appeal.protectedContent() ? "; proof confirmed for " + appeal.persons().size() + " person(s)" : "")
                + "; " + released + " stay-down entr" + (released == 1 ? "y" : "ies") + " disabled"
                + (lifted ? "; the ban it caused is lifted" : ""));
        reviseStatement(appeal, Restriction.RESTORED,
                appeal.protectedContent() ? ReasonCode.ADULTS_CONSENTED : ReasonCode.NO_VIOLATION);
        fire(appeal);
    }

    /**
     * Who lifts a ban the reversed decision caused: the decider when a supervisor; otherwise the portal ("system"),
     * since lifting asks for a supervisor and here the appeal's outcome, which the rules let another reviewer reach,
     * is what lifts it. The lift's reason names the appeal and its decider.
     */
    private static Reviewer lifter(Reviewer decider) {
        return decider.isSupervisor() ? decider : new Reviewer("system", Role.SUPERVISOR);
    }

    /** Open appeals, due first, as the queue shows them. */
    @Transactional
    public List<AppealRow> queue(int max) {
        Instant now = clock.instant();
        return appeals.queue(max).stream().map(a -> AppealRow.of(a, now)).toList();
    }

    /** How many appeals wait and are overdue, and the first {@code max} of the queue (due first, so overdue first). */
    @Transactional
    public AppealWorkload workload(int max) {
        Instant now = clock.instant();
        return new AppealWorkload(appeals.countWaiting(), appeals.countOverdue(now),
                appeals.queue(max).stream().map(a -> AppealRow.of(a, now)).toList());
    }

    /** How many appeals wait for a decision. */
    @Transactional
    public long waitingCount() {
        return appeals.countWaiting();
    }

    /** One appeal as its form shows it. */
    @Transactional
    public java.util.Optional<AppealRow> row(long appealId) {
        Instant now = clock.instant();
        return appeals.find(appealId).map(a -> AppealRow.of(a, now));
    }

    @Transactional
    public java.util.Optional<AppealReceipt> byReference(String reference) {
        return appeals.byReference(reference).map(AppealReceipt::of);
    }

    @Transactional
    public java.util.Optional<Appeal> find(long appealId) {
        return appeals.find(appealId);
    }

    /**
     * The appeal's outcome as the next version of the statement's line (the version in force, which may be newer than
     * the one appealed), so the platform is told with the webhook and the API reads it.
     */
    private void reviseStatement(Appeal appeal, Restriction now, ReasonCode reason) {
        appeal.statementId().flatMap(statementsById::find)
                .flatMap(appealed -> statements.current(appealed.subjectKey()))
                .ifPresent(current -> statements.revise(current.publicId(), now, reason));
    }

    private void fire(Appeal appeal) {
        decided.fire(new AppealDecided(appeal.id(), appeal.caseId(), appeal.decision().item().id(), appeal.status()));
    }

    private static String subjectOf(Appeal appeal) {
        return CaseNumbers.format(appeal.caseId()) + "/item-" + appeal.decision().item().id() + "/appeal";
    }

    private static IllegalArgumentException unknown(long appealId) {
        return new IllegalArgumentException("No appeal " + appealId);
    }
}
