package org.recourse.hotline.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recourse.hotline.HotlineReport;
import org.recourse.hotline.HotlineStatus;
import org.recourse.hotline.referral.HotlineReferral;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.outbox.OutboxStatus;
import org.recourse.platform.web.RequestContext;

/**
 * A case's hotline reports in words, for the case page (through {@code WEB-INF/includes/hotline-status.xhtml}, so
 * review does not import this package): "Reported to NCMEC, report 7855775, on …", or waiting, given up, retracted;
 * and each referral sent by hand.
 */
@Named
@RequestScoped
public class HotlineStatusView {

    /** One line, with whether it needs someone's attention (given up). */
    public record Line(String text, boolean problem) {
    }

    @Inject
    RequestContext context;

    @Inject
    HotlineStatus status;

    private final Map<Long, List<Line>> lines = new HashMap<>();

    public List<Line> of(Long caseId) {
        if (caseId == null) {
            return List.of();
        }
        return lines.computeIfAbsent(caseId, this::load);
    }

    private List<Line> load(long caseId) {
        Messages messages = context.messages();
        HotlineStatus.OfCase found = status.of(caseId);
        List<Line> shown = new ArrayList<>();
        found.reports().forEach(report -> shown.add(line(report, messages)));
        found.referrals().forEach(referral -> shown.add(line(referral, messages)));
        return shown;
    }

    static Line line(HotlineReport report, Messages messages) {
        String hotline = messages.get("hotline.recipient." + report.hotline());
        return switch (report.stage()) {
            case FINISHED -> new Line(messages.get("hotline.case.filed", hotline, report.externalId(),
                    messages.time(report.state().sentAt())), false);
            case RETRACTED -> new Line(messages.get("hotline.case.retracted", hotline,
                    messages.time(report.retractedAt()), report.retractedBy()), false);
            case QUEUED, OPENED -> report.state().status() == OutboxStatus.DEAD
                    ? new Line(messages.get("hotline.case.dead", hotline), true)
                    : new Line(messages.get("hotline.case.waiting", hotline, report.state().attempts()), false);
        };
    }

    static Line line(HotlineReferral referral, Messages messages) {
        String recipient = messages.get(referral.recipient().messageKey());
        String reference = referral.externalReference() == null ? messages.get("hotline.case.noReference")
                : referral.externalReference();
        return new Line(messages.get("hotline.case.referred", recipient, reference, messages.time(referral.sentAt())),
                false);
    }
}
