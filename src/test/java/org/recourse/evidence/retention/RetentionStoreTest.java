package org.recourse.evidence.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.cases.CaseBuilder.aCase;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Case;
import org.recourse.cases.Category;
import org.recourse.content.ContentItem;
import org.recourse.evidence.CustodyLog;
import org.recourse.evidence.EvidencePart;
import org.recourse.evidence.EvidenceRecord;
import org.recourse.evidence.EvidenceRepository;
import org.recourse.evidence.EvidenceVault;
import org.recourse.evidence.RecordReported;
import org.recourse.notification.Outbox;
import org.recourse.staff.Role;
import org.recourse.staff.StaffAccount;
import org.recourse.staff.StaffRepository;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;
import org.recourse.testing.Wiring;

/**
 * Clocks, holds, purge candidates and reminders on a real H2 and a real PostgreSQL: the queries and row locks the
 * purge and the reminders rely on, each in the SQL of both databases.
 */
@DisplayName("Retention store: clocks, holds, purge candidates and reminders")
class RetentionStoreTest {

    private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
    private static final LegalActor LENA = new LegalActor("lena", true);

    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final MovableClock clock = new MovableClock(NOW);
    private final RetentionPolicy policy = new RetentionPolicy(EnumSet.of(Jurisdiction.US), Map.of(), Map.of());

    private static void empty(EntityManager em) {
        inTransaction(em, () -> {
            em.createQuery("delete from LegalHold").executeUpdate();
            em.createQuery("delete from RetentionClock").executeUpdate();
            em.createNativeQuery("delete from outbox_message where dedupe_key like 'legal-hold-review:%'")
                    .executeUpdate();
        });
    }

    private static EvidenceRecord sealed(EntityManager em) {
        return inTransaction(em, () -> {
            ContentItem content = new ContentItem("rt-" + UUID.randomUUID(), "https://platform.example/p/rt",
                    "image/png", null, "uploader-rt", NOW);
            em.persist(content);
            Case caseFile = aCase().category(Category.CHILD_SEXUAL_IMAGERY).withHostedItem(content).build();
            em.persist(caseFile);
            EvidenceRepository records = Wiring.set(new EvidenceRepository(), "em", em);
            long id = records.nextId();
            EvidenceRecord record = new EvidenceRecord(id, caseFile.id(), caseFile.items().get(0).id(),
                    content.id(), caseFile.category(), NOW, "mona", "k1", new byte[60], "ab".repeat(32));
            records.add(record, List.of(new EvidencePart(id, 0, "manifest.json", "application/json", 3,
                    new byte[12], new byte[19])));
            return record;
        });
    }

    private RetentionRepository repository(EntityManager em) {
        return Wiring.set(new RetentionRepository(), "em", em);
    }

    private RetentionClocks clocks(EntityManager em) {
        RetentionClocks clocks = new RetentionClocks();
        Wiring.set(clocks, "repository", repository(em));
        Wiring.set(clocks, "records", Wiring.set(new EvidenceRepository(), "em", em));
        Wiring.set(clocks, "policy", policy);
        Wiring.set(clocks, "audit", audit);
        return clocks;
    }

    private LegalHolds holds(EntityManager em) {
        EvidenceRepository records = Wiring.set(new EvidenceRepository(), "em", em);
        CustodyLog custody = new CustodyLog();
        Wiring.set(custody, "records", records);
        Wiring.set(custody, "audit", audit);
        Wiring.set(custody, "clock", clock);
        LegalHolds holds = new LegalHolds();
        Wiring.set(holds, "repository", repository(em));
        Wiring.set(holds, "records", records);
        Wiring.set(holds, "custody", custody);
        Wiring.set(holds, "clock", clock);
        Wiring.set(holds, "policy", policy);
        Wiring.set(holds, "audit", audit);
        EvidenceVault vault = new EvidenceVault();
        Wiring.set(vault, "records", records);
        Wiring.set(vault, "custody", custody);
        Wiring.set(vault, "clock", clock);
        Wiring.set(holds, "vault", vault);
        return holds;
    }

    private HoldReminders reminders(EntityManager em) {
        Outbox outbox = new Outbox();
        Wiring.set(outbox, "em", em);
        Wiring.set(outbox, "clock", clock);
        Wiring.set(outbox, "audit", audit);
        HoldReminders reminders = new HoldReminders();
        Wiring.set(reminders, "repository", repository(em));
        Wiring.set(reminders, "staff", Wiring.set(new StaffRepository(), "em", em));
        Wiring.set(reminders, "outbox", outbox);
        Wiring.set(reminders, "audit", audit);
        Wiring.set(reminders, "before", "P14D");
        Wiring.set(reminders, "publicUrl", "https://recourse.example/");
        return reminders;
    }

    private static HoldRequest request(LocalDate reviewOn) {
        return new HoldRequest("Preservation request under 18 U.S.C. 2703(f)", "FBI Field Office Boston",
                "2703f-0042", reviewOn);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a hotline report starts the US clock, a police notification the Canadian one, each audited")
    void clocksStart(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        empty(em);
        EvidenceRecord record = sealed(em);

        // Act
        inTransaction(em, () -> {
            clocks(em).onReported(new RecordReported(record.id(), "ncmec", RecordReported.Kind.HOTLINE_REPORT,
                    "123456", NOW, "system"));
            clocks(em).onReported(new RecordReported(record.id(), "police-ca",
                    RecordReported.Kind.POLICE_NOTIFICATION, null, NOW.plusSeconds(60), "lena"));
        });

        // Assert
        List<StartedClock> started = inTransaction(em, () -> repository(em).clocksOf(record.id()));
        assertThat(started).containsExactly(
                new StartedClock(Jurisdiction.US, NOW, Instant.parse("2028-01-10T09:00:00Z")),
                new StartedClock(Jurisdiction.CA, NOW.plusSeconds(60), Instant.parse("2027-01-31T09:01:00Z")));
        assertThat(audit.withAction("evidence.retention.started")).hasSize(2)
                .anySatisfy(entry -> assertThat(entry.detail()).contains("does not apply to the platform today"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a record is a purge candidate once a clock ran out, unless held; released, it is one again")
    void candidates(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        empty(em);
        EvidenceRecord record = sealed(em);
        EvidenceRecord unreported = sealed(em);
        inTransaction(em, () -> clocks(em).onReported(new RecordReported(record.id(), "ncmec",
                RecordReported.Kind.HOTLINE_REPORT, "1", NOW, "system")));
        Instant due = Instant.parse("2028-01-10T09:00:00Z");
        RetentionRepository repository = repository(em);

        // Act / Assert
        assertThat(inTransaction(em, () -> repository.purgeCandidates(due.minusSeconds(1), 0, 100)))
                .doesNotContain(record.id());
        assertThat(inTransaction(em, () -> repository.purgeCandidates(due, 0, 100))).contains(record.id())
                .doesNotContain(unreported.id());
        RetentionStatuses statuses = new RetentionStatuses();
        Wiring.set(statuses, "repository", repository);
        Wiring.set(statuses, "policy", policy);
        Wiring.set(statuses, "clock", new MovableClock(due));
        assertThat(inTransaction(em, () -> statuses.purgesDue(1000))).isEqualTo(1);
        assertThat(inTransaction(em, () -> statuses.of(List.of(record.id(), unreported.id()))))
                .hasEntrySatisfying(record.id(), status -> assertThat(status.purgeDue()).isTrue())
                .hasEntrySatisfying(unreported.id(), status -> assertThat(status.waitingFor())
                        .containsExactly(Jurisdiction.US));
        LegalHold hold = inTransaction(em, () -> holds(em).place(record.id(), request(LocalDate.parse("2027-03-01")),
                LENA));
        assertThat(inTransaction(em, () -> repository.purgeCandidates(due, 0, 100))).doesNotContain(record.id());
        assertThat(inTransaction(em, () -> policy.status(repository.clocksOf(record.id()), repository.activeHoldsOf(record.id()).size(), due)
                        .state() == RetentionStatus.State.HELD)).isTrue();
        inTransaction(em, () -> holds(em).release(hold.id(), "The agency confirmed its case is closed", LENA));
        assertThat(inTransaction(em, () -> repository.purgeCandidates(due, record.id() - 1, 100)))
                .startsWith(record.id());
        assertThat(audit.entries()).extracting(RecordingAuditLog.Entry::action)
                .contains("evidence.held", "evidence.released");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("holds: several on one record, listed by review date; a shredded or unknown record is refused")
    void holdsListedAndRefused(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        empty(em);
        EvidenceRecord record = sealed(em);
        LegalHolds holds = holds(em);

        // Act
        LegalHold later = inTransaction(em, () -> holds.place(record.id(), request(LocalDate.parse("2027-06-01")),
                LENA));
        LegalHold sooner = inTransaction(em, () -> holds.place(record.id(), request(LocalDate.parse("2027-02-01")),
                LENA));
        clock.advance(Duration.ofDays(30));

        // Assert
        assertThat(inTransaction(em, () -> holds.active(10))).extracting(LegalHold::id)
                .containsExactly(sooner.id(), later.id());
        assertThat(inTransaction(em, () -> holds.active(10).get(0).overdue(clock.instant()))).isTrue();
        assertThatThrownBy(() -> inTransaction(em, () -> holds.place(record.id() + 1000,
                request(LocalDate.parse("2027-06-01")), LENA))).hasMessage("evidence.holds.error.noRecord");
        inTransaction(em, () -> {
            EvidenceRecord shredded = em.find(EvidenceRecord.class, record.id());
            shredded.shred("lena", "test", clock.instant());
        });
        assertThatThrownBy(() -> inTransaction(em, () -> holds.place(record.id(),
                request(LocalDate.parse("2027-06-01")), LENA))).hasMessage("evidence.holds.error.shredded");
        assertThatThrownBy(() -> inTransaction(em, () -> holds.release(sooner.id(), "short", LENA)))
                .hasMessage("evidence.holds.error.releaseReason.length");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a reminder goes to each LEGAL user with an address, in their language, once per hold and date")
    void reminders(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        empty(em);
        EvidenceRecord record = sealed(em);
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
        inTransaction(em, () -> {
            StaffAccount english = new StaffAccount("lena" + suffix, "Lena", "lena" + suffix + "@example.org",
                    Role.LEGAL, "x", NOW);
            StaffAccount french = new StaffAccount("luc" + suffix, "Luc", "luc" + suffix + "@example.org",
                    Role.LEGAL, "x", NOW);
            french.workIn(java.util.Locale.CANADA_FRENCH);
            em.persist(english);
            em.persist(french);
            em.persist(new StaffAccount("adam" + suffix, "Adam", "adam" + suffix + "@example.org", Role.ADMIN, "x",
                    NOW));
        });
        LegalHold hold = inTransaction(em, () -> holds(em).place(record.id(), request(LocalDate.parse("2027-02-10")),
                LENA));
        HoldReminders reminders = reminders(em);

        // Act: a second before the reminder period, then in it, twice
        int early = inTransaction(em, () -> reminders.remindDue(Instant.parse("2027-01-26T23:59:59Z")));
        int due = inTransaction(em, () -> reminders.remindDue(Instant.parse("2027-01-27T00:00:00Z")));
        int again = inTransaction(em, () -> reminders.remindDue(Instant.parse("2027-01-28T00:00:00Z")));

        // Assert
        assertThat(List.of(early, due, again)).containsExactly(0, 1, 0);
        List<Object[]> mails = inTransaction(em, () -> em.createQuery("select m.recipient, m.subject from "
                + "OutboxMessage m where m.dedupeKey like :key order by m.recipient", Object[].class)
                .setParameter("key", "legal-hold-review:hold-" + hold.id() + ":%").getResultList());
        assertThat(mails).extracting(row -> (String) row[0]).filteredOn(to -> to.endsWith(suffix + "@example.org"))
                .containsExactly("lena" + suffix + "@example.org", "luc" + suffix + "@example.org");
        assertThat(mails).extracting(row -> (String) row[1]).contains(
                "Legal hold " + hold.id() + " to review by 2027-02-10",
                "Conservation légale " + hold.id() + " à réexaminer d'ici le 2027-02-10");

        // Act: kept until a new date, which gets its own reminder
        inTransaction(em, () -> holds(em).reviewAgainOn(hold.id(), LocalDate.parse("2027-05-01"), LENA));
        int newDate = inTransaction(em, () -> reminders.remindDue(Instant.parse("2027-04-20T00:00:00Z")));

        // Assert
        assertThat(newDate).isEqualTo(1);
        assertThat(audit.withAction("evidence.hold.reminded")).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a clock under a longer period than the one it started with runs out later")
    void longerPeriodApplies(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        empty(em);
        EvidenceRecord record = sealed(em);
        inTransaction(em, () -> clocks(em).onReported(new RecordReported(record.id(), "ncmec",
                RecordReported.Kind.HOTLINE_REPORT, "1", NOW, "system")));
        RetentionPolicy twoYears = new RetentionPolicy(EnumSet.of(Jurisdiction.US),
                Map.of(Jurisdiction.US, Period.ofYears(2)), Map.of());

        // Act
        List<StartedClock> clocks = inTransaction(em, () -> repository(em).clocksOf(record.id()));

        // Assert
        assertThat(twoYears.purgeAfter(clocks)).contains(NOW.atOffset(ZoneOffset.UTC).plusYears(2).toInstant());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("shredding by hand: refused while held and while the clock runs; then key and parts gone, audited")
    void shredByHand(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        empty(em);
        EvidenceRecord record = sealed(em);
        inTransaction(em, () -> clocks(em).onReported(new RecordReported(record.id(), "ncmec",
                RecordReported.Kind.HOTLINE_REPORT, "1", NOW, "system")));
        LegalHold hold = inTransaction(em, () -> holds(em).place(record.id(), request(LocalDate.parse("2027-03-01")),
                LENA));
        String why = "Court ordered destruction, docket 27-CV-12";

        // Act / Assert: held, then a running clock, then an admin, all refused
        assertThatThrownBy(() -> inTransaction(em, () -> holds(em).shredByHand(record.id(), why, LENA)))
                .hasMessage("evidence.holds.error.heldNoShred");
        inTransaction(em, () -> holds(em).release(hold.id(), "The agency confirmed its case is closed", LENA));
        assertThatThrownBy(() -> inTransaction(em, () -> holds(em).shredByHand(record.id(), why, LENA)))
                .hasMessage("evidence.holds.error.clockRunning");
        clock.set(Instant.parse("2028-01-10T09:00:00Z"));
        assertThatThrownBy(() -> inTransaction(em, () -> holds(em).shredByHand(record.id(), why,
                new LegalActor("root", false)))).hasMessage("evidence.holds.error.legalOnly");
        assertThatThrownBy(() -> inTransaction(em, () -> holds(em).shredByHand(record.id(), "no", LENA)))
                .hasMessage("evidence.holds.error.shredReason.length");

        // Act: the clock ran out
        inTransaction(em, () -> holds(em).shredByHand(record.id(), why, LENA));

        // Assert
        EvidenceRecord shredded = inTransaction(em, () -> {
            em.clear();
            return em.find(EvidenceRecord.class, record.id());
        });
        assertThat(shredded.isSealed()).isFalse();
        assertThat(shredded.wrappedKey()).isNull();
        assertThat(inTransaction(em, () -> em.createQuery("select count(p) from EvidencePart p where p.recordId = :r",
                Long.class).setParameter("r", record.id()).getSingleResult())).isZero();
        assertThat(audit.withAction("evidence.retention.shredByHand")).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).contains("PURGE_DUE").contains(why));
        assertThat(audit.withAction("evidence.shredded")).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("lena"));
        assertThatThrownBy(() -> inTransaction(em, () -> holds(em).shredByHand(record.id(), why, LENA)))
                .hasMessage("evidence.holds.error.shredded");
    }
}
