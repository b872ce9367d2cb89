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
 * Writes to the person who made a valid removal request (TAKE IT DOWN Act), at the address they gave for it and in the
 * language they made it in: the acknowledgement when it is filed, and the outcome once every item the report named is
 * decided. Queued in the outbox in the transaction of the change, once each per report (dedupe keys); unsent ones are
 * discarded when the contact is erased ({@link ContactEraser}).
 */
@ApplicationScoped
public class RemovalRequestNotifications {

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

    void reportFiled(@Observes ReportFiled filed) {
        Report report = filed.report();
        if (report.removalEmail() == null || report.removalRequestedAt().isEmpty()
                || outbox.isQueued(RemovalRequestMail.receivedKey(report.id()))) {
            return;
        }
        // The case took the request (and its deadline) in the same transaction, before the report was filed.
        statuses.statusOf(report).legalDeadline().ifPresent(due -> {
            Messages messages = messagesFor(report);
            RemovalRequestMail.Footer footer = footer(report, messages);
            send(RemovalRequestMail.receivedKey(report.id()), report,
                    RemovalRequestMail.received(filed.receipt().reference().display(), due, footer, messages), footer);
        });
    }

    void itemDecided(@Observes ItemDecided decided) {
        reports.withRemovalRequestOnCase(decided.caseId()).stream()
                .filter(report -> report.removalEmail() != null)
                .forEach(this::tellOutcomeIfDecided);
    }

    private void tellOutcomeIfDecided(Report report) {
        ReportStatus status = statuses.statusOf(report);
        if (status.stage() != ReportStatus.Stage.DECIDED || outbox.isQueued(RemovalRequestMail.decidedKey(report.id()))) {
            return;
        }
        Messages messages = messagesFor(report);
        RemovalRequestMail.Footer footer = footer(report, messages);
        send(RemovalRequestMail.decidedKey(report.id()), report, RemovalRequestMail.decided(
                new StatusView(status, settings, messages, clock.instant()), status.decidedAt(), status.legalDueBy(),
                footer, messages), footer);
    }

    private static Messages messagesFor(Report report) {
        return Messages.in(report.removalLanguage().orElse(java.util.Locale.ENGLISH));
    }

    private RemovalRequestMail.Footer footer(Report report, Messages messages) {
        return new RemovalRequestMail.Footer(contact.statusUrl(), settings.contactTeam(messages.locale()),
                settings.contactEmail(), contact.getRetentionDays(), contact.stopUrl(links.issue(report, clock.instant())));
    }

    private void send(DedupeKey key, Report report, RemovalRequestMail mail, RemovalRequestMail.Footer footer) {
        outbox.enqueueReporterMail(key, report.removalEmail(), mail.subject(), mail.body(), footer.stopUrl());
    }
}
