package org.recourse.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.recourse.cases.CaseBuilder.aCase;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Case;
import org.recourse.cases.CaseActionRefusedException;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;
import org.recourse.cases.Reviewer;
import org.recourse.cases.SlaPolicy;
import org.recourse.staff.Role;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;
import org.recourse.testing.Wiring;

/**
 * "Take next" and claims on a real H2 and a real PostgreSQL: the cases come in the queue page's own order (one
 * definition), supervisors get escalated cases first and moderators never, two reviewers asking at once never get the
 * same case, and claims and releases follow the case's rules and are audited.
 */
@DisplayName("Triage: take next, claim and release")
class TakeNextTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Reviewer MONA = new Reviewer("mona", Role.MODERATOR);
    private static final Reviewer MILO = new Reviewer("milo", Role.MODERATOR);
    private static final Reviewer SAM = new Reviewer("sam", Role.SUPERVISOR);

    private final MovableClock clock = new MovableClock(T0.plus(Duration.ofMinutes(5)));
    private final RecordingAuditLog audit = new RecordingAuditLog();

    /** No cases at all: "next" is about every case there is. */
    private static void empty(JpaDatabase db) {
        EntityManager em = db.entityManager();
        inTransaction(em, () -> {
            // Cases with everything that refers to them (other tests on the shared database file reports too).
            for (String table : List.of("outbox_message", "bank_entry_hold", "contact_link", "report_item",
                    "item_decision", "report", "case_item", "case_file")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
        });
    }

    private static long store(JpaDatabase db, Case caseFile) {
        EntityManager em = db.entityManager();
        inTransaction(em, () -> em.persist(caseFile));
        return caseFile.id();
    }

    private TriageService triage(EntityManager em) {
        TriageService triage = new TriageService();
        Wiring.set(triage, "cases", Wiring.set(new CaseRepository(), "em", em));
        Wiring.set(triage, "queue", Wiring.set(new QueueRepository(), "em", em));
        Wiring.set(triage, "audit", audit);
        Wiring.set(triage, "clock", clock);
        Wiring.set(triage, "claimIdle", "PT30M");
        return triage;
    }

    /**
     * Six open cases nobody holds, stored out of order, returned in the order the queue should put them: overdue
     * first, then by due time, then severity, then report count, then the older case.
     */
    private static List<Long> openCasesInQueueOrder(JpaDatabase db) {
        Case sooner = aCase().category(Category.OTHER_HARMFUL).openedAt(T0).build();
        Case busier = aCase().category(Category.SURVIVOR_PERSONAL_INFORMATION).openedAt(T0).build();
        // A second report at the very due time leaves the due time as it is, and only counts.
        busier.joinReport(Category.SURVIVOR_PERSONAL_INFORMATION, false, busier.reviewDueAt(), SlaPolicy.DEFAULT);
        Case older = aCase().category(Category.SURVIVOR_PERSONAL_INFORMATION).openedAt(T0).build();
        Case severe = aCase().category(Category.CHILD_SEXUAL_IMAGERY).openedAt(T0).build();
        Case younger = aCase().category(Category.SURVIVOR_PERSONAL_INFORMATION).openedAt(T0).build();
        Case overdue = aCase().category(Category.OTHER_HARMFUL).openedAt(T0.minus(Duration.ofDays(2))).build();
        long last = store(db, sooner);
        long third = store(db, busier);
        long fourth = store(db, older);
        long second = store(db, severe);
        long fifth = store(db, younger);
        long first = store(db, overdue);
        return List.of(first, second, third, fourth, fifth, last);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a moderator takes the open cases in the queue page's order, never an escalated or held one")
    void takeNextFollowsTheQueueOrder(JpaDatabase db) {
        // Arrange
        empty(db);
        List<Long> expected = openCasesInQueueOrder(db);
        store(db, aCase().inStatus(CaseStatus.ESCALATED).build());
        store(db, aCase().claimedBy("milo").build());
        store(db, aCase().inStatus(CaseStatus.CLOSED).build());
        EntityManager em = db.entityManager();
        List<Long> onThePage = inTransaction(em, () -> triage(em).page(
                new QueueFilter(null, CaseStatus.OPEN, QueueFilter.UNASSIGNED, false), 0, 50)).stream()
                .map(QueueRow::caseId).toList();

        // Act
        List<Long> taken = new ArrayList<>();
        for (Optional<Long> next = inTransaction(em, () -> triage(em).takeNext(MONA)); next.isPresent();
                next = inTransaction(em, () -> triage(em).takeNext(MONA))) {
            taken.add(next.get());
        }

        // Assert
        assertThat(onThePage).containsExactlyElementsOf(expected);
        assertThat(taken).containsExactlyElementsOf(expected);
        assertThat(audit.withAction("case.claimed")).hasSize(expected.size())
                .allSatisfy(entry -> assertThat(entry.detail()).isEqualTo("take next"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a supervisor gets the escalated case before every open one, even an overdue one")
    void supervisorGetsEscalatedFirst(JpaDatabase db) {
        // Arrange
        empty(db);
        openCasesInQueueOrder(db);
        long escalated = store(db, aCase().openedAt(T0).inStatus(CaseStatus.ESCALATED).build());
        EntityManager em = db.entityManager();

        // Act
        Optional<Long> taken = inTransaction(em, () -> triage(em).takeNext(SAM));

        // Assert
        assertThat(taken).contains(escalated);
        Case held = inTransaction(em, () -> em.find(Case.class, escalated));
        assertThat(held.assignee()).isEqualTo("sam");
        assertThat(held.status()).isEqualTo(CaseStatus.ESCALATED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("two reviewers asking at once never get the same case: the second skips the row the first locked")
    void concurrentTakeNextSkipsLockedRows(JpaDatabase db) {
        // Arrange
        empty(db);
        List<Long> queue = openCasesInQueueOrder(db);
        EntityManager firstNode = db.entityManager();
        EntityManager secondNode = db.entityManager();
        CaseRepository first = Wiring.set(new CaseRepository(), "em", firstNode);
        CaseRepository second = Wiring.set(new CaseRepository(), "em", secondNode);

        // Act
        firstNode.getTransaction().begin();
        secondNode.getTransaction().begin();
        Optional<Long> firstGot;
        Optional<Long> secondGot;
        try {
            firstGot = first.nextUnclaimed(MONA).map(Case::id);
            secondGot = second.nextUnclaimed(MILO).map(Case::id);
        } finally {
            secondNode.getTransaction().rollback();
            firstNode.getTransaction().rollback();
        }

        // Assert
        assertThat(firstGot).contains(queue.get(0));
        assertThat(secondGot).isNotEqualTo(firstGot);
        if (db == JpaDatabase.postgres()) {
            // H2 locks every row the query matches before it sorts, so there the second reviewer may get none.
            assertThat(secondGot).contains(queue.get(1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("claims and releases follow the case's rules and are audited; idle claims go back to the queue")
    void claimAndRelease(JpaDatabase db) {
        // Arrange
        empty(db);
        long caseId = store(db, aCase().openedAt(T0).build());
        EntityManager em = db.entityManager();

        // Act / Assert: mona claims, milo is told who holds it and may not give it back
        inTransaction(em, () -> triage(em).claim(caseId, MONA));
        assertThatThrownBy(() -> inTransaction(em, () -> triage(em).claim(caseId, MILO)))
                .isInstanceOf(CaseActionRefusedException.class).hasMessageContaining("mona");
        assertThatThrownBy(() -> inTransaction(em, () -> triage(em).release(caseId, MILO)))
                .isInstanceOf(CaseActionRefusedException.class);
        assertThat(inTransaction(em, () -> em.find(Case.class, caseId)).assignee()).isEqualTo("mona");

        // Act / Assert: a supervisor gives it back; after half an hour without work, so does the portal
        inTransaction(em, () -> triage(em).release(caseId, SAM));
        assertThat(inTransaction(em, () -> em.find(Case.class, caseId)).assignee()).isNull();
        inTransaction(em, () -> triage(em).claim(caseId, MILO));
        clock.advance(Duration.ofMinutes(30));
        assertThat(inTransaction(em, () -> triage(em).releaseIdleClaims())).isEqualTo(1);
        Case released = inTransaction(em, () -> em.find(Case.class, caseId));
        assertThat(released.assignee()).isNull();
        assertThat(released.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(audit.entries()).extracting(RecordingAuditLog.Entry::actor, RecordingAuditLog.Entry::action,
                RecordingAuditLog.Entry::detail).containsExactly(
                tuple("mona", "case.claimed", null),
                tuple("sam", "case.released", "held by mona"),
                tuple("milo", "case.claimed", null),
                tuple("system", "case.released", "idle claim of milo"));
    }
}
