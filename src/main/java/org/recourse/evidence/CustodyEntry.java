package org.recourse.evidence;

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

/** One link of a record's chain of custody: who did what to it, when, and in a few words why or to whom. */
@Entity
@Table(name = "evidence_custody")
public class CustodyEntry {

    /** The most the details may say. */
    public static final int MAX_DETAILS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CustodyAction action;

    @Column(length = MAX_DETAILS)
    private String details;

    protected CustodyEntry() {
        // for JPA
    }

    public CustodyEntry(long recordId, Instant at, String actor, CustodyAction action, String details) {
        this.recordId = recordId;
        this.at = Objects.requireNonNull(at, "A time is required.");
        this.actor = Objects.requireNonNull(actor, "An actor is required.");
        this.action = Objects.requireNonNull(action, "An action is required.");
        this.details = details == null || details.length() <= MAX_DETAILS ? details
                : details.substring(0, MAX_DETAILS);
    }

    public Long id() {
        return id;
    }

    public long recordId() {
        return recordId;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public CustodyAction action() {
        return action;
    }

    public String details() {
        return details;
    }
}
