package org.recourse.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseRepository;
import org.recourse.intake.Reference;
import org.recourse.intake.Report;
import org.recourse.intake.ReportRepository;

/** Reads a report's status from the database: the report, its own items and when each was decided. */
@ApplicationScoped
public class StatusLookup {

    @Inject
    CaseRepository cases;

    @Inject
    ReportRepository reports;

    @Inject
    org.recourse.screening.banks.HashSubmissions submissions;

    @Inject
    org.recourse.screening.sweep.Sweeps sweeps;

    /** A report's status, or that of a survivor's hash submission with this reference. */
    @Transactional
    public Optional<ReportStatus> find(Reference reference) {
        return reports.findByReference(reference).map(this::statusOf)
                .or(() -> submissions.find(reference)
                        .map(s -> ReportStatus.ofHashSubmission(s.reference(), s.receivedAt(), s.protection(),
                                s.settledAt())))
                .map(status -> status.withCopiesHidden(sweeps.copiesHiddenFor(reference)));
    }

    /** The status of a report already loaded in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReportStatus statusOf(Report report) {
        List<CaseItem> items = report.items();
        Map<Long, Instant> decided = cases.lastDecidedAt(items.stream().map(CaseItem::id).toList());
        List<ReportStatus.Item> lines = items.stream()
                .map(i -> new ReportStatus.Item(i.kind(), i.status(), i.status().isDecided() ? decided.get(i.id()) : null))
                .toList();
        ReportStatus status = ReportStatus.of(report.reference(), report.category(), report.selfReport(),
                report.receivedAt(), report.caseFile(), lines);
        // Only a report that made a removal request is told the case's legal deadline.
        return report.removalRequestedAt().isEmpty() ? status : report.caseFile().removalDeadline()
                .map(deadline -> status.withLegalDeadline(deadline.dueAt())).orElse(status);
    }
}
