package org.recourse.screening.banks;

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

/**
 * A list of hashes. The portal's own banks, one per purpose, are made by the migrations. A <em>partner bank</em> is a
 * list from outside (an industry hash list, a partner's export), named by a supervisor, with its source and a
 * {@link TrustLevel} that decides what a match on an entry nobody here has reviewed does. A partner bank whose reviewed
 * entries are too often rejected is flagged ({@link RejectionRate}) until its record is good again.
 */
@Entity
@Table(name = "hash_bank")
public class HashBank {

    static final int MAX_NAME = 100;
    static final int MAX_SOURCE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private BankPurpose purpose;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    /** Where a partner bank's list comes from (e.g. "ThreatExchange privacy group 1234"); null for the portal's own. */
    @Column(name = "partner_source", length = MAX_SOURCE)
    private String partnerSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "trust_level", nullable = false, length = 16)
    private TrustLevel trust = TrustLevel.TRUSTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_format", length = 24)
    private ListFormat listFormat;

    @Column(name = "flagged_at")
    private Instant flaggedAt;

    protected HashBank() {
        // for JPA
    }

    /** A new partner bank: a list from {@code source}, holding what {@code purpose} says, trusted or not. */
    static HashBank partner(String name, BankPurpose purpose, String source, TrustLevel trust, String actor,
            Instant now) {
        HashBank bank = new HashBank();
        bank.name = required(name, MAX_NAME, "A name is required.");
        bank.purpose = Objects.requireNonNull(purpose, "What the list holds is required.");
        if (!purpose.partnerMayHold()) {
            throw new IllegalArgumentException("A partner bank cannot be a " + purpose + " bank.");
        }
        bank.partnerSource = required(source, MAX_SOURCE, "Where the list comes from is required.");
        bank.trust = Objects.requireNonNull(trust, "A trust level is required.");
        bank.createdBy = Objects.requireNonNull(actor, "Who creates the bank is required.");
        bank.createdAt = Objects.requireNonNull(now, "A time is required.");
        return bank;
    }

    private static String required(String text, int max, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException("At most " + max + " characters.");
        }
        return stripped;
    }

    /** Whether it is a list from outside, with a trust level, rather than one of the portal's own banks. */
    public boolean isPartner() {
        return partnerSource != null;
    }

    /**
     * What a match on an entry nobody here has reviewed does: for a partner bank, what its trust level says; for the
     * portal's own banks (whose only such entries are survivors' hashes), hold.
     */
    public EntryState.Effect unreviewedEffect() {
        return isPartner() ? trust.unreviewed() : EntryState.Effect.HOLD;
    }

    /** Sets the trust level of a partner bank; returns whether it changed. */
    boolean trust(TrustLevel level) {
        if (!isPartner()) {
            throw new IllegalStateException("Only a partner bank has a trust level.");
        }
        TrustLevel before = trust;
        trust = Objects.requireNonNull(level, "A trust level is required.");
        return before != level;
    }

    /** Remembers the shape its list came in, for feedback to go back in. */
    void importedAs(ListFormat format) {
        listFormat = Objects.requireNonNull(format, "A format is required.");
    }

    /** Flags it (too many rejections); returns whether it was not flagged before. */
    boolean flag(Instant now) {
        if (flaggedAt != null) {
            return false;
        }
        flaggedAt = Objects.requireNonNull(now, "A time is required.");
        return true;
    }

    /** Its record is good again; returns whether it was flagged. */
    boolean unflag() {
        boolean was = flaggedAt != null;
        flaggedAt = null;
        return was;
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

    public String partnerSource() {
        return partnerSource;
    }

    public TrustLevel trust() {
        return trust;
    }

    public ListFormat listFormat() {
        return listFormat;
    }

    public Instant flaggedAt() {
        return flaggedAt;
    }

    public boolean isFlagged() {
        return flaggedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
