package org.recourse.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.cases.CaseBuilder.aCase;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Case;
import org.recourse.cases.CaseActionRefusedException;
import org.recourse.cases.CaseActionRefusedException.Reason;
import org.recourse.cases.CaseBuilder;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;
import org.recourse.cases.Decision;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.ItemStatus;
import org.recourse.cases.ReasonCode;
import org.recourse.cases.Reviewer;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentMedia;
import org.recourse.content.ContentRepository;
import org.recourse.content.Visibility;
import org.recourse.content.VisibilityChanged;
import org.recourse.staff.Role;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;
import org.recourse.testing.Wiring;
import org.recourse.testing.Wiring.KeptEvents;

/**
 * Reviewing on a real H2 and a real PostgreSQL, with the service wired by hand: a reveal is audited and counts as work
 * on the case; a decision is stored, moves the content, is audited and fires its events, all in one transaction, and
 * a decision the case refuses leaves no trace at all.
 */
@DisplayName("Review service: revealing and deciding")
class ReviewServiceTest {

    private static final Instant T0 = CaseBuilder.DEFAULT_OPENED_AT;
    private static final Instant NOW = T0.plus(Duration.ofMinutes(12));
    private static final Reviewer MONA = new Reviewer("mona", Role.MODERATOR);
    private static final Reviewer MILO = new Reviewer("milo", Role.MODERATOR);
    private static final Reviewer SAM = new Reviewer("sam", Role.SUPERVISOR);
    /** A PNG's first bytes: what the review page shows as a picture. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    private final MovableClock clock = new MovableClock(NOW);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final KeptEvents<ItemDecided> decided = new KeptEvents<>();
    private final KeptEvents<VisibilityChanged> visibility = new KeptEvents<>();

    /** The service as the container wires it, over this entity manager. */
    private ReviewService service(EntityManager em) {
        CaseRepository cases = Wiring.set(new CaseRepository(), "em", em);
        ReviewService service = new ReviewService();
        Wiring.set(service, "cases", cases);
        Wiring.set(service, "views", Wiring.set(Wiring.set(new CaseViewRepository(), "em", em), "cases", cases));
        Wiring.set(service, "content", Wiring.set(new ContentRepository(), "em", em));
        Wiring.set(service, "audit", audit);
        Wiring.set(service, "clock", clock);
        Wiring.set(service, "decided", decided);
        Wiring.set(service, "visibilityChanged", visibility);
        return service;
    }

    /** A reported picture, hidden for review on a case the builder describes; returns the case. */
    private static Case reported(JpaDatabase db, CaseBuilder builder) {
        EntityManager em = db.entityManager();
        return inTransaction(em, () -> {
            ContentItem content = new ContentItem("rv-" + UUID.randomUUID(), "https://platform.example/p/1",
                    "image/png", null, "uploader-1", T0);
            em.persist(content);
            content.hideForReview(T0);
            em.persist(new ContentMedia(content, PNG));
            Case caseFile = builder.withHostedItem(content).build();
            em.persist(caseFile);
            return caseFile;
        });
    }

    private static long itemOf(Case caseFile) {
        return caseFile.items().get(0).id();
    }

    private static Case reread(JpaDatabase db, long caseId) {
        EntityManager em = db.entityManager();
        return inTransaction(em, () -> {
            Case found = em.find(Case.class, caseId);
            found.items().forEach(item -> item.content().visibility());
            return found;
        });
    }

    private static List<ItemDecision> decisionsOn(JpaDatabase db, long itemId) {
        EntityManager em = db.entityManager();
        return inTransaction(em, () -> em.createQuery("select d from ItemDecision d where d.item.id = :i",
                ItemDecision.class).setParameter("i", itemId).getResultList());
    }

    private static String subject(Case caseFile) {
        return CaseNumbers.format(caseFile.id()) + "/item-" + itemOf(caseFile);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a reveal by the holder is audited as item.viewed and counts as activity on the case")
    void revealIsAuditedAndCountsAsActivity(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, aCase().claimedBy("mona"));
        EntityManager em = db.entityManager();

        // Act
        inTransaction(em, () -> service(em).reveal(caseFile.id(), itemOf(caseFile), MONA));

        // Assert
        assertThat(audit.entries()).containsExactly(
                new RecordingAuditLog.Entry("mona", "item.viewed", subject(caseFile), null));
        assertThat(reread(db, caseFile.id()).lastActivityAt()).isEqualTo(NOW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a reveal by a moderator who does not hold the case is refused: nothing audited, no activity")
    void revealRefusedToOthers(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, aCase().claimedBy("mona"));
        EntityManager em = db.entityManager();

        // Act / Assert
        assertThatThrownBy(() -> inTransaction(em, () -> service(em).reveal(caseFile.id(), itemOf(caseFile), MILO)))
                .isInstanceOfSatisfying(CaseActionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.viewNeedsClaim"));
        assertThat(audit.entries()).isEmpty();
        assertThat(reread(db, caseFile.id()).lastActivityAt()).isEqualTo(T0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("the full-size file goes to whom the case lets look, typed by its bytes, each answer audited")
    void fullSizeIsAudited(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, aCase().claimedBy("mona"));
        EntityManager em = db.entityManager();

        // Act
        Optional<ReviewService.FullSize> file = inTransaction(em, () -> service(em).fullSize(itemOf(caseFile), MONA));

        // Assert
        assertThat(file).hasValueSatisfying(full -> {
            assertThat(full.bytes()).isEqualTo(PNG);
            assertThat(full.raster()).isEqualTo(RasterFormat.PNG);
        });
        assertThat(audit.entries()).containsExactly(new RecordingAuditLog.Entry("mona", "item.media.served",
                subject(caseFile), "image/png, " + PNG.length + " bytes"));
        assertThatThrownBy(() -> inTransaction(em, () -> service(em).fullSize(itemOf(caseFile), MILO)))
                .isInstanceOf(CaseActionRefusedException.class);
        assertThat(audit.entries()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a removal is stored, takes the content down, closes the case, is audited and fires both events")
    void removalRecordedAndFired(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, aCase().claimedBy("mona"));
        long itemId = itemOf(caseFile);
        EntityManager em = db.entityManager();

        // Act
        inTransaction(em, () -> service(em).decide(caseFile.id(), itemId, Decision.REMOVE, ReasonCode.HARASSMENT,
                "  threatening caption ", "", MONA));

        // Assert
        assertThat(decisionsOn(db, itemId)).singleElement().satisfies(decision -> {
            assertThat(decision.decision()).isEqualTo(Decision.REMOVE);
            assertThat(decision.reason()).isEqualTo(ReasonCode.HARASSMENT);
            assertThat(decision.note()).isEqualTo("threatening caption");
            assertThat(decision.justification()).isNull();
            assertThat(decision.decidedBy()).isEqualTo("mona");
            assertThat(decision.decidedAt()).isEqualTo(NOW);
        });
        Case after = reread(db, caseFile.id());
        assertThat(after.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(after.items().get(0).status()).isEqualTo(ItemStatus.REMOVED);
        assertThat(after.items().get(0).content().visibility()).isEqualTo(Visibility.REMOVED);
        assertThat(decided.fired()).containsExactly(new ItemDecided(caseFile.id(), itemId));
        assertThat(visibility.fired()).singleElement().satisfies(change -> {
            assertThat(change.visibility()).isEqualTo(Visibility.REMOVED);
            assertThat(change.since()).isEqualTo(NOW);
        });
        assertThat(audit.entries()).containsExactly(new RecordingAuditLog.Entry("mona", "item.decided",
                subject(caseFile), "REMOVE HARASSMENT; case closed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a supervisor restores reported child imagery with a written justification: shown again, told")
    void supervisorRestoresWithJustification(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, aCase().category(Category.CHILD_SEXUAL_IMAGERY));
        long itemId = itemOf(caseFile);
        EntityManager em = db.entityManager();

        // Act
        inTransaction(em, () -> service(em).decide(caseFile.id(), itemId, Decision.RESTORE,
                ReasonCode.ADULTS_CONSENTED, null, "Verified ID and signed consent of both adults, ref 77.", SAM));

        // Assert
        assertThat(decisionsOn(db, itemId)).singleElement().satisfies(decision -> assertThat(decision.justification())
                .isEqualTo("Verified ID and signed consent of both adults, ref 77."));
        assertThat(reread(db, caseFile.id()).items().get(0).content().visibility()).isEqualTo(Visibility.RESTORED);
        assertThat(visibility.fired()).singleElement()
                .satisfies(change -> assertThat(change.visibility()).isEqualTo(Visibility.RESTORED));
        assertThat(decided.fired()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("an escalation leaves the content hidden, tells no platform, and hands the case to the supervisors")
    void escalationKeepsContentHidden(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, aCase().claimedBy("mona"));
        long itemId = itemOf(caseFile);
        EntityManager em = db.entityManager();

        // Act
        inTransaction(em, () -> service(em).decide(caseFile.id(), itemId, Decision.ESCALATE, ReasonCode.UNSURE, null,
                null, MONA));

        // Assert
        Case after = reread(db, caseFile.id());
        assertThat(after.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(after.assignee()).isNull();
        assertThat(after.items().get(0).content().visibility()).isEqualTo(Visibility.HIDDEN_PENDING_REVIEW);
        assertThat(visibility.fired()).isEmpty();
        assertThat(decided.fired()).containsExactly(new ItemDecided(caseFile.id(), itemId));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("only the holder decides: another moderator is refused, and nothing is stored, moved, audited or fired")
    void onlyTheHolderDecides(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, aCase().claimedBy("mona"));
        long itemId = itemOf(caseFile);
        EntityManager em = db.entityManager();

        // Act / Assert
        assertThatThrownBy(() -> inTransaction(em, () -> service(em).decide(caseFile.id(), itemId, Decision.REMOVE,
                ReasonCode.HARASSMENT, null, null, MILO)))
                .isInstanceOfSatisfying(CaseActionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_HOLDER);
                    assertThat(e.messageKey()).isEqualTo("review.error.notHolder");
                });
        assertThat(decisionsOn(db, itemId)).isEmpty();
        Case after = reread(db, caseFile.id());
        assertThat(after.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(after.assignee()).isEqualTo("mona");
        assertThat(after.items().get(0).status()).isEqualTo(ItemStatus.PENDING_REVIEW);
        assertThat(after.items().get(0).content().visibility()).isEqualTo(Visibility.HIDDEN_PENDING_REVIEW);
        assertThat(decided.fired()).isEmpty();
        assertThat(visibility.fired()).isEmpty();
        assertThat(audit.entries()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("the holder, a moderator, may not restore reported child imagery: a supervisor's decision")
    void restoreOfChildImageryNeedsSupervisor(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, aCase().category(Category.CHILD_SEXUAL_IMAGERY).claimedBy("mona"));
        long itemId = itemOf(caseFile);
        EntityManager em = db.entityManager();

        // Act / Assert
        assertThatThrownBy(() -> inTransaction(em, () -> service(em).decide(caseFile.id(), itemId, Decision.RESTORE,
                ReasonCode.NO_VIOLATION, null, "Verified ID and signed consent of both adults, ref 77.", MONA)))
                .isInstanceOfSatisfying(CaseActionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.restoreNeedsSupervisor"));
        assertThat(decisionsOn(db, itemId)).isEmpty();
        assertThat(reread(db, caseFile.id()).items().get(0).content().visibility())
                .isEqualTo(Visibility.HIDDEN_PENDING_REVIEW);
        assertThat(decided.fired()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("an item of another case is not decided through this one")
    void itemOfAnotherCase(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, aCase().claimedBy("mona"));
        Case other = reported(db, aCase().claimedBy("mona"));
        EntityManager em = db.entityManager();

        // Act / Assert
        assertThatThrownBy(() -> inTransaction(em, () -> service(em).decide(caseFile.id(), itemOf(other),
                Decision.REMOVE, ReasonCode.HARASSMENT, null, null, MONA)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(decisionsOn(db, itemOf(other))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("the view tells the page who may do what, and shows what was decided")
    void viewTellsThePage(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, aCase().claimedBy("mona"));
        EntityManager em = db.entityManager();
        inTransaction(em, () -> service(em).decide(caseFile.id(), itemOf(caseFile), Decision.ESCALATE,
                ReasonCode.UNSURE, "not sure", null, MONA));

        // Act
        Optional<CaseView> view = inTransaction(em, () -> service(em).view(caseFile.id(), MONA));

        // Assert
        assertThat(view).hasValueSatisfying(seen -> {
            assertThat(seen.caseNumber()).isEqualTo(CaseNumbers.format(caseFile.id()));
            assertThat(seen.status()).isEqualTo(CaseStatus.ESCALATED);
            assertThat(seen.mayDecide(MONA)).isFalse();
            assertThat(seen.isReadOnlyFor(MONA)).isTrue();
            assertThat(seen.mayDecide(SAM)).isTrue();
            assertThat(seen.items()).singleElement().satisfies(item -> {
                assertThat(item.isImage()).isTrue();
                assertThat(item.raster()).isEqualTo(RasterFormat.PNG);
                assertThat(item.decisions()).singleElement()
                        .satisfies(line -> assertThat(line.note()).isEqualTo("not sure"));
            });
        });
        assertThat(inTransaction(em, () -> service(em).view(Long.MAX_VALUE, MONA))).isEmpty();
    }
}
