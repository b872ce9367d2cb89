package org.recourse.statements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.recourse.cases.Case;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.Category;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.StrikePolicy;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.content.Visibility;
import org.recourse.intake.Report;
import org.recourse.intake.ReportFiled;
import org.recourse.review.ItemDecided;
import org.recourse.screening.bans.UploaderBanned;
import org.recourse.screening.staydown.UploadRestricted;
import org.recourse.screening.sweep.CopiesHidden;

/**
 * Observes every restriction Recourse makes, in the transaction that makes it, and issues its statement: a report
 * hiding content, a reviewer's decision, a screened upload held or blocked, copies the sweep hid, an uploader banned.
 * Which restriction gives which statement is {@link StatementRules}'.
 */
@ApplicationScoped
public class RestrictionStatements {

    @Inject
    StatementService statements;

    @Inject
    CaseRepository cases;

    @Inject
    ContentRepository content;

    /** A person's report hid content pending review (screening's own reports are told by their own events). */
    void reportFiled(@Observes ReportFiled filed) {
        Report report = filed.report();
        if (StatementRules.issuedByScreening(report.note())) {
            return;
        }
        Facts facts = StatementRules.classifierFacts(report.category(), report.note())
                .orElseGet(() -> Facts.reported(report.category(), report.selfReport()));
        for (CaseItem item : report.items()) {
            if (item.content() != null && item.content().visibility() == Visibility.HIDDEN_PENDING_REVIEW) {
                hidden(item.content(), item.caseFile().id(), facts, Restriction.HIDDEN_PENDING_REVIEW);
            }
        }
    }

    void copiesHidden(@Observes CopiesHidden hidden) {
        Facts facts = Facts.hashMatch(hidden.bankKind().category(), hidden.bankKind());
        hidden.contentItemIds().forEach(id -> content.find(id).ifPresent(item ->
                hidden(item, hidden.caseId(), facts, Restriction.HIDDEN_PENDING_REVIEW)));
    }

    void uploadRestricted(@Observes UploadRestricted restricted) {
        ContentItem item = content.find(restricted.contentItemId()).orElseThrow();
        Category category = cases.find(restricted.caseId()).map(Case::category).orElseThrow();
        hidden(item, restricted.caseId(), StatementRules.uploadFacts(category, restricted.bankKind(),
                restricted.uploaderBanned() || restricted.byPolicy()), StatementRules.forUpload(restricted.outcome()));
    }

    private void hidden(ContentItem item, long caseId, Facts facts, Restriction restriction) {
        Subject subject = Subject.content(item, caseId);
        Optional<StatementOfReasons> current = statements.current(subject.key());
        if (StatementRules.changes(current, restriction, null)) {
            // The version in force is locked already: issued over it without asking the database again.
            statements.issueOver(new StatementService.Issue(subject, restriction, facts), current);
        }
    }

    /** A reviewer removed (or referred) or restored an item; an escalation restricts nothing new. */
    void itemDecided(@Observes ItemDecided decided) {
        CaseItem item = cases.findItem(decided.itemId()).orElse(null);
        Optional<Restriction> restriction = item == null || item.content() == null ? Optional.empty()
                : StatementRules.forDecision(item.status());
        Optional<ItemDecision> decision = restriction.flatMap(r -> cases.latestDecision(item));
        if (decision.isEmpty()) {
            return;
        }
        Case caseFile = item.caseFile();
        Subject subject = Subject.content(item.content(), caseFile.id());
        Optional<StatementOfReasons> current = statements.current(subject.key());
        if (!StatementRules.changes(current, restriction.get(), decision.get().reason())) {
            return;
        }
        Category category = restriction.get() == Restriction.REMOVED
                ? StrikePolicy.removedAs(caseFile.category(), decision.get().reason()) : caseFile.category();
        Facts facts = current.map(StatementOfReasons::facts)
                .orElseGet(() -> Facts.reported(caseFile.category(), caseFile.selfReported()))
                .decided(category, decision.get().reason());
        statements.issue(new StatementService.Issue(subject, restriction.get(), facts));
    }

    /**
     * An uploader banned for a removal (by the policy, or by a supervisor from the case), or from the bans page. A ban
     * from the bans page rests on no case, only on a supervisor's free text, which a statement never carries: its
     * statement says the platform's staff decided it, under the clause for other harmful content.
     */
    void uploaderBanned(@Observes UploaderBanned banned) {
        Optional<Case> caseFile = Optional.ofNullable(banned.caseId()).flatMap(cases::find);
        if (caseFile.isEmpty()) {
            statements.issue(new StatementService.Issue(Subject.account(banned.uploaderId(), null, null),
                    Restriction.UPLOADER_BANNED, StatementRules.staffFacts(), AutomatedDecision.NOT_AUTOMATED));
            return;
        }
        Optional<CaseItem> removed = caseFile.get().items().stream()
                .filter(i -> i.content() != null && banned.uploaderId().equals(i.content().uploaderId()))
                .filter(i -> banned.contentItemId() == null || banned.contentItemId().equals(i.content().id()))
                .findFirst();
        Category category = banned.category() != null ? banned.category() : caseFile.get().category();
        Facts facts = removed.flatMap(i -> statements.current(Subject.content(i.content(), null).key()))
                .map(StatementOfReasons::facts)
                .orElseGet(() -> Facts.reported(caseFile.get().category(), caseFile.get().selfReported()))
                .decided(category, removed.flatMap(cases::latestDecision).map(ItemDecision::reason).orElse(null));
        Subject subject = Subject.account(banned.uploaderId(), removed.map(CaseItem::content).orElse(null),
                caseFile.get().id());
        statements.issue(new StatementService.Issue(subject, Restriction.UPLOADER_BANNED, facts,
                banned.byHand() ? AutomatedDecision.NOT_AUTOMATED : AutomatedDecision.PARTIALLY));
    }
}
