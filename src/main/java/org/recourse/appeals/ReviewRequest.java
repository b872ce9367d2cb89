package org.recourse.appeals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.recourse.cases.Reviewer;
import org.recourse.intake.Report;

/**
 * A reporter's one request for a second look (DSA art. 20 also covers notifiers), made from the status page when the
 * outcome was "no action" or "restored". Once per report (the database says so too); answered once, by a supervisor:
 * the decision {@link Answer#STANDS}, or the content is {@link Answer#TAKEN_DOWN}.
 */
@Entity
@Table(name = "review_request")
public class ReviewRequest {

    /** The supervisor's answer. */
    public enum Answer {
        /** Asked, not yet answered. */
        WAITING,
        /** A supervisor looked again: the decision stands. */
        STANDS,
        /** A supervisor looked again: the content was taken down. */
        TAKEN_DOWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", unique = true)
    private Report report;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Answer status;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answer_note", length = 2000)
    private String answerNote;

    protected ReviewRequest() {
        // for JPA
    }

    public ReviewRequest(Report report, Instant now, Duration sla) {
        this.report = Objects.requireNonNull(report);
        this.caseId = report.caseFile().id();
        this.requestedAt = Objects.requireNonNull(now);
        this.dueAt = now.plus(sla);
        this.status = Answer.WAITING;
    }

    /**
     * A supervisor's answer, once.
     *
     * @throws AppealRefusedException {@link AppealRefusal#ALREADY_DECIDED} or {@link
     *     AppealRefusal#RESTORE_NEEDS_SUPERVISOR} (a supervisor's review is what was asked for)
     */
    public void answer(Answer answer, Reviewer supervisor, String note, Instant now) {
        if (status != Answer.WAITING || answer == Answer.WAITING) {
            throw new AppealRefusedException(AppealRefusal.ALREADY_DECIDED);
        }
        if (!supervisor.isSupervisor()) {
            throw new AppealRefusedException(AppealRefusal.RESTORE_NEEDS_SUPERVISOR);
        }
        this.status = answer;
        this.answeredBy = supervisor.username();
        this.answeredAt = now;
        this.answerNote = note == null || note.isBlank() ? null : note.strip();
    }

    public Long id() {
        return id;
    }

    public Report report() {
        return report;
    }

    public Long caseId() {
        return caseId;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Answer status() {
        return status;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
