package org.recourse.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.AuditLog;
import org.recourse.cases.CaseNumbers;
import org.recourse.evidence.RecordReported;

/**
 * The job's side of the hotline outbox, each step a short transaction of its own: claim due reports, store each step
 * of an attempt as it is done (the hotline's report id, each file), and record how the attempt ended. Nothing stays
 * locked while a call is on the wire. A step on a report that a person retracted meanwhile is refused, so the attempt
 * stops there.
 */
@ApplicationScoped
public class HotlineClaims {

    /** A claimed report, as the job needs it outside any transaction. */
    public record Claimed(long id, long recordId, String hotline) {
    }

    /** What an attempt resumes from: the hotline's report id and the files that went, as stored. */
    public record Stored(String reportId, List<SentFile> files) {
    }

    @Inject
    HotlineRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Event<RecordReported> reported;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claimDue(Instant now, int max, Duration claimFor) {
        List<Long> ids = repository.lockDue(now, max);
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.byIds(ids).stream()
                .peek(report -> report.claim(now, claimFor))
                .map(report -> new Claimed(report.id(), report.recordId(), report.hotline()))
                .toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored stored(long id) {
        HotlineReport report = repository.lock(id).orElseThrow();
        return new Stored(report.externalId(), report.files());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void opened(long id, String reportId) throws DeliveryFailure {
        live(id).opened(reportId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void uploaded(long id, int position, String fileId, String md5) throws DeliveryFailure {
        live(id).uploaded(position, fileId, md5);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void described(long id, int position) throws DeliveryFailure {
        live(id).described(position);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void lost(long id) throws DeliveryFailure {
        HotlineReport report = live(id);
        audit.record("system", "hotline.lost", subject(report), report.hotline() + " no longer knows its report "
                + report.externalId() + " (unfinished, expired): it is opened again");
        report.lostAtHotline();
    }

    /**
     * The hotline filed it: stored as sent, audited, and {@link RecordReported} fired in this same transaction (the
     * vault starts the retention clock from it), so the record's clock and the report's state never disagree.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finished(long id, Instant now) throws DeliveryFailure {
        HotlineReport report = live(id);
        report.finished(now);
        audit.record("system", "hotline.reported", subject(report), report.hotline() + " report "
                + report.externalId() + " filed for record " + report.recordId() + ", case "
                + CaseNumbers.format(report.caseId()) + ", " + report.files().size() + " file(s)");
        reported.fire(new RecordReported(report.recordId(), report.hotline(), RecordReported.Kind.HOTLINE_REPORT,
                report.externalId(), now, "system"));
    }

    /** Records a failed attempt; true if the report is now given up (dead). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long id, Instant now, String reason, boolean mayPassLater, HotlineRetryPolicy policy) {
        Optional<HotlineReport> found = repository.lock(id).filter(report -> report.stage() != ReportStage.RETRACTED
                && report.state().status() == org.recourse.platform.outbox.OutboxStatus.PENDING);
        if (found.isEmpty()) {
            return false;
        }
        HotlineReport report = found.get();
        if (mayPassLater) {
            report.failed(now, reason, policy);
        } else {
            report.refused(reason);
        }
        boolean dead = report.state().status() == org.recourse.platform.outbox.OutboxStatus.DEAD;
        if (dead) {
            audit.record("system", "hotline.dead", subject(report), report.hotline() + " report of record "
                    + report.recordId() + " given up: " + report.state().lastError());
        }
        return dead;
    }

    private HotlineReport live(long id) throws DeliveryFailure {
        HotlineReport report = repository.lock(id).orElseThrow();
        if (report.stage() == ReportStage.RETRACTED) {
            throw new DeliveryFailure(HotlineProblem.RETRACTED, "retracted meanwhile", false);
        }
        return report;
    }

    static String subject(HotlineReport report) {
        return "hotline-report:" + report.id();
    }
}
