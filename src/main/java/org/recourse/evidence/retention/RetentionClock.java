package org.recourse.evidence.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.recourse.evidence.RecordReported;

/**
 * One jurisdiction's retention clock on one record, started by the event its law names (a hotline report, a police
 * notification), with the purge date the period in force then gave. Never changed; a second event adds a clock.
 */
@Entity
@Table(name = "retention_clock")
public class RetentionClock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Jurisdiction jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private RecordReported.Kind event;

    /** Who received the record ({@code ncmec}, {@code police-ca}...), as the sender named them. */
    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "purge_after", nullable = false)
    private Instant purgeAfter;

    protected RetentionClock() {
        // for JPA
    }

    /** The clock a reporting starts for a jurisdiction whose law it triggers. */
    static RetentionClock start(RecordReported reported, Jurisdiction jurisdiction, RetentionPolicy policy) {
        if (reported.kind() != jurisdiction.startedBy()) {
            throw new IllegalArgumentException(reported.kind() + " does not start the " + jurisdiction + " clock.");
        }
        RetentionClock clock = new RetentionClock();
        clock.recordId = reported.recordId();
        clock.jurisdiction = jurisdiction;
        clock.event = reported.kind();
        String recipient = Objects.requireNonNull(reported.recipient(), "A recipient is required.").strip();
        clock.recipient = recipient.length() > 64 ? recipient.substring(0, 64) : recipient;
        clock.startedAt = Objects.requireNonNull(reported.at(), "A time is required.");
        clock.purgeAfter = policy.purgeAfter(jurisdiction, reported.at());
        return clock;
    }

    public StartedClock started() {
        return new StartedClock(jurisdiction, startedAt, purgeAfter);
    }

    public Long id() {
        return id;
    }

    public long recordId() {
        return recordId;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public RecordReported.Kind event() {
        return event;
    }

    public String recipient() {
        return recipient;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant purgeAfter() {
        return purgeAfter;
    }
}
