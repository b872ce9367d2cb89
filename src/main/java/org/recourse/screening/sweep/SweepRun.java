package org.recourse.screening.sweep;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.recourse.platform.domain.IllegalTransitionException;

/**
 * One sweep: the bank entries with ids from {@code firstEntryId} to {@code lastEntryId} (of one bank, or of all),
 * searched against registered content batch after batch. Its position (the last entry id done) and its counts are
 * stored with each batch, in the batch's transaction, so a page reload shows them and a restarted node resumes from
 * there; a batch that fails leaves both as they were.
 */
@Entity
@Table(name = "sweep_run")
public class SweepRun {

    /** Who asked for it: entries entering a bank, or a supervisor. */
    public enum Trigger {
        AUTOMATIC, ON_DEMAND
    }

    /** Queued until a node takes its first batch, running until its last entry is done. */
    public enum Status {
        QUEUED, RUNNING, DONE;

        Set<Status> allowedNext() {
            return switch (this) {
                case QUEUED -> EnumSet.of(RUNNING, DONE);
                case RUNNING -> EnumSet.of(DONE);
                case DONE -> EnumSet.noneOf(Status.class);
            };
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 16)
    private Trigger trigger;

    /** The bank swept, or null for every bank. */
    @Column(name = "bank_id")
    private Long bankId;

    @Column(name = "first_entry_id", nullable = false)
    private long firstEntryId;

    @Column(name = "last_entry_id", nullable = false)
    private long lastEntryId;

    @Column(nullable = false)
    private long position;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int checked;

    @Column(nullable = false)
    private int matched;

    @Column(name = "cases_opened", nullable = false)
    private int casesOpened;

    /** Entries left unchecked because their batch kept failing. */
    @Column(nullable = false)
    private int skipped;

    /** Failures of the current batch in a row, and the last one's kind. */
    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure", length = 200)
    private String lastFailure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected SweepRun() {
        // for JPA
    }

    private SweepRun(Trigger trigger, Long bankId, long firstEntryId, long lastEntryId, int total, String requestedBy,
            Instant now) {
        if (firstEntryId > lastEntryId + 1 || total < 0) {
            throw new IllegalArgumentException("A sweep runs over entries " + firstEntryId + " to " + lastEntryId
                    + ", " + total + " of them.");
        }
        this.trigger = Objects.requireNonNull(trigger, "A trigger is required.");
        this.bankId = bankId;
        this.firstEntryId = firstEntryId;
        this.lastEntryId = lastEntryId;
        this.position = firstEntryId - 1;
        this.total = total;
        this.requestedBy = Objects.requireNonNull(requestedBy, "Who asked is required.");
        this.requestedAt = Objects.requireNonNull(now, "A time is required.");
        this.status = Status.QUEUED;
    }

    /** The sweep of an entry that just entered a bank; entries added after it in the same transaction join it. */
    static SweepRun automatic(long bankId, long entryId, Instant now) {
        return new SweepRun(Trigger.AUTOMATIC, bankId, entryId, entryId, 1, "system", now);
    }

    /** A supervisor's sweep of one bank (or of all, {@code bankId} null) up to the last entry there is now. */
    static SweepRun onDemand(Long bankId, long lastEntryId, int total, String supervisor, Instant now) {
        return new SweepRun(Trigger.ON_DEMAND, bankId, 1, lastEntryId, total, supervisor, now);
    }

    /** Another entry of the same bank, added later in the transaction that made this sweep. */
    void extendTo(long entryId) {
        if (status != Status.QUEUED) {
            throw new IllegalTransitionException("sweep", status, Status.QUEUED);
        }
        if (entryId > lastEntryId) {
            lastEntryId = entryId;
        }
        total++;
    }

    /** A node takes its first batch: the sweep runs from now (the time left is reckoned from here). */
    void begin(Instant now) {
        if (status == Status.QUEUED) {
            move(Status.RUNNING);
            startedAt = now;
        }
    }

    /**
     * One batch done: {@code entries} checked up to entry {@code upTo}, {@code copies} hidden and {@code cases}
     * opened; the sweep is done once it has reached its last entry or found nothing more ({@code exhausted}).
     */
    void advance(int entries, long upTo, int copies, int cases, boolean exhausted, Instant now) {
        begin(now);
        failures = 0;
        if (status != Status.RUNNING) {
            throw new IllegalTransitionException("sweep", status, Status.RUNNING);
        }
        if (upTo < position) {
            throw new IllegalArgumentException("A sweep goes forward: at " + position + ", not back to " + upTo + ".");
        }
        position = upTo;
        checked = Math.min(total, checked + entries);
        matched += copies;
        casesOpened += cases;
        if (exhausted || position >= lastEntryId) {
            checked = total;
            move(Status.DONE);
            finishedAt = now;
        }
    }

    /**
     * The next batch failed ({@code what}: the kind of failure, never data). Returns whether it has now failed
     * {@code tries} times in a row, and so is to be skipped.
     */
    boolean failed(String what, int tries) {
        failures++;
        lastFailure = what == null ? null : what.length() <= 200 ? what : what.substring(0, 200);
        return failures >= tries;
    }

    /** The batch of {@code entries} up to entry {@code upTo} kept failing: the sweep goes on after it, and says so. */
    void skip(int entries, long upTo, boolean exhausted, Instant now) {
        int before = checked;
        advance(entries, upTo, 0, 0, exhausted, now);
        skipped += checked - before;
    }

    private void move(Status next) {
        if (!status.allowedNext().contains(next)) {
            throw new IllegalTransitionException("sweep", status, next);
        }
        status = next;
    }

    /** How long the rest should take at the pace so far; empty before the first batch or once done. */
    public Optional<Duration> timeLeft(Instant now) {
        if (status != Status.RUNNING || startedAt == null || checked == 0) {
            return Optional.empty();
        }
        Duration elapsed = Duration.between(startedAt, now);
        return Optional.of(elapsed.multipliedBy(total - checked).dividedBy(checked));
    }

    /** How long it took, once done. */
    public Optional<Duration> duration() {
        return finishedAt == null ? Optional.empty()
                : Optional.of(Duration.between(startedAt == null ? requestedAt : startedAt, finishedAt));
    }

    /** Percent checked (0 to 100). */
    public int percent() {
        return total == 0 ? (status == Status.DONE ? 100 : 0) : (int) (100L * checked / total);
    }

    public Long id() {
        return id;
    }

    public Trigger trigger() {
        return trigger;
    }

    public Long bankId() {
        return bankId;
    }

    public long firstEntryId() {
        return firstEntryId;
    }

    public long lastEntryId() {
        return lastEntryId;
    }

    public long position() {
        return position;
    }

    public int total() {
        return total;
    }

    public int checked() {
        return checked;
    }

    public int matched() {
        return matched;
    }

    public int casesOpened() {
        return casesOpened;
    }

    public int skipped() {
        return skipped;
    }

    public String lastFailure() {
        return lastFailure;
    }

    public Status status() {
        return status;
    }

    public boolean done() {
        return status == Status.DONE;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
