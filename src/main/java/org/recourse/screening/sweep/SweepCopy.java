package org.recourse.screening.sweep;

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
import org.recourse.screening.banks.HashType;

/** A copy a sweep hid: the item, the case it went on, the entry that found it, and how (PDQ and its distance, or exact). */
@Entity
@Table(name = "sweep_copy")
public class SweepCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "content_item_id", nullable = false)
    private long itemId;

    @Column(name = "bank_entry_id", nullable = false)
    private long entryId;

    @Column(name = "run_id")
    private Long runId;

    @Enumerated(EnumType.STRING)
    @Column(name = "hash_type", nullable = false, length = 8)
    private HashType hashType;

    @Column(nullable = false)
    private int distance;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    protected SweepCopy() {
        // for JPA
    }

    SweepCopy(long caseId, CopyFinder.Found found, Long runId, Instant foundAt) {
        this.caseId = caseId;
        this.itemId = found.item().id();
        this.entryId = found.entry().id();
        this.runId = runId;
        this.hashType = Objects.requireNonNull(found.hashType(), "How it matched is required.");
        this.distance = found.distance();
        this.foundAt = Objects.requireNonNull(foundAt, "A time is required.");
    }

    public long itemId() {
        return itemId;
    }

    public long entryId() {
        return entryId;
    }

    public HashType hashType() {
        return hashType;
    }

    public int distance() {
        return distance;
    }
}
