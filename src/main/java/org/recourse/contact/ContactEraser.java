package org.recourse.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.recourse.audit.AuditLog;
import org.recourse.intake.Report;
import org.recourse.intake.ReportRepository;
import org.recourse.notification.Outbox;

/**
 * Deletes a reporter's address: at once when they withdraw consent, and for every report whose case has been
 * closed for the retention time. With the address go its language, a removal request's signature, address and
 * language (the same rule), every "stop these emails" link and any mail to either address not sent yet. The audit log records that it happened, never the address.
 */
@ApplicationScoped
public class ContactEraser {

    /** Addresses deleted per transaction by {@link #eraseExpired}; the job asks again while a batch is full. */
    public static final int BATCH = 500;

    @Inject
    ReportRepository reports;

    @Inject
    ContactLinks links;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    ContactSettings settings;

    /** Deletes this report's address now, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Report report, String actor, String why) {
        report.forgetContact();
        links.deleteFor(report);
        outbox.discardUnsent(ReporterMail.keys(report.id(),
                report.caseFile().items().stream().map(org.recourse.cases.CaseItem::id).toList()));
        outbox.discardUnsent(RemovalRequestMail.keys(report.id()));
        audit.record(actor, "contact.erased", "report-" + report.id(), why);
    }

    /** Deletes the address of every report whose case was closed at least the retention time ago. */
    @Transactional
    public int eraseExpired(Instant now) {
        List<Report> expired = reports.withContactClosedBy(now.minus(settings.retention()), BATCH);
        expired.forEach(report -> erase(report, "system", "retention: case closed for " + settings.retention()));
        return expired.size();
    }
}
