package org.recourse.screening.sweep;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The case the copies of one {@link SweepSource} were put on; copies the same source finds later join it while open. */
@Entity
@Table(name = "sweep_case")
public class SweepCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_key", nullable = false, length = 48)
    private String sourceKey;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "source_case_id")
    private Long sourceCaseId;

    @Column(name = "submission_id")
    private Long submissionId;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected SweepCase() {
        // for JPA
    }

    SweepCase(SweepSource source, long caseId, Long runId, Instant openedAt) {
        this.sourceKey = source.key();
        this.caseId = caseId;
        this.sourceCaseId = source.sourceCaseId();
        this.submissionId = source.submissionId();
        this.runId = runId;
        this.openedAt = Objects.requireNonNull(openedAt, "A time is required.");
    }

    public long caseId() {
        return caseId;
    }

    public Long sourceCaseId() {
        return sourceCaseId;
    }

    public Long submissionId() {
        return submissionId;
    }

    public Long runId() {
        return runId;
    }
}
