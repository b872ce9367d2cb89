package org.recourse.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.recourse.cases.Case;
import org.recourse.cases.CaseItem;
import org.recourse.cases.Category;

/**
 * One submission, with its own reference number, filed on a {@link Case}. It holds only what the reporter chose to
 * tell: no address, browser or any other trace of who they are. A contact email is kept only with their consent.
 */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 16)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private Case caseFile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 48)
    private Category category;

    @Column(name = "self_report", nullable = false)
    private boolean selfReport;

    @Column(length = SubmissionRules.MAX_DETAILS)
    private String details;

    @Column(name = "contact_email", length = SubmissionRules.MAX_EMAIL)
    private String contactEmail;

    @Column(name = "contact_language", length = 16)
    private String contactLanguage;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** A valid removal request's signature (TAKE IT DOWN Act); erased with the contact address. */
    @Column(name = "removal_signature", length = RemovalRequestRules.MAX_SIGNATURE)
    private String removalSignature;

    /** How to reach the requester; erased with the contact address. */
    @Column(name = "removal_email", length = SubmissionRules.MAX_EMAIL)
    private String removalEmail;

    @Column(name = "removal_for_other")
    private Boolean removalForOther;

    /** The language the request was made in: its mails are written in it. Erased with the address. */
    @Column(name = "removal_language", length = 16)
    private String removalLanguage;

    /** When the removal request was received: what the 48 hours count from. Kept after the contact is erased. */
    @Column(name = "removal_requested_at")
    private Instant removalRequestedAt;

    /** For the portal's own reports: what it says, as a message key and arguments (see {@link SystemNote}). */
    @Column(name = "note_key", length = 60)
    private String noteKey;

    @Column(name = "note_args", length = 1000)
    private String noteArgs;

    @ManyToMany
    @JoinTable(name = "report_item",
            joinColumns = @JoinColumn(name = "report_id"),
            inverseJoinColumns = @JoinColumn(name = "case_item_id"))
    private List<CaseItem> items = new ArrayList<>();

    protected Report() {
        // for JPA
    }

    Report(Reference reference, Case caseFile, Category category, boolean selfReport, String details,
            Instant receivedAt) {
        this.reference = Objects.requireNonNull(reference, "A reference is required.").compact();
        this.caseFile = Objects.requireNonNull(caseFile, "A report is filed on a case.");
        this.category = Objects.requireNonNull(category, "A category is required.");
        this.selfReport = selfReport;
        this.details = details;
        this.receivedAt = Objects.requireNonNull(receivedAt, "A time is required.");
    }

    void note(SystemNote note) {
        if (note != null) {
            this.noteKey = note.key();
            this.noteArgs = note.joinedArgs();
        }
    }

    /** What the portal said of its own report, in words of any language; null for a person's report. */
    public SystemNote note() {
        return SystemNote.stored(noteKey, noteArgs);
    }

    /** Keeps an address to write to, which the reporter consented to; nothing is kept without consent. */
    void keepContact(String email, boolean consent, Locale language) {
        if (email != null && consent) {
            this.contactEmail = email;
            this.contactLanguage = language.toLanguageTag();
        }
    }

    /** Keeps a valid removal request's signature and contact, for this case only. */
    void keepRemovalRequest(RemovalRequest request, Instant now, Locale language) {
        if (request != null) {
            this.removalLanguage = language.toLanguageTag();
            this.removalSignature = request.signature();
            this.removalEmail = request.email();
            this.removalForOther = request.forSomeoneElse();
            this.removalRequestedAt = now;
        }
    }

    /**
     * Deletes the address and its language, and a removal request's signature and address: the reporter withdrew
     * consent, or the retention time is over. That there was a request, and when, stays (the case's legal deadline).
     */
    public void forgetContact() {
        this.contactEmail = null;
        this.contactLanguage = null;
        this.removalSignature = null;
        this.removalEmail = null;
        this.removalLanguage = null;
    }

    /** When a valid removal request came with this report, if one did. */
    public java.util.Optional<Instant> removalRequestedAt() {
        return java.util.Optional.ofNullable(removalRequestedAt);
    }

    /** The removal request's signature, until retention erases it. */
    public String removalSignature() {
        return removalSignature;
    }

    /** How to reach the removal requester, until retention erases it. */
    public String removalEmail() {
        return removalEmail;
    }

    /** The language of the removal request, until retention erases it with the address. */
    public java.util.Optional<Locale> removalLanguage() {
        return java.util.Optional.ofNullable(removalLanguage).map(Locale::forLanguageTag);
    }

    /** Whether the requester acts for the person shown; null without a request. */
    public Boolean removalForOther() {
        return removalForOther;
    }

    void name(CaseItem item) {
        if (!items.contains(item)) {
            items.add(item);
        }
    }

    public Reference reference() {
        return Reference.parse(reference);
    }

    public Case caseFile() {
        return caseFile;
    }

    public Category category() {
        return category;
    }

    public boolean selfReport() {
        return selfReport;
    }

    public String details() {
        return details;
    }

    public String contactEmail() {
        return contactEmail;
    }

    /** The language the reporter used, for the mail they consented to; English if none was kept. */
    public Locale contactLanguage() {
        return contactLanguage == null ? Locale.ENGLISH : Locale.forLanguageTag(contactLanguage);
    }

    public Long id() {
        return id;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public List<CaseItem> items() {
        return Collections.unmodifiableList(items);
    }
}
