package org.recourse.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.AuditLog;
import org.recourse.cases.CaseNumbers;
import org.recourse.hotline.cybertip.CyberTipClient;
import org.recourse.hotline.cybertip.CyberTipException;
import org.recourse.hotline.cybertip.CyberTipResponse;
import org.recourse.platform.outbox.OutboxStatus;

/**
 * What admins (and LEGAL users) do with the hotline outbox: see the reports waiting and given up, retry a dead one,
 * retract one opened by mistake before it is filed. Audited.
 */
@ApplicationScoped
public class HotlineAdmin {

    /** A report as the outbox page lists it. */
    public record Row(long id, long recordId, String caseNumber, long caseId, String hotline, ReportStage stage,
            String externalId, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
            Instant deadlineAt, Instant retractedAt, String retractedBy, boolean escalated, int files) {

        static Row of(HotlineReport report) {
            return new Row(report.id(), report.recordId(), CaseNumbers.format(report.caseId()), report.caseId(),
                    report.hotline(), report.stage(), report.externalId(), report.state().attempts(),
                    report.state().nextAttemptAt(), report.state().lastError(), report.createdAt(),
                    report.deadlineAt(), report.retractedAt(), report.retractedBy(), report.escalated(),
                    report.files().size());
        }

        /** The class of the last failure, for the page in the reader's language. */
        public HotlineProblem problem() {
            return HotlineProblem.fromStored(lastError);
        }

        /** The last failure's detail (the hotline's own code and words), without its class. */
        public String problemDetail() {
            return HotlineProblem.detailOf(lastError);
        }

        public boolean isRetractable() {
            return stage.isRetractable();
        }
    }

    /** How a retraction went, as a message key for the page. */
    public enum Retraction {
        RETRACTED, CANCELLED, ALREADY_FINISHED, NOT_FOUND, UNAVAILABLE;

        public String messageKey() {
            return "hotline.retract." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Inject
    HotlineRepository repository;

    @Inject
    HotlineSettings settings;

    @Inject
    HotlineDeliveries deliveries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public List<Row> waiting(int max) {
        return repository.inStatus(OutboxStatus.PENDING, max).stream().map(Row::of).toList();
    }

    @Transactional
    public List<Row> dead(int max) {
        return repository.inStatus(OutboxStatus.DEAD, max).stream().map(Row::of).toList();
    }

    @Transactional
    public List<Row> retracted(int max) {
        return repository.inStage(ReportStage.RETRACTED, max).stream().map(Row::of).toList();
    }

    @Transactional
    public List<Row> filed(int max) {
        return repository.inStage(ReportStage.FINISHED, max).stream().map(Row::of).toList();
    }

    /** Sends a dead report again, resuming where it stopped; false if it is not (or no longer) dead. */
    @Transactional
    public boolean retry(String admin, long id) {
        Optional<HotlineReport> dead = repository.lock(id).filter(report -> report.state().status()
                == OutboxStatus.DEAD && report.stage() != ReportStage.RETRACTED);
        dead.ifPresent(report -> {
            String was = report.state().lastError();
            report.retry(clock.instant(), settings.retryPolicy());
            audit.record(admin, "hotline.retried", HotlineClaims.subject(report), report.hotline() + " report of record "
                    + report.recordId() + ", dead after: " + was);
        });
        return dead.isPresent();
    }

    /**
     * Retracts a report opened by mistake, only before it is filed: at the hotline first when it was opened there
     * ({@code /retract}), then here. The row stays locked meanwhile, so the job cannot take a step on it in between.
     */
    @Transactional
    public Retraction retract(String admin, long id) {
        Optional<HotlineReport> found = repository.lock(id);
        if (found.isEmpty()) {
            return Retraction.NOT_FOUND;
        }
        HotlineReport report = found.get();
        if (!report.stage().isRetractable()) {
            return report.stage() == ReportStage.FINISHED ? Retraction.ALREADY_FINISHED : Retraction.NOT_FOUND;
        }
        boolean opened = report.stage() == ReportStage.OPENED;
        if (opened) {
            Optional<CyberTipClient> client = deliveries.ncmecClient();
            if (client.isEmpty()) {
                return Retraction.UNAVAILABLE;
            }
            try {
                client.get().retract(Long.parseLong(report.externalId()));
            } catch (CyberTipException e) {
                if (e.code() == CyberTipResponse.ALREADY_FINISHED) {
                    return Retraction.ALREADY_FINISHED;
                }
                // Already retracted, or no longer known (expired unfinished): either way it is not filed.
                if (e.code() != CyberTipResponse.ALREADY_RETRACTED
                        && e.code() != CyberTipResponse.REPORT_DOES_NOT_EXIST) {
                    return Retraction.UNAVAILABLE;
                }
            }
        }
        report.retracted(clock.instant(), admin);
        audit.record(admin, "hotline.retracted", HotlineClaims.subject(report), report.hotline() + " report "
                + (opened ? report.externalId() + " retracted" : "cancelled before it was opened") + ", record "
                + report.recordId());
        return opened ? Retraction.RETRACTED : Retraction.CANCELLED;
    }
}
