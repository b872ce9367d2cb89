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
import java.util.Optional;
import org.recourse.matching.hash.PdqHash;
import org.recourse.platform.domain.IllegalTransitionException;

/**
 * One hash in a bank, with where it came from (a case, an import, a survivor) and who added it. Entries are never
 * deleted, only disabled, so the audit trail of what was matched against stays whole.
 *
 * <p>Two things decide what a match does: whether staff disabled the entry (a disabled entry never matches, and only a
 * person enables it again) and its review {@link EntryState}. Staff's entries are confirmed from the start; a survivor's
 * hash, and a partner bank's entry, start unconfirmed, may be quarantined by the flood guard, and are confirmed or
 * rejected by the decision on an upload they caught. While unconfirmed, a survivor's hash holds, and a partner's entry
 * does what its bank's {@link TrustLevel} says (hold, or block). The survivor's reference is never stored here: a survivor's entry names its
 * submission by id ({@link HashSubmission#number}), which may be shown to staff and the platform.
 */
@Entity
@Table(name = "bank_entry")
public class BankEntry {

    static final int MAX_LABEL = 200;
    static final int MAX_SOURCE = 200;
    static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_id")
    private HashBank bank;

    @Enumerated(EnumType.STRING)
    @Column(name = "hash_type", nullable = false, length = 8)
    private HashType hashType;

    @Column(name = "hash_value", nullable = false, length = 64)
    private String hashValue;

    @Column(length = MAX_LABEL)
    private String label;

    @Column(nullable = false, length = MAX_SOURCE)
    private String source;

    /** The case whose removal banked this hash (C-000123), if one did. */
    @Column(name = "case_reference", length = 20)
    private String originalCase;

    /** The survivor's submission that first brought this hash, if one did. */
    @Column(name = "submission_id")
    private Long submissionId;

    /** The partner's own id for it (a ThreatExchange descriptor id), for feedback to name it; null if none. */
    @Column(name = "source_ref", length = 100)
    private String sourceRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_state", nullable = false, length = 16)
    private EntryState state;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    /** The case whose decision confirmed or rejected the entry. */
    @Column(name = "review_case", length = 20)
    private String reviewCase;

    /** Why it was rejected (the decision's reason code) and the reviewer's own words. */
    @Column(name = "review_reason", length = 48)
    private String reviewReason;

    @Column(name = "review_note", length = MAX_NOTE)
    private String reviewNote;

    @Column(name = "quarantined_at")
    private Instant quarantinedAt;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "disabled_by", length = 64)
    private String disabledBy;

    protected BankEntry() {
        // for JPA
    }

    /** An entry staff put in (a removal of case {@code originalCase}, an import, by hand): confirmed. */
    BankEntry(HashBank bank, HashType type, String value, String label, String source, String originalCase,
            String addedBy, Instant now) {
        this.bank = Objects.requireNonNull(bank, "A bank is required.");
        this.hashType = Objects.requireNonNull(type, "A hash type is required.");
        this.hashValue = type.canonical(value).orElseThrow(() -> new IllegalArgumentException("Not a " + type.code()
                + " hash."));
        this.label = shorten(label, MAX_LABEL);
        this.source = Objects.requireNonNull(shorten(source, MAX_SOURCE), "A source is required.");
        this.originalCase = originalCase;
        this.addedBy = Objects.requireNonNull(addedBy, "Who adds the entry is required.");
        this.addedAt = Objects.requireNonNull(now, "A time is required.");
        this.state = EntryState.CONFIRMED;
    }

    /** A hash a survivor submitted: unconfirmed until a reviewer decides on an upload it caught. */
    static BankEntry submitted(HashBank bank, HashType type, String value, long submissionId, Instant now) {
        BankEntry entry = new BankEntry(bank, type, value, null, "submitted by a survivor", null, "survivor", now);
        entry.submissionId = submissionId;
        entry.state = EntryState.UNCONFIRMED;
        return entry;
    }

    /**
     * An entry of a partner's list: unconfirmed until a reviewer decides on an upload it caught; meanwhile a match does
     * what the bank's trust level says.
     */
    static BankEntry fromPartner(HashBank bank, HashType type, String value, String label, String source,
            String sourceRef, String addedBy, Instant now) {
        if (!bank.isPartner()) {
            throw new IllegalArgumentException("Only a partner bank's entries await the portal's review.");
        }
        BankEntry entry = new BankEntry(bank, type, value, label, source, null, addedBy, now);
        entry.sourceRef = shorten(sourceRef, 100);
        entry.state = EntryState.UNCONFIRMED;
        return entry;
    }

    private static String shorten(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    boolean disable(String actor, Instant now) {
        if (disabledAt != null) {
            return false;
        }
        disabledAt = now;
        disabledBy = actor;
        return true;
    }

    /** A reviewer removed or referred an upload it caught, on this case. */
    void confirm(String reviewer, String caseNumber, Instant now) {
        move(EntryState.CONFIRMED);
        reviewed(reviewer, caseNumber, now);
    }

    /** A reviewer restored an upload it caught, on this case, for this reason (a reason code) and with these words. */
    void reject(String reviewer, String caseNumber, String reason, String note, Instant now) {
        move(EntryState.REJECTED);
        reviewed(reviewer, caseNumber, now);
        reviewReason = Objects.requireNonNull(reason, "Why it was rejected is required.");
        reviewNote = shorten(note, MAX_NOTE);
    }

    /** Too many uploads matched it within an hour: it goes on holding, without opening cases. */
    public void quarantine(Instant now) {
        move(EntryState.QUARANTINED);
        quarantinedAt = Objects.requireNonNull(now, "A time is required.");
    }

    /** A supervisor puts a rejected hash back in review, because it was submitted again. */
    void reopen(String supervisor, Instant now) {
        move(EntryState.UNCONFIRMED);
        reviewed(supervisor, null, now);
        reviewReason = null;
        reviewNote = null;
    }

    private void move(EntryState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalTransitionException("bank entry", state, next);
        }
        state = next;
    }

    private void reviewed(String actor, String caseNumber, Instant now) {
        reviewedBy = Objects.requireNonNull(actor, "Who reviews it is required.");
        reviewedAt = Objects.requireNonNull(now, "A time is required.");
        reviewCase = caseNumber;
    }

    /**
     * What a match with it does now: nothing while disabled; while nobody here has reviewed it, what its bank says
     * ({@link HashBank#unreviewedEffect()}: a survivor's hash holds, a partner's entry holds or blocks by the bank's
     * trust level); else what its review state says.
     */
    public EntryState.Effect effect() {
        if (!isActive()) {
            return EntryState.Effect.NONE;
        }
        return state == EntryState.UNCONFIRMED ? bank.unreviewedEffect() : state.effect();
    }

    /**
     * Whether PDQ matching must know it (the nodes' indexes hold only entries that can match). A bank's trust level
     * decides between holding and blocking, never whether an entry matches, so the bank is not asked.
     */
    public boolean screens() {
        return isActive() && state.effect() != EntryState.Effect.NONE;
    }

    boolean enable() {
        if (disabledAt == null) {
            return false;
        }
        disabledAt = null;
        disabledBy = null;
        return true;
    }

    public boolean isActive() {
        return disabledAt == null;
    }

    public Long id() {
        return id;
    }

    public HashBank bank() {
        return bank;
    }

    public HashType hashType() {
        return hashType;
    }

    /** The hash in lower-case hex, whatever its type ({@link #hashType()}). */
    public String hashValue() {
        return hashValue;
    }

    /**
     * The PDQ hash, for a PDQ entry. The column holds SHA-256, MD5 and PDQ values alike (the hash type says which), so
     * the value is typed here rather than by a converter, which would not see the type.
     */
    public Optional<PdqHash> pdq() {
        return hashType == HashType.PDQ ? Optional.of(PdqHash.fromHex(hashValue)) : Optional.empty();
    }

    /** The partner's own id for it, or null. */
    public String sourceRef() {
        return sourceRef;
    }

    public String label() {
        return label;
    }

    public String source() {
        return source;
    }

    /** The case whose removal banked it (C-000123), or null. */
    public String originalCase() {
        return originalCase;
    }

    /** The survivor's submission that brought it, as staff and the platform may see it (S-000042), or null. */
    public String submissionNumber() {
        return submissionId == null ? null : HashSubmission.number(submissionId);
    }

    public Long submissionId() {
        return submissionId;
    }

    public EntryState state() {
        return state;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String reviewCase() {
        return reviewCase;
    }

    public String reviewReason() {
        return reviewReason;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public Instant quarantinedAt() {
        return quarantinedAt;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant disabledAt() {
        return disabledAt;
    }
}
