package org.recourse.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.recourse.intake.Report;
import org.recourse.intake.ReportFiled;
import org.recourse.intake.ReportRepository;
import org.recourse.lookup.ReportStatus;
import org.recourse.lookup.StatusLookup;
import org.recourse.lookup.StatusView;
import org.recourse.notification.DedupeKey;
import org.recourse.notification.Outbox;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.settings.PortalSettings;
import org.recourse.review.ItemDecided;

/**
 * Writes to reporters who gave an address and consent, and to no one else: the reference when a report is filed,
 * and the decision once every item the report named is decided. Each mail is queued in the outbox in the same
 * transaction as the change it tells of, and at most once per report (its dedupe key).
 */
@ApplicationScoped
public class ReporterNotifications {

    @Inject
    ReportRepository reports;

    @Inject
    Outbox outbox;

    @Inject
    ContactLinks links;

    @Inject
    ContactSettings contact;

    @Inject
    PortalSettings settings;

    @Inject
    StatusLookup statuses;

    @Inject
    Clock clock;

    @Inject
    org.recourse.appeals.ReporterReviewService reviews;

    void reportFiled(@Observes ReportFiled filed) {
        Report report = filed.report();
        if (report.contactEmail() == null || outbox.isQueued(ReporterMail.receivedKey(report.id()))) {
            return;
        }
        Messages messages = Messages.in(report.contactLanguage());
        String stopUrl = contact.stopUrl(links.issue(report, clock.instant()));
        ReporterMail mail = ReporterMail.received(filed.receipt(), settings.contactTeam(messages.locale()),
                settings.contactEmail(), contact.getRetentionDays(), new ReporterMail.Links(contact.statusUrl(), stopUrl),
                messages);
        send(ReporterMail.receivedKey(report.id()), report, mail, stopUrl);
    }

    void itemDecided(@Observes ItemDecided decided) {
        reports.withContactOnCase(decided.caseId()).forEach(this::tellDecisionIfMade);
    }

    private void tellDecisionIfMade(Report report) {
        ReportStatus status = statuses.statusOf(report);
        if (status.stage() != ReportStatus.Stage.DECIDED || outbox.isQueued(ReporterMail.decidedKey(report.id()))) {
            return;
        }
        Messages messages = Messages.in(report.contactLanguage());
        String stopUrl = contact.stopUrl(links.issue(report, clock.instant()));
        ReporterMail mail = ReporterMail.decided(new StatusView(status, settings, messages, clock.instant()),
                contact.getRetentionDays(), new ReporterMail.Links(contact.statusUrl(), stopUrl), messages);
        send(ReporterMail.decidedKey(report.id()), report, mail, stopUrl);
    }

    /** A supervisor answered the reporter's request for a second look: the answer, to a consented address. */
    void reviewAnswered(@Observes org.recourse.appeals.ReviewAnswered answered) {
        Report report = reports.findByReference(answered.reference()).orElse(null);
        if (report == null || report.contactEmail() == null
                || outbox.isQueued(ReporterMail.reviewedKey(report.id()))) {
            return;
        }
        Messages messages = Messages.in(report.contactLanguage());
        String stopUrl = contact.stopUrl(links.issue(report, clock.instant()));
        StatusView view = new StatusView(statuses.statusOf(report), settings, messages, clock.instant(),
                reviews.of(report.reference()));
        send(ReporterMail.reviewedKey(report.id()), report,
                ReporterMail.reviewed(view, contact.getRetentionDays(), new ReporterMail.Links(contact.statusUrl(),
                        stopUrl), messages), stopUrl);
    }

    /**
     * An uploader's appeal on an item of the case was decided: each reporter of the case who gave an address and
     * consent is told, in their language, that the decision was reviewed and what it is now; nothing more.
     */
    void appealDecided(@Observes org.recourse.appeals.AppealDecided decided) {
        String outcomeKey = decided.outcome() == org.recourse.appeals.AppealStatus.RESTORED
                ? "status.review.appealRestored" : "status.review.appealUpheld";
        for (Report report : reports.withContactOnCase(decided.caseId())) {
            DedupeKey key = ReporterMail.appealKey(report.id(), decided.itemId());
            if (outbox.isQueued(key)) {
                continue;
            }
            Messages messages = Messages.in(report.contactLanguage());
            String stopUrl = contact.stopUrl(links.issue(report, clock.instant()));
            send(key, report, ReporterMail.appealDecided(report.reference().display(), messages.get(outcomeKey),
                    settings.contactTeam(messages.locale()), settings.contactEmail(), contact.getRetentionDays(),
                    new ReporterMail.Links(contact.statusUrl(), stopUrl), messages), stopUrl);
        }
    }

    private void send(DedupeKey key, Report report, ReporterMail mail, String stopUrl) {
        outbox.enqueueReporterMail(key, report.contactEmail(), mail.subject(), mail.body(), stopUrl);
    }
}
