package org.recourse.screening.bans;

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
import org.recourse.cases.Category;
import org.recourse.cases.Reviewer;
import org.recourse.cases.StrikePolicy;

/**
 * A platform account that may not upload again: set by the strike policy when an item it uploaded is removed (at once,
 * or at its n-th strike), or by a supervisor's hand with a written reason; lifted only by a supervisor who says why.
 * Its hashed account signals are refused on new accounts too.
 */
@Entity
@Table(name = "uploader_ban")
public class UploaderBan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "uploader_id", nullable = false, length = 200)
    private String uploaderId;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(name = "case_number", length = 20)
    private String caseNumber;

    @Column(name = "banned_at", nullable = false)
    private Instant bannedAt;

    @Column(name = "banned_by", nullable = false, length = 64)
    private String bannedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by", length = 64)
    private String liftedBy;

    @Column(name = "lift_reason", length = 500)
    private String liftReason;

    /** The category whose rule banned, when the policy did; none for a ban by hand. */
    @Enumerated(EnumType.STRING)
    @Column(length = 48)
    private Category category;

    /** The strike that banned, for a strike rule. */
    @Column(name = "strike_number")
    private Integer strikeNumber;

    @Column(name = "window_days")
    private Integer windowDays;

    @Column(name = "by_hand", nullable = false)
    private boolean byHand;

    static final int MIN_REASON = 10;
    private static final int REASON_LENGTH = 200;

    protected UploaderBan() {
        // for JPA
    }

    UploaderBan(String uploaderId, String reason, String caseNumber, String bannedBy, Instant now) {
        this.uploaderId = Objects.requireNonNull(uploaderId, "An uploader is required.");
        this.reason = Objects.requireNonNull(reason, "A reason is required.");
        this.caseNumber = caseNumber;
        this.bannedBy = Objects.requireNonNull(bannedBy, "Who bans is required.");
        this.bannedAt = Objects.requireNonNull(now, "A time is required.");
    }

    /** A ban the strike policy gives for a removal in a case (the reviewer who removed is who bans). */
    static UploaderBan byPolicy(String uploaderId, StrikePolicy.Sanction sanction, String caseNumber, String reviewer,
            Instant now) {
        if (!sanction.ban()) {
            throw new IllegalArgumentException("This removal does not ban: " + sanction);
        }
        UploaderBan ban = new UploaderBan(uploaderId, sanction.ruleApplied() + ": " + sanction.category().code(),
                Objects.requireNonNull(caseNumber, "A case is required."), reviewer, now);
        ban.category = sanction.category();
        if (sanction.strike()) {
            ban.strikeNumber = sanction.strikeNumber();
            ban.windowDays = sanction.rule().windowDays();
        }
        return ban;
    }

    /**
     * A supervisor bans by hand, writing why (from a case, or from the bans page without one).
     *
     * @throws SanctionRefusedException if the reviewer is not a supervisor, or the reason is too short
     */
    static UploaderBan byHand(String uploaderId, String why, String caseNumber, Reviewer supervisor, Instant now) {
        requireSupervisor(supervisor);
        UploaderBan ban = new UploaderBan(uploaderId, writtenReason(why, REASON_LENGTH), caseNumber,
                supervisor.username(), now);
        ban.byHand = true;
        return ban;
    }

    /**
     * A supervisor lifts the ban, writing why.
     *
     * @throws SanctionRefusedException if the reviewer is not a supervisor, or the reason is too short
     */
    void lift(Reviewer supervisor, String why, Instant now) {
        requireSupervisor(supervisor);
        String reason = writtenReason(why, 500);
        liftedAt = now;
        liftedBy = supervisor.username();
        liftReason = reason;
    }

    static void requireSupervisor(Reviewer reviewer) {
        if (reviewer == null || !reviewer.isSupervisor()) {
            throw new SanctionRefusedException("staff.bans.error.supervisorsOnly");
        }
    }

    /** A reason a person wrote: at least ten characters, cut to the column. */
    private static String writtenReason(String why, int max) {
        String reason = why == null ? "" : why.strip();
        if (reason.length() < MIN_REASON) {
            throw new SanctionRefusedException("staff.bans.error.reason");
        }
        return reason.length() > max ? reason.substring(0, max) : reason;
    }

    public boolean isActive() {
        return liftedAt == null;
    }

    public Long id() {
        return id;
    }

    public String uploaderId() {
        return uploaderId;
    }

    public String reason() {
        return reason;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public Instant bannedAt() {
        return bannedAt;
    }

    public String bannedBy() {
        return bannedBy;
    }

    public Instant liftedAt() {
        return liftedAt;
    }

    public String liftedBy() {
        return liftedBy;
    }

    public String liftReason() {
        return liftReason;
    }

    public Category category() {
        return category;
    }

    public Integer strikeNumber() {
        return strikeNumber;
    }

    public Integer windowDays() {
        return windowDays;
    }

    public boolean byHand() {
        return byHand;
    }
}
