package org.recourse.hotline;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recourse.platform.domain.IllegalTransitionException;
import org.recourse.platform.outbox.DeliveryState;
import org.recourse.platform.outbox.OutboxStatus;

/**
 * One sealed record's report to one hotline through its API. Queued in the transaction that sealed the record (one per
 * record and hotline: the database refuses a second); claimed by the job for one attempt; its progress at the hotline
 * ({@link ReportStage}, the hotline's report id, each file's id and MD5) stored after every call, so an attempt that
 * stops halfway is resumed, never started over, and the report is filed once. A failed attempt waits longer each time
 * until its deadline, then it is dead until an admin retries it; a person may retract it until it is finished.
 */
@Entity
@Table(name = "hotline_report")
public class HotlineReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false, length = 32)
    private String hotline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStage stage;

    @Column(nullable = false)
    private boolean escalated;

    @Column(name = "external_id", length = 64)
    private String externalId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hotline_report_file", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("position")
    private List<SentFile> files = new ArrayList<>();

    @Embedded
    private DeliveryState state;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retracted_at")
    private Instant retractedAt;

    @Column(name = "retracted_by", length = 64)
    private String retractedBy;

    protected HotlineReport() {
        // for JPA
    }

    public HotlineReport(long recordId, long caseId, long itemId, String hotline, boolean escalated, Instant now,
            Instant deadline) {
        this.recordId = recordId;
        this.caseId = caseId;
        this.itemId = itemId;
        this.hotline = Objects.requireNonNull(hotline, "A hotline is required.");
        this.escalated = escalated;
        this.stage = ReportStage.QUEUED;
        this.state = DeliveryState.dueFrom(now);
        this.createdAt = now;
        this.deadlineAt = Objects.requireNonNull(deadline, "A deadline is required.");
    }

    /** The job takes it for one attempt. */
    public void claim(Instant now, Duration claimFor) {
        state.claim(now, claimFor, what());
    }

    /** The hotline opened the report under this id. */
    public void opened(String reportId) {
        moveTo(ReportStage.OPENED);
        externalId = Objects.requireNonNull(reportId, "The hotline's report id is required.");
    }

    /** A file reached the hotline with this id and MD5. */
    public void uploaded(int position, String fileId, String md5) {
        requireStage(ReportStage.OPENED);
        if (file(position).isPresent()) {
            throw new IllegalStateException(what() + " already has file " + position + ".");
        }
        files.add(new SentFile(position, fileId, md5));
    }

    /** The details of an uploaded file went too. */
    public void described(int position) {
        requireStage(ReportStage.OPENED);
        file(position).orElseThrow(() -> new IllegalStateException(what() + " has no file " + position + "."))
                .describe();
    }

    /** Filed at the hotline: sent, for good. */
    public void finished(Instant now) {
        moveTo(ReportStage.FINISHED);
        state.sent(now, what());
    }

    /** The hotline no longer knows the unfinished report (deleted after its time limit): the next attempt starts over. */
    public void lostAtHotline() {
        moveTo(ReportStage.QUEUED);
        externalId = null;
        files.clear();
    }

    /** A failed attempt that may pass later: waits longer, or is given up once past the deadline. */
    public void failed(Instant now, String reason, HotlineRetryPolicy policy) {
        state.failed(reason, policy.nextAttempt(now, state.attempts(), deadlineAt), what());
    }

    /** A failed attempt that will never pass as it is (the hotline refused what we sent): dead at once. */
    public void refused(String reason) {
        state.failed(reason, null, what());
    }

    /** An admin sends a dead one again: due at once, with a fresh deadline. */
    public void retry(Instant now, HotlineRetryPolicy policy) {
        if (stage == ReportStage.RETRACTED) {
            throw new IllegalTransitionException("hotline report", stage, ReportStage.QUEUED);
        }
        state.retry(now, what());
        deadlineAt = policy.deadlineFor(now);
    }

    /** A person cancels it before it was filed (the caller retracted it at the hotline first if it was opened). */
    public void retracted(Instant now, String by) {
        moveTo(ReportStage.RETRACTED);
        retractedAt = now;
        retractedBy = Objects.requireNonNull(by, "Who retracted it is required.");
        if (state.status() == OutboxStatus.PENDING) {
            state.failed(HotlineProblem.RETRACTED.stored("by " + by), null, what());
        }
    }

    private void moveTo(ReportStage target) {
        if (!stage.canMoveTo(target)) {
            throw new IllegalTransitionException("hotline report", stage, target);
        }
        stage = target;
    }

    private void requireStage(ReportStage expected) {
        if (stage != expected) {
            throw new IllegalStateException(what() + " is " + stage + ", not " + expected + ".");
        }
    }

    private String what() {
        return "Hotline report " + id;
    }

    public Optional<SentFile> file(int position) {
        return files.stream().filter(file -> file.position() == position).findFirst();
    }

    public Long id() {
        return id;
    }

    public long recordId() {
        return recordId;
    }

    public long caseId() {
        return caseId;
    }

    public long itemId() {
        return itemId;
    }

    public String hotline() {
        return hotline;
    }

    public ReportStage stage() {
        return stage;
    }

    public boolean escalated() {
        return escalated;
    }

    /** The hotline's report id, once it opened the report. */
    public String externalId() {
        return externalId;
    }

    public List<SentFile> files() {
        return List.copyOf(files);
    }

    public DeliveryState state() {
        return state;
    }

    public Instant deadlineAt() {
        return deadlineAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant retractedAt() {
        return retractedAt;
    }

    public String retractedBy() {
        return retractedBy;
    }
}
