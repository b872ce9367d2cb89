package org.recourse.screening.banks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * One upload an entry awaiting review held, and the case item it was reported as, if it was. The flood guard counts
 * these per entry and hour, and a decision on the case item settles the entries that held it.
 */
@Entity
@Table(name = "bank_entry_hold")
public class EntryHold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_entry_id")
    private BankEntry entry;

    @Column(name = "held_at", nullable = false)
    private Instant heldAt;

    @Column(name = "case_item_id")
    private Long caseItemId;

    protected EntryHold() {
        // for JPA
    }

    public EntryHold(BankEntry entry, Instant heldAt, Long caseItemId) {
        this.entry = Objects.requireNonNull(entry, "An entry is required.");
        this.heldAt = Objects.requireNonNull(heldAt, "A time is required.");
        this.caseItemId = caseItemId;
    }

    /** The upload was reported as this case item. */
    public void reportedAs(long caseItemId) {
        this.caseItemId = caseItemId;
    }

    public BankEntry entry() {
        return entry;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public Long caseItemId() {
        return caseItemId;
    }
}
