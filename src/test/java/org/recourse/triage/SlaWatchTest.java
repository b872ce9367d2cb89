package org.recourse.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.cases.CaseBuilder.aCase;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Case;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;
import org.recourse.cases.SlaPolicy;
import org.recourse.notification.OutboxWiring;
import org.recourse.staff.Role;
import org.recourse.staff.StaffAccount;
import org.recourse.staff.StaffRepository;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;
import org.recourse.testing.Wiring;

/**
 * The SLA watch on a real H2 and a real PostgreSQL: marks, one notice per supervisor through the outbox, nothing
 * on a second run, and two nodes at once never notifying twice (the second skips the rows the first has locked).
 */
@DisplayName("SLA watch")
class SlaWatchTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final SlaPolicy TEN_MINUTES = new SlaPolicy(
            Map.of(Category.OTHER_HARMFUL, Duration.ofMinutes(10)), Duration.ofHours(1));
    private static final List<String> TOLD = List.of("a@example.org", "b@example.org", "boss@example.org");

    private final MovableClock clock = new MovableClock(T0);
    private final RecordingAuditLog audit = new RecordingAuditLog();

    /** Fresh tables and the staff: three who should be told, and four who should not. */
    private static void prepare(JpaDatabase db) {
        EntityManager em = db.entityManager();
        inTransaction(em, () -> {
            // Cases with everything that refers to them (other tests on the shared database file reports too).
            for (String table : List.of("outbox_message", "bank_entry_hold", "contact_link", "report_item",
                    "item_decision", "report", "case_item", "case_file", "staff_account")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
            em.persist(staff("sup-a", "a@example.org", Role.SUPERVISOR));
            StaffAccount french = staff("sup-b", "b@example.org", Role.SUPERVISOR);
            french.workIn(java.util.Locale.CANADA_FRENCH);
            em.persist(french);
            em.persist(staff("boss", "boss@example.org", Role.ADMIN));
            em.persist(staff("quiet", null, Role.SUPERVISOR));
            em.persist(staff("twin", " A@example.org", Role.SUPERVISOR));
            em.persist(staff("mod", "mod@example.org", Role.MODERATOR));
            StaffAccount gone = staff("gone", "gone@example.org", Role.SUPERVISOR);
            gone.disable();
            em.persist(gone);
        });
    }

    private static StaffAccount staff(String username, String email, Role role) {
        return new StaffAccount(username, username, email, role, "not-a-real-hash", T0);
    }

    private static long store(JpaDatabase db, Case caseFile) {
        EntityManager em = db.entityManager();
        inTransaction(em, () -> em.persist(caseFile));
        return caseFile.id();
    }

    /** The watch as the container wires it; with {@code ownTransactions}, each call commits like REQUIRES_NEW. */
    private SlaWatch watch(EntityManager em, boolean ownTransactions) {
        SlaWatch watch = ownTransactions ? new SlaWatch() {
            @Override
            public Page scan(long afterId, Instant now) {
                return inTransaction(em, () -> super.scan(afterId, now));
            }

            @Override
            public int mark(List<Long> ids, Instant now) {
                return inTransaction(em, () -> super.mark(ids, now));
            }
        } : new SlaWatch();
        watch.cases = Wiring.set(new CaseRepository(), "em", em);
        watch.staff = staffRepository(em);
        watch.outbox = OutboxWiring.outbox(em, clock, audit);
        watch.audit = audit;
        watch.policy = TEN_MINUTES;
        watch.publicUrl = "https://report.platform.example";
        return watch;
    }

    private static StaffRepository staffRepository(EntityManager em) {
        try {
            StaffRepository repository = new StaffRepository();
            Field field = StaffRepository.class.getDeclaredField("em");
            field.setAccessible(true);
            field.set(repository, em);
            return repository;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> caseRow(JpaDatabase db, long id) {
        return db.jdbc().query("select at_risk_at, overdue_at, breach_notified_at from case_file where id = ?", id)
                .get(0);
    }

    private static Instant instant(Object timestamp) {
        return timestamp == null ? null : timestamp instanceof OffsetDateTime odt ? odt.toInstant()
                : ((java.sql.Timestamp) timestamp).toInstant();
    }

    private static List<Object> recipients(JpaDatabase db) {
        return db.jdbc().query("select recipient from outbox_message order by recipient").stream()
                .map(row -> row.get("recipient")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("marks at risk at 80% and overdue at 100%, and tells each supervisor once, on the first run only")
    void marksAndTellsOnce(JpaDatabase db) {
        // Arrange
        prepare(db);
        long id = store(db, aCase().category(Category.OTHER_HARMFUL).openedAt(T0).policy(TEN_MINUTES).build());
        long dayLong = store(db, aCase().category(Category.OTHER_HARMFUL).openedAt(T0).build());
        long closed = store(db, aCase().openedAt(T0).policy(TEN_MINUTES).inStatus(CaseStatus.CLOSED).build());
        SlaWatch watch = watch(db.entityManager(), true);

        // Act / Assert: before 80%, nothing
        assertThat(SlaSchedule.checkAll(watch, T0.plus(Duration.ofMinutes(7)))).isZero();
        assertThat(caseRow(db, id).get("at_risk_at")).isNull();

        // at 80%: the scan alone finds the case but writes nothing; the mark sets at risk and tells nobody
        SlaWatch.Page scanned = watch.scan(0, T0.plus(Duration.ofMinutes(8)));
        assertThat(scanned.due()).containsExactly(id);
        assertThat(caseRow(db, id).get("at_risk_at")).isNull();
        assertThat(SlaSchedule.checkAll(watch, T0.plus(Duration.ofMinutes(8)))).isZero();
        assertThat(instant(caseRow(db, id).get("at_risk_at"))).isEqualTo(T0.plus(Duration.ofMinutes(8)));
        assertThat(caseRow(db, id).get("overdue_at")).isNull();
        assertThat(recipients(db)).isEmpty();

        // at 100%: overdue, every supervisor with an address told once
        Instant due = T0.plus(Duration.ofMinutes(10));
        assertThat(SlaSchedule.checkAll(watch, due)).isEqualTo(1);
        assertThat(instant(caseRow(db, id).get("overdue_at"))).isEqualTo(due);
        assertThat(instant(caseRow(db, id).get("breach_notified_at"))).isEqualTo(due);
        assertThat(recipients(db)).containsExactlyElementsOf(TOLD);
        String number = CaseNumbers.format(id);
        assertThat(db.jdbc().query("select subject, body, dedupe_key from outbox_message where recipient <> ?",
                "b@example.org")).hasSize(2).allSatisfy(mail -> {
                    assertThat(mail.get("subject")).isEqualTo("Overdue for review: case " + number);
                    assertThat((String) mail.get("body")).contains(number, "Another harmful or violent image");
                    assertThat((String) mail.get("dedupe_key")).startsWith("sla-breach:case-" + id + ":staff-");
                });
        assertThat(db.jdbc().query("select subject, body from outbox_message where recipient = ?", "b@example.org"))
                .as("in the language the supervisor signs in with").singleElement().satisfies(mail -> {
                    assertThat(mail.get("subject")).isEqualTo("Examen en retard : dossier " + number);
                    assertThat((String) mail.get("body")).contains(number);
                });
        assertThat(audit.withAction("sla.breached")).singleElement().satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo(number);
            assertThat(entry.detail()).contains("notice queued for 3 supervisor(s)");
        });

        // later runs: nothing more
        assertThat(SlaSchedule.checkAll(watch, due.plusSeconds(30))).isZero();
        assertThat(SlaSchedule.checkAll(watch, due.plus(Duration.ofHours(2)))).isZero();
        assertThat(recipients(db)).hasSize(3);
        assertThat(audit.withAction("sla.breached")).hasSize(1);
        assertThat(caseRow(db, dayLong).get("overdue_at")).isNull();
        assertThat(caseRow(db, closed)).containsEntry("at_risk_at", null).containsEntry("overdue_at", null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("two nodes checking the same case at the same moment tell each supervisor only once")
    void twoNodesAtOnce(JpaDatabase db) {
        // Arrange
        prepare(db);
        long id = store(db, aCase().category(Category.OTHER_HARMFUL).openedAt(T0).policy(TEN_MINUTES).build());
        Instant now = T0.plus(Duration.ofMinutes(11));
        EntityManager firstNode = db.entityManager();
        EntityManager secondNode = db.entityManager();

        // Act: the first node's transaction is still open when the second node marks the same case
        firstNode.getTransaction().begin();
        int byFirst = watch(firstNode, false).mark(List.of(id), now);
        secondNode.getTransaction().begin();
        int bySecond = watch(secondNode, false).mark(List.of(id), now);
        secondNode.getTransaction().commit();
        firstNode.getTransaction().commit();
        int afterwards = SlaSchedule.checkAll(watch(db.entityManager(), true), now.plusSeconds(30));

        // Assert
        assertThat(byFirst).isEqualTo(1);
        assertThat(bySecond).isZero();
        assertThat(afterwards).isZero();
        assertThat(recipients(db)).containsExactlyElementsOf(TOLD);
        assertThat(audit.withAction("sla.breached")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("more overdue cases than a page are all worked through in one run")
    void manyPages(JpaDatabase db) {
        // Arrange
        prepare(db);
        List<Long> ids = new ArrayList<>();
        EntityManager em = db.entityManager();
        inTransaction(em, () -> {
            for (int i = 0; i < 25; i++) {
                Case caseFile = aCase().category(Category.OTHER_HARMFUL).openedAt(T0).policy(TEN_MINUTES).build();
                em.persist(caseFile);
                ids.add(caseFile.id());
            }
        });

        SlaWatch watch = watch(db.entityManager(), true);
        watch.pageSize = 10;

        // Act
        int breached = SlaSchedule.checkAll(watch, T0.plus(Duration.ofHours(1)));

        // Assert
        assertThat(breached).isEqualTo(ids.size());
        assertThat(db.jdbc().count("select count(*) from case_file where breach_notified_at is null")).isZero();
        assertThat(db.jdbc().count("select count(*) from outbox_message")).isEqualTo(3L * ids.size());
    }
}
