package org.recourse.statements;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.recourse.cases.Category;
import org.recourse.cases.ReasonCode;
import org.recourse.platform.domain.IllegalTransitionException;
import org.recourse.screening.banks.BankPurpose;

/**
 * A statement of reasons (DSA art. 17): what was restricted and how, the facts relied on, the ground, whether automated
 * means detected or decided, and the redress open to the uploader. Issued once and never edited: when the decision
 * changes, {@link #supersede} issues the next version of the same {@link Subject} and this one points at it, so the
 * platform and its user can always read what they were given and what holds now. It holds no reporter and no free
 * text from anyone: codes, the platform's own policy clause and legal ground, ids and times.
 */
@Entity
@Table(name = "statement_of_reasons")
public class StatementOfReasons {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = StatementIdConverter.class)
    @Column(name = "public_id", nullable = false, unique = true, length = 40)
    private StatementId publicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Scope scope;

    @Column(name = "subject_key", nullable = false, length = 220)
    private String subjectKey;

    @Column(nullable = false)
    private int version;

    @Column(name = "content_item_id")
    private Long contentItemId;

    @Column(name = "platform_content_id", length = 200)
    private String platformContentId;

    @Column(name = "uploader_id", length = 200)
    private String uploaderId;

    @Column(name = "case_id")
    private Long caseId;

    /** For an upload named by nothing else: the platform's reference for it, if it sent one. */
    @Column(name = "upload_reference", length = 200)
    private String uploadReference;

    /** For an upload named by nothing else: the kind of hash it is named by (sha256, md5 or pdq) and the hash. */
    @Column(name = "upload_hash_type", length = 16)
    private String uploadHashType;

    @Column(name = "upload_hash", length = 128)
    private String uploadHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Restriction restriction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 48)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Detection detection;

    @Enumerated(EnumType.STRING)
    @Column(name = "bank_kind", length = 32)
    private BankPurpose bankKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_reason", length = 40)
    private ReasonCode decisionReason;

    @Column(name = "policy_ground", nullable = false, length = 1000)
    private String policyGround;

    @Column(nullable = false)
    private boolean illegal;

    @Column(name = "legal_ground", length = 1000)
    private String legalGround;

    @Column(name = "automated_detection", nullable = false)
    private boolean automatedDetection;

    @Enumerated(EnumType.STRING)
    @Column(name = "automated_decision", nullable = false, length = 16)
    private AutomatedDecision automatedDecision;

    @Column(name = "appeal_until")
    private Instant appealUntil;

    @Column(name = "appeal_address", length = 500)
    private String appealAddress;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by")
    private StatementOfReasons supersededBy;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected StatementOfReasons() {
        // for JPA
    }

    private StatementOfReasons(Subject subject, int version, Restriction restriction, Facts facts, Ground ground,
            AutomatedDecision automatedDecision, Redress redress, Instant issuedAt) {
        Objects.requireNonNull(subject, "A subject is required.");
        this.restriction = Objects.requireNonNull(restriction, "A restriction is required.");
        Objects.requireNonNull(facts, "The facts are required.");
        Objects.requireNonNull(ground, "A ground is required.");
        Objects.requireNonNull(redress, "The redress is required.");
        if (!restriction.appliesTo(subject.scope())) {
            throw new IllegalArgumentException(restriction + " is not a restriction of " + subject.scope());
        }
        this.publicId = StatementId.generate();
        this.scope = subject.scope();
        this.subjectKey = subject.key();
        this.version = version;
        this.contentItemId = subject.contentItemId();
        this.platformContentId = subject.platformContentId();
        this.uploaderId = subject.uploaderId();
        this.caseId = subject.caseId();
        if (subject.upload() != null) {
            this.uploadReference = subject.upload().reference();
            this.uploadHashType = subject.upload().hashType();
            this.uploadHash = subject.upload().hash();
        }
        this.category = facts.category();
        this.detection = facts.detection();
        this.bankKind = facts.bankKind();
        this.decisionReason = facts.decisionReason();
        this.policyGround = ground.policyClause();
        this.illegal = ground.illegal();
        this.legalGround = ground.legalGround();
        this.automatedDetection = facts.detection().automated();
        this.automatedDecision = Objects.requireNonNull(automatedDecision, "How automated it was is required.");
        this.appealUntil = restriction.appealable() ? redress.appealUntil() : null;
        this.appealAddress = restriction.appealable() ? redress.address() : null;
        this.issuedAt = Objects.requireNonNull(issuedAt, "An issue time is required.");
    }

    /** The first statement about a subject. */
    public static StatementOfReasons first(Subject subject, Restriction restriction, Facts facts, Ground ground,
            AutomatedDecision automatedDecision, Redress redress, Instant issuedAt) {
        return new StatementOfReasons(subject, 1, restriction, facts, ground, automatedDecision, redress, issuedAt);
    }

    /**
     * The decision changed: the next version of this statement's subject, which this one now points at. Only the
     * current version may be superseded (a line never forks), and never by a statement from before it.
     *
     * @throws IllegalTransitionException when this version was already superseded
     */
    public StatementOfReasons supersede(Subject subject, Restriction next, Facts facts, Ground ground,
            AutomatedDecision automatedDecision, Redress redress, Instant issuedAt) {
        if (supersededBy != null) {
            throw new IllegalTransitionException("superseded statement", restriction, next);
        }
        if (!subject.key().equals(subjectKey)) {
            throw new IllegalArgumentException("A statement is superseded only by one about the same subject.");
        }
        if (issuedAt.isBefore(this.issuedAt)) {
            throw new IllegalArgumentException("A later version cannot be issued before the one it replaces.");
        }
        StatementOfReasons successor = new StatementOfReasons(subject, version + 1, next, facts, ground,
                automatedDecision, redress, issuedAt);
        this.supersededBy = successor;
        this.supersededAt = issuedAt;
        return successor;
    }

    /** Whether this version is the one in force. */
    public boolean current() {
        return supersededBy == null;
    }

    public Long id() {
        return id;
    }

    public StatementId publicId() {
        return publicId;
    }

    public Scope scope() {
        return scope;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public int version() {
        return version;
    }

    public Optional<Long> contentItemId() {
        return Optional.ofNullable(contentItemId);
    }

    public Optional<String> platformContentId() {
        return Optional.ofNullable(platformContentId);
    }

    /** The platform's own id of the uploader's account, for an account statement. */
    public Optional<String> uploaderId() {
        return Optional.ofNullable(uploaderId);
    }

    public Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }

    /** The upload an {@link Scope#UPLOAD} statement is about. */
    public Optional<Subject.Upload> upload() {
        return scope == Scope.UPLOAD ? Optional.of(new Subject.Upload(uploadReference, uploadHashType, uploadHash))
                : Optional.empty();
    }

    /** The subject this statement is about, for its next version. */
    public Subject subject() {
        return new Subject(scope, contentItemId, platformContentId, scope == Scope.ACCOUNT ? uploaderId : null, caseId,
                upload().orElse(null));
    }

    public Restriction restriction() {
        return restriction;
    }

    public Facts facts() {
        return new Facts(category, detection, bankKind, decisionReason);
    }

    public Ground ground() {
        return new Ground(policyGround, illegal, legalGround);
    }

    public boolean automatedDetection() {
        return automatedDetection;
    }

    public AutomatedDecision automatedDecision() {
        return automatedDecision;
    }

    public Redress redress() {
        return appealUntil == null ? Redress.NONE : new Redress(appealUntil, appealAddress);
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    /** The public id of the version that replaced this one, if any. */
    public Optional<StatementId> supersededBy() {
        return Optional.ofNullable(supersededBy).map(StatementOfReasons::publicId);
    }

    public Optional<Instant> supersededAt() {
        return Optional.ofNullable(supersededAt);
    }
}
