package org.recourse.screening.banks;

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
import java.time.Instant;
import java.util.Objects;

/**
 * One hash one submission carried, and what it found. A hash staff had rejected or disabled is never put back in use
 * by a submission: it is set aside for a supervisor, who reopens the entry's review or keeps it as it is.
 */
@Entity
@Table(name = "submitted_hash")
public class SubmittedHash {

    /** What the submission found. */
    public enum Arrival {
        /** The hash was new: this submission made the entry. */
        NEW,
        /** The hash was already in use (unconfirmed, quarantined or confirmed); nothing changed. */
        KNOWN,
        /** Staff had rejected or disabled the hash: it stays so until a supervisor looks at this submission. */
        SET_ASIDE
    }

    /** What a supervisor did with a set-aside submission. */
    public enum Handling {
        /** Put the entry back in review: enabled, and unconfirmed if it was rejected. */
        REOPENED,
        /** Left the entry as staff had set it. */
        KEPT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    private HashSubmission submission;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_entry_id")
    private BankEntry entry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Arrival arrival;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by", length = 64)
    private String handledBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Handling handling;

    protected SubmittedHash() {
        // for JPA
    }

    SubmittedHash(HashSubmission submission, BankEntry entry, Arrival arrival) {
        this.submission = Objects.requireNonNull(submission, "A submission is required.");
        this.entry = Objects.requireNonNull(entry, "An entry is required.");
        this.arrival = Objects.requireNonNull(arrival, "An arrival is required.");
    }

    /** What a submission of this entry's hash finds: it never changes the entry. */
    static Arrival arrivalAt(BankEntry existing) {
        return existing.isActive() && existing.state() != EntryState.REJECTED ? Arrival.KNOWN : Arrival.SET_ASIDE;
    }

    /** Whether a supervisor has yet to look at it. */
    public boolean awaitsSupervisor() {
        return arrival == Arrival.SET_ASIDE && handledAt == null;
    }

    void handle(Handling how, String supervisor, Instant now) {
        if (!awaitsSupervisor()) {
            throw new IllegalStateException("Submission " + submission.number() + " does not wait for a supervisor.");
        }
        handling = Objects.requireNonNull(how, "How it is handled is required.");
        handledBy = Objects.requireNonNull(supervisor, "Who handles it is required.");
        handledAt = Objects.requireNonNull(now, "A time is required.");
    }

    public Long id() {
        return id;
    }

    public HashSubmission submission() {
        return submission;
    }

    public BankEntry entry() {
        return entry;
    }

    public Arrival arrival() {
        return arrival;
    }

    public Handling handling() {
        return handling;
    }

    public Instant handledAt() {
        return handledAt;
    }
}
