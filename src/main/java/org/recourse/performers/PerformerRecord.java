package org.recourse.performers;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.recourse.platform.domain.IllegalTransitionException;

/**
 * The platform's record of one person shown in its adult content. Lifecycle: {@link #register registered} in force
 * with a verification and a consent, never edited (a new verification or consent is a new record, so what a past
 * upload rested on stays as it was); content is {@link #link linked} to it; then {@link #withdraw withdrawn} once,
 * for good. While in force, its consent covers the days it says. The withdrawal reference is kept only as a hash.
 */
@Entity
@Table(name = "performer_record")
public class PerformerRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "record_id", nullable = false, unique = true, length = PerformerRules.MAX_RECORD_ID)
    private String recordId;

    @Column(name = "withdrawal_ref_hash", nullable = false, unique = true, length = 64)
    private String withdrawalRefHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_method", nullable = false, length = 32)
    private VerificationMethod verificationMethod;

    @Column(name = "verified_on", nullable = false)
    private LocalDate verifiedOn;

    @Column(name = "verified_by", nullable = false, length = PerformerRules.MAX_VERIFIED_BY)
    private String verifiedBy;

    @Column(name = "consent_scope", nullable = false, length = 4200)
    private String consentScope;

    @Column(name = "consent_given_on", nullable = false)
    private LocalDate consentGivenOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_form", nullable = false, length = 32)
    private ConsentForm consentForm;

    @Column(name = "consent_until")
    private LocalDate consentUntil;

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RecordStatus status;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawn_via", length = 16)
    private WithdrawalChannel withdrawnVia;

    @Column(name = "withdrawal_report", length = 16)
    private String withdrawalReport;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "performer_content", joinColumns = @JoinColumn(name = "performer_record_id"))
    @Column(name = "platform_content_id", nullable = false, length = 200)
    private Set<String> content = new LinkedHashSet<>();

    protected PerformerRecord() {
    }

    private PerformerRecord(PerformerRegistration registration, WithdrawalReference reference, String by,
            Instant now) {
        this.recordId = registration.recordId();
        this.withdrawalRefHash = reference.hash();
        this.verificationMethod = registration.verification().method();
        this.verifiedOn = registration.verification().on();
        this.verifiedBy = registration.verification().by();
        this.consentScope = PerformerRules.joinScope(registration.consent().scope());
        this.consentGivenOn = registration.consent().givenOn();
        this.consentForm = registration.consent().form();
        this.consentUntil = registration.consent().until();
        this.registeredBy = by;
        this.registeredAt = now;
        this.status = RecordStatus.IN_FORCE;
        link(registration.content());
    }

    /** A new record in force, under a withdrawal reference the caller hands to the platform once. */
    public static PerformerRecord register(PerformerRegistration registration, WithdrawalReference reference,
            String by, Instant now) {
        Objects.requireNonNull(reference, "A withdrawal reference is required.");
        Objects.requireNonNull(by, "Who registered is required.");
        return new PerformerRecord(Objects.requireNonNull(registration, "A registration is required."), reference, by,
                now);
    }

    /**
     * Links content showing this person; ids linked already are left as they are. Returns the ids new to the record.
     *
     * @throws IllegalArgumentException if the record would then cover more than {@value PerformerRules#MAX_CONTENT_PER_RECORD} items
     */
    public List<String> link(Collection<String> platformContentIds) {
        List<String> added = platformContentIds.stream().distinct().filter(id -> !content.contains(id)).toList();
        if (content.size() + added.size() > PerformerRules.MAX_CONTENT_PER_RECORD) {
            throw new IllegalArgumentException("A record covers at most " + PerformerRules.MAX_CONTENT_PER_RECORD
                    + " items.");
        }
        content.addAll(added);
        return added;
    }

    /**
     * The person withdraws their consent, for good. Proof is never asked: the person's word (or the platform's, on
     * their behalf) is enough.
     *
     * @throws IllegalTransitionException if it was withdrawn already
     */
    public void withdraw(WithdrawalChannel via, Instant now) {
        if (status == RecordStatus.WITHDRAWN) {
            throw new IllegalTransitionException("performer record", status, RecordStatus.WITHDRAWN);
        }
        this.status = RecordStatus.WITHDRAWN;
        this.withdrawnVia = Objects.requireNonNull(via, "Where the withdrawal came from is required.");
        this.withdrawnAt = now;
    }

    /** The report that hid the linked items, to give the person (followed on the status page). */
    public void hiddenBy(String reportReference) {
        this.withdrawalReport = reportReference;
    }

    /** A new withdrawal reference replaces the old one, which stops working (a platform that lost the first). */
    public void reissue(WithdrawalReference reference) {
        if (status == RecordStatus.WITHDRAWN) {
            throw new IllegalTransitionException("withdrawn performer record's reference", status, status);
        }
        this.withdrawalRefHash = reference.hash();
    }

    /** In force on this day: not withdrawn, and the consent covers it. */
    public boolean inForceOn(LocalDate day) {
        return status == RecordStatus.IN_FORCE && consent().coversDay(day);
    }

    /** Whether registering this again is the same record (a retry), rather than a different one under the same id. */
    public boolean sameFacts(PerformerRegistration registration) {
        return registration.recordId().equals(recordId) && registration.verification().equals(verification())
                && registration.consent().equals(consent());
    }

    public Verification verification() {
        return new Verification(verificationMethod, verifiedOn, verifiedBy);
    }

    public Consent consent() {
        return new Consent(PerformerRules.splitScope(consentScope), consentGivenOn, consentForm, consentUntil);
    }

    public Long id() {
        return id;
    }

    public String recordId() {
        return recordId;
    }

    public RecordStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public WithdrawalChannel withdrawnVia() {
        return withdrawnVia;
    }

    public String withdrawalReport() {
        return withdrawalReport;
    }

    public List<String> content() {
        return List.copyOf(content);
    }
}
