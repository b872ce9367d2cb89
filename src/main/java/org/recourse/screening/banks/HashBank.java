package org.recourse.screening.banks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A list of hashes kept for one purpose (the migration makes one bank per purpose). */
@Entity
@Table(name = "hash_bank")
public class HashBank {

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private BankPurpose purpose;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected HashBank() {
        // for JPA
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public BankPurpose purpose() {
        return purpose;
    }
}
