package org.recourse.dsa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recourse.platform.outbox.Backoff;
import org.recourse.platform.outbox.DeliveryState;
import org.recourse.platform.outbox.OutboxStatus;

/**
 * One statement version on its way to the transparency database: queued with the JSON exactly as it will leave
 * (checked), claimed by the job within a batch, then accepted (with the database's uuid), failed and due again after
 * a growing wait (for as long as it takes: the law wants every statement there), or dead when the database refused
 * what we sent or our token, for an admin to look at. A statement the personal-data check refused is dead from the
 * start and keeps no payload.
 */
@Entity
@Table(name = "dsa_submission")
public class DsaSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "statement_id", nullable = false)
    private long statementId;

    @Column(name = "statement_version", nullable = false)
    private int statementVersion;

    @Column(nullable = false, unique = true, length = 64)
    private String puid;

    @Column(length = 12000)
    private String payload;

    @Column(nullable = false)
    private boolean refused;

    @Embedded
    private DeliveryState state;

    @Column(name = "database_uuid", length = 64)
    private String databaseUuid;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DsaSubmission() {
        // for JPA
    }

    private DsaSubmission(long statementId, int statementVersion, String puid, Instant now) {
        this.statementId = statementId;
        this.statementVersion = statementVersion;
        this.puid = Objects.requireNonNull(puid, "The puid is required.");
        this.createdAt = Objects.requireNonNull(now, "A time is required.");
        this.state = DeliveryState.dueFrom(now);
    }

    /** A checked statement, due at once. */
    public static DsaSubmission queued(long statementId, int statementVersion, String puid, String payload,
            Instant now) {
        DsaSubmission submission = new DsaSubmission(statementId, statementVersion, puid, now);
        if (payload == null || payload.isBlank() || payload.length() > 12000) {
            throw new IllegalArgumentException("A payload of 1 to 12000 characters is required.");
        }
        submission.payload = payload;
        return submission;
    }

    /** A statement the personal-data check refused: dead at once, without its payload, the findings as the reason. */
    public static DsaSubmission refused(long statementId, int statementVersion, String puid,
            List<PersonalDataCheck.Finding> findings, Instant now) {
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("A refusal names what was found.");
        }
        DsaSubmission submission = new DsaSubmission(statementId, statementVersion, puid, now);
        submission.refused = true;
        submission.state.failed("personal data check: " + findings, null, submission.what());
        return submission;
    }

    public void claim(Instant now, Duration claimFor) {
        state.claim(now, claimFor, what());
    }

    /** The database answered 201 with this uuid for our puid. */
    public void accepted(Instant now, String uuid) {
        state.sent(now, what());
        databaseUuid = uuid;
    }

    /** A failure that may pass (the database down, a timeout, 5XX): due again after the backoff, never given up. */
    public void failed(Instant now, String reason, Backoff backoff) {
        state.failed(reason, now.plus(backoff.delayAfter(Math.max(1, state.attempts()))), what());
    }

    /** The database refused this statement or our token: dead, for an admin. */
    public void rejected(String reason) {
        state.failed(reason, null, what());
    }

    /**
     * Another statement in the batch was refused, so none was created (the batch is all or nothing): this one is due
     * again at once, in the next batch.
     */
    public void putBack(Instant now) {
        state.failed("sent again: another statement of its batch was refused", now, what());
    }

    /** An admin sends a dead one again; a refused statement cannot be: it has no payload to send. */
    public void retry(Instant now) {
        if (refused) {
            throw new IllegalStateException("A statement the personal-data check refused cannot be sent again.");
        }
        state.retry(now, what());
    }

    private String what() {
        return "DSA submission of statement " + statementId + " version " + statementVersion;
    }

    public Long id() {
        return id;
    }

    public long statementId() {
        return statementId;
    }

    public int statementVersion() {
        return statementVersion;
    }

    public String puid() {
        return puid;
    }

    public Optional<String> payload() {
        return Optional.ofNullable(payload);
    }

    public boolean isRefused() {
        return refused;
    }

    public DeliveryState state() {
        return state;
    }

    public OutboxStatus status() {
        return state.status();
    }

    public Optional<String> databaseUuid() {
        return Optional.ofNullable(databaseUuid);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
