package org.recourse.screening.bans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A platform account that may not upload again: set when an item it uploaded is removed as a sexual image of a
 * child, lifted only by a supervisor who says why. Its hashed account signals are refused on new accounts too.
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

    void lift(String supervisor, String why, Instant now) {
        if (why == null || why.strip().length() < 10) {
            throw new IllegalArgumentException("staff.bans.error.reason");
        }
        liftedAt = now;
        liftedBy = supervisor;
        liftReason = why.strip().length() > 500 ? why.strip().substring(0, 500) : why.strip();
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
}
