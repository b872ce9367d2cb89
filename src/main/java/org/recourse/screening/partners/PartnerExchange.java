package org.recourse.screening.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One accepted file: exported to a partner or imported from one, with its id, time and count of signals. */
@Entity
@Table(name = "partner_exchange")
public class PartnerExchange {

    /** Which way the file went. */
    public enum Way {
        EXPORT, IMPORT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private Long partnershipId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Way direction;

    @Column(name = "file_id", nullable = false, length = 64)
    private String fileId;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(nullable = false)
    private int signals;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    @Column(name = "done_by", nullable = false, length = 64)
    private String doneBy;

    protected PartnerExchange() {
        // for JPA
    }

    PartnerExchange(long partnershipId, Way direction, String fileId, Instant generatedAt, int signals,
            String doneBy, Instant now) {
        this.partnershipId = partnershipId;
        this.direction = Objects.requireNonNull(direction);
        this.fileId = Objects.requireNonNull(fileId);
        this.generatedAt = Objects.requireNonNull(generatedAt);
        this.signals = signals;
        this.doneBy = Objects.requireNonNull(doneBy);
        this.doneAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public Long partnershipId() {
        return partnershipId;
    }

    public Way direction() {
        return direction;
    }

    public String fileId() {
        return fileId;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public int signals() {
        return signals;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String doneBy() {
        return doneBy;
    }
}
