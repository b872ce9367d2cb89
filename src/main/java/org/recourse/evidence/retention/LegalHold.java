package org.recourse.evidence.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.recourse.platform.validation.FieldProblem;

/**
 * A legal hold on an evidence record: while it is active the record is never purged, whatever its clocks say. Placed
 * by a LEGAL user with a reason, a requester and a review date; reviewed (a new date) and released (with a reason) by a
 * LEGAL user. Several holds may hold one record; each is released on its own. A reminder goes out once per review date.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(nullable = false, length = HoldRequest.MAX_REASON)
    private String reason;

    @Column(nullable = false, length = HoldRequest.MAX_REQUESTER)
    private String requester;

    @Column(name = "requester_reference", length = HoldRequest.MAX_REFERENCE)
    private String requesterReference;

    @Column(name = "placed_by", nullable = false, length = 64)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    /** The review date the last reminder was sent for: one reminder per date. */
    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by", length = 64)
    private String releasedBy;

    @Column(name = "release_reason", length = HoldRequest.MAX_REASON)
    private String releaseReason;

    @Version
    private int version;

    protected LegalHold() {
        // for JPA
    }

    /**
     * A LEGAL user places a hold on a record.
     *
     * @throws HoldRefusedException if the actor is not LEGAL, or any field is wrong (all named at once)
     */
    public static LegalHold place(long recordId, HoldRequest request, LegalActor actor, Instant now) {
        actor.requireLegal();
        List<FieldProblem> problems = request.problems(today(now));
        if (!problems.isEmpty()) {
            throw new HoldRefusedException(problems);
        }
        LegalHold hold = new LegalHold();
        hold.recordId = recordId;
        hold.reason = request.reason();
        hold.requester = request.requester();
        hold.requesterReference = request.requesterReference().isEmpty() ? null : request.requesterReference();
        hold.placedBy = actor.username();
        hold.placedAt = Objects.requireNonNull(now, "A time is required.");
        hold.reviewOn = request.reviewOn();
        return hold;
    }

    /**
     * A LEGAL user releases the hold, saying why. The record's clocks apply again: the next purge may shred it.
     *
     * @throws HoldRefusedException if the actor is not LEGAL, the hold is released already, or the reason is wrong
     */
    public void release(LegalActor actor, String why, Instant now) {
        actor.requireLegal();
        requireActive();
        List<FieldProblem> problems = HoldRequest.reasonProblems("releaseReason", why);
        if (!problems.isEmpty()) {
            throw new HoldRefusedException(problems);
        }
        releasedAt = now;
        releasedBy = actor.username();
        releaseReason = HoldRequest.strip(why);
    }

    /**
     * A LEGAL user reviewed the hold and keeps it until a new review date (which gets its own reminder).
     *
     * @throws HoldRefusedException if the actor is not LEGAL, the hold is released, or the date is wrong
     */
    public void reviewAgainOn(LocalDate date, LegalActor actor, Instant now) {
        actor.requireLegal();
        requireActive();
        List<FieldProblem> problems = HoldRequest.reviewDateProblems(date, today(now));
        if (!problems.isEmpty()) {
            throw new HoldRefusedException(problems);
        }
        reviewOn = date;
    }

    private void requireActive() {
        if (!isActive()) {
            throw new HoldRefusedException("evidence.holds.error.released");
        }
    }

    /** Whether a reminder of the review is due now: active, not reminded of this date, and within {@code before}. */
    public boolean reminderDue(Instant now, Period before) {
        return isActive() && !reviewOn.equals(remindedFor)
                && !now.isBefore(reviewOn.atStartOfDay(ZoneOffset.UTC).minus(before).toInstant());
    }

    /** The reminder of the current review date was queued. */
    public void reminded() {
        remindedFor = reviewOn;
    }

    /** Whether its review date has passed with no new one set. */
    public boolean overdue(Instant now) {
        return isActive() && reviewOn.isBefore(today(now));
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    public boolean isActive() {
        return releasedAt == null;
    }

    public Long id() {
        return id;
    }

    public long recordId() {
        return recordId;
    }

    public String reason() {
        return reason;
    }

    public String requester() {
        return requester;
    }

    public String requesterReference() {
        return requesterReference;
    }

    public String placedBy() {
        return placedBy;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    public LocalDate remindedFor() {
        return remindedFor;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public String releasedBy() {
        return releasedBy;
    }

    public String releaseReason() {
        return releaseReason;
    }
}
