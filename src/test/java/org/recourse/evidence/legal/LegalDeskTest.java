package org.recourse.evidence.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.cases.CaseBuilder.aCase;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Case;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.Category;
import org.recourse.content.ContentItem;
import org.recourse.evidence.CustodyAction;
import org.recourse.evidence.CustodyEntry;
import org.recourse.evidence.CustodyLog;
import org.recourse.evidence.EvidenceFile;
import org.recourse.evidence.EvidenceReader;
import org.recourse.evidence.EvidenceRecord;
import org.recourse.evidence.EvidenceRepository;
import org.recourse.evidence.OpenedEvidence;
import org.recourse.evidence.RecordReported;
import org.recourse.evidence.retention.HoldRequest;
import org.recourse.evidence.retention.LegalActor;
import org.recourse.evidence.retention.LegalHold;
import org.recourse.evidence.retention.RetentionClocks;
import org.recourse.evidence.retention.RetentionPolicy;
import org.recourse.evidence.retention.RetentionRepository;
import org.recourse.evidence.retention.RetentionStatuses;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;
import org.recourse.testing.Wiring;

/**
 * The LEGAL desk on a real H2 and PostgreSQL, over the vault's repository and custody log; the vault's decryption
 * is stood in for by a reader that keeps the {@link EvidenceReader} contract (an opening is written in custody).
 */
@DisplayName("LegalDesk: audited views, openings and exports of evidence records")
class LegalDeskTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final byte[] PICTURE = "the preserved bytes".getBytes(StandardCharsets.UTF_8);

    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final MovableClock clock = new MovableClock(NOW);

    private LegalDesk desk(EntityManager em) {
        EvidenceRepository records = Wiring.set(new EvidenceRepository(), "em", em);
        CustodyLog custody = new CustodyLog();
        Wiring.set(custody, "records", records);
        Wiring.set(custody, "audit", audit);
        Wiring.set(custody, "clock", clock);
        SigningKeys keys = new SigningKeys();
        Wiring.set(keys, "keys", Wiring.set(new SigningKeyRepository(), "em", em));
        Wiring.set(keys, "clock", clock);
        LegalDesk desk = new LegalDesk();
        Wiring.set(desk, "records", records);
        Wiring.set(desk, "reader", reader(records, custody));
        Wiring.set(desk, "custody", custody);
        Wiring.set(desk, "statuses", statuses(em));
        Wiring.set(desk, "queries", Wiring.set(new LegalRecordRepository(), "em", em));
        Wiring.set(desk, "keys", keys);
        Wiring.set(desk, "audit", audit);
        Wiring.set(desk, "clock", clock);
        return desk;
    }

    private RecordStatuses statuses(EntityManager em) {
        RetentionStatuses retention = new RetentionStatuses();
        Wiring.set(retention, "repository", Wiring.set(new RetentionRepository(), "em", em));
        Wiring.set(retention, "policy", RetentionPolicy.DEFAULT);
        Wiring.set(retention, "clock", clock);
        RecordStatuses statuses = new RecordStatuses();
        Wiring.set(statuses, "retention", retention);
        Wiring.set(statuses, "queries", Wiring.set(new LegalRecordRepository(), "em", em));
        return statuses;
    }

    /** A record reported to NCMEC at {@code at}: the custody entry the vault writes, the clock retention starts. */
    private void reported(EntityManager em, EvidenceRecord record, Instant at) {
        inTransaction(em, () -> {
            EvidenceRepository records = Wiring.set(new EvidenceRepository(), "em", em);
            CustodyLog custody = new CustodyLog();
            Wiring.set(custody, "records", records);
            Wiring.set(custody, "audit", audit);
            Wiring.set(custody, "clock", clock);
            custody.record(record.id(), "system", CustodyAction.REPORTED, "ncmec 42");
            RetentionClocks clocks = new RetentionClocks();
            Wiring.set(clocks, "repository", Wiring.set(new RetentionRepository(), "em", em));
            Wiring.set(clocks, "records", records);
            Wiring.set(clocks, "policy", RetentionPolicy.DEFAULT);
            Wiring.set(clocks, "audit", audit);
            clocks.onReported(new RecordReported(record.id(), "ncmec", RecordReported.Kind.HOTLINE_REPORT, "42", at,
                    "system"));
            return null;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("statuses: sealed, reported (clock running), purge due (clock run out), held (even when due); each "
            + "filter lists exactly its own, with the status the unfiltered list gives")
    void statusesAndFilters(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        EvidenceRecord sealedOnly = sealed(em);
        EvidenceRecord running = sealed(em);
        EvidenceRecord due = sealed(em);
        EvidenceRecord held = sealed(em);
        reported(em, running, NOW);
        reported(em, due, NOW.minus(java.time.Duration.ofDays(400)));
        reported(em, held, NOW.minus(java.time.Duration.ofDays(400)));
        inTransaction(em, () -> {
            em.persist(LegalHold.place(held.id(), new HoldRequest("Preservation request under 2703(f)",
                    "County police", "PR-1", java.time.LocalDate.of(2027, 3, 1)), new LegalActor("lena", true), NOW));
            return null;
        });
        List<Long> mine = List.of(sealedOnly.id(), running.id(), due.id(), held.id());

        // Act
        RecordList all = inTransaction(em, () -> desk(em).list(RecordFilter.ANY, 0, 10_000, "lena"));
        java.util.Map<LegalStatus, List<Long>> filtered = new java.util.EnumMap<>(LegalStatus.class);
        for (LegalStatus status : LegalStatus.values()) {
            filtered.put(status, inTransaction(em, () -> desk(em).list(new RecordFilter(status, null), 0, 10_000,
                    "lena")).rows().stream().filter(row -> row.status() == status).map(RecordRow::id)
                    .filter(mine::contains).toList());
        }

        // Assert
        assertThat(all.rows()).filteredOn(row -> mine.contains(row.id()))
                .extracting(RecordRow::id, RecordRow::status).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(sealedOnly.id(), LegalStatus.SEALED),
                        org.assertj.core.groups.Tuple.tuple(running.id(), LegalStatus.REPORTED),
                        org.assertj.core.groups.Tuple.tuple(due.id(), LegalStatus.PURGE_DUE),
                        org.assertj.core.groups.Tuple.tuple(held.id(), LegalStatus.HELD));
        assertThat(filtered.get(LegalStatus.SEALED)).containsExactly(sealedOnly.id());
        assertThat(filtered.get(LegalStatus.REPORTED)).containsExactly(running.id());
        assertThat(filtered.get(LegalStatus.PURGE_DUE)).containsExactly(due.id());
        assertThat(filtered.get(LegalStatus.HELD)).containsExactly(held.id());
        assertThat(filtered.get(LegalStatus.SHREDDED)).isEmpty();
    }

    /** Opens as the vault does for these tests: writes the opening in custody, returns one file. */
    private static EvidenceReader reader(EvidenceRepository records, CustodyLog custody) {
        return (recordId, actor, purpose) -> records.find(recordId).map(record -> {
            custody.record(recordId, actor, CustodyAction.OPENED, purpose);
            return new OpenedEvidence(recordId, record.caseId(), record.caseItemId(), record.sealedAt(), null,
                    "{\"content\":{}}".getBytes(StandardCharsets.UTF_8), List.of(new EvidenceFile("content/1.png",
                    "image/png", PICTURE, EvidencePackage.sha256(PICTURE), null, null)), record.manifestSha256());
        });
    }

    private static EvidenceRecord sealed(EntityManager em) {
        return inTransaction(em, () -> {
            ContentItem content = new ContentItem("legal-" + UUID.randomUUID(), "https://platform.example/p/l",
                    "image/png", null, "uploader-l", NOW);
            em.persist(content);
            Case caseFile = aCase().category(Category.CHILD_SEXUAL_IMAGERY).withHostedItem(content).build();
            em.persist(caseFile);
            EvidenceRepository records = Wiring.set(new EvidenceRepository(), "em", em);
            EvidenceRecord record = new EvidenceRecord(records.nextId(), caseFile.id(),
                    caseFile.items().get(0).id(), content.id(), caseFile.category(), NOW, "mona", "k1",
                    new byte[60], "cd".repeat(32));
            records.add(record, List.of());
            return record;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("listing and viewing are audited; viewing decrypts nothing; a case number narrows the list")
    void listAndView(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        EvidenceRecord record = sealed(em);
        String caseNumber = CaseNumbers.format(record.caseId());

        // Act
        RecordList all = inTransaction(em, () -> desk(em).list(RecordFilter.ANY, 0, 1000, "lena"));
        RecordList ofCase = inTransaction(em, () -> desk(em).list(new RecordFilter(LegalStatus.SEALED, caseNumber),
                0, 10, "lena"));
        Optional<RecordDetails> details = inTransaction(em, () -> desk(em).details(record.id(), "lena"));

        // Assert
        assertThat(all.rows()).extracting(RecordRow::id).contains(record.id());
        assertThat(ofCase.rows()).singleElement().satisfies(row -> {
            assertThat(row.caseNumber()).isEqualTo(caseNumber);
            assertThat(row.category()).contains(Category.CHILD_SEXUAL_IMAGERY);
            assertThat(row.status()).isEqualTo(LegalStatus.SEALED);
        });
        assertThat(details).get().extracting(RecordDetails::custody).asList().isEmpty();
        assertThat(audit.withAction("legal.records.listed")).hasSize(2);
        assertThat(audit.withAction("legal.record.viewed")).singleElement()
                .extracting(RecordingAuditLog.Entry::actor).isEqualTo("lena");
        assertThat(audit.withAction("evidence.opened")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("an export opens the record, writes the export in custody before packing, and the package verifies")
    void export(JpaDatabase db) throws Exception {
        // Arrange
        EntityManager em = db.entityManager();
        EvidenceRecord record = sealed(em);

        // Act
        PreparedPackage prepared = inTransaction(em, () -> desk(em).export(record.id(), "lena")).orElseThrow();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        prepared.writeTo(zip);

        // Assert
        List<CustodyEntry> custody = inTransaction(em, () -> desk(em).details(record.id(), "lena"))
                .orElseThrow().custody();
        assertThat(custody).extracting(CustodyEntry::action)
                .containsExactly(CustodyAction.OPENED, CustodyAction.EXPORTED);
        assertThat(audit.withAction("evidence.exported")).singleElement()
                .extracting(RecordingAuditLog.Entry::actor).isEqualTo("lena");
        String key = inTransaction(em, () -> desk(em).signingKey().fingerprint());
        PackageVerifier.Result verified = PackageVerifier.verify(new ByteArrayInputStream(zip.toByteArray()), key);
        assertThat(verified.problems()).isEmpty();
        assertThat(new String(PackageFixtures.unzip(zip.toByteArray()).get("custody.json"), StandardCharsets.UTF_8))
                .contains("\"action\": \"opened\"", "\"action\": \"exported\"");
        assertThat(prepared.fileName()).isEqualTo("evidence-" + record.id() + "-"
                + CaseNumbers.format(record.caseId()) + ".zip");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a shredded record cannot be opened or exported; an unknown one is simply not there")
    void shreddedAndUnknown(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        EvidenceRecord record = sealed(em);
        inTransaction(em, () -> Wiring.set(new EvidenceRepository(), "em", em).lock(record.id()).orElseThrow()
                .shred("lex", "retention ended", NOW));

        // Act / Assert
        assertThatThrownBy(() -> inTransaction(em, () -> desk(em).export(record.id(), "lena")))
                .isInstanceOf(EvidenceUnavailableException.class)
                .extracting(e -> ((EvidenceUnavailableException) e).reason())
                .isEqualTo(EvidenceUnavailableException.Reason.SHREDDED);
        assertThat(inTransaction(em, () -> desk(em).details(record.id(), "lena"))).get()
                .extracting(d -> d.row().status()).isEqualTo(LegalStatus.SHREDDED);
        assertThat(inTransaction(em, () -> desk(em).export(Long.MAX_VALUE, "lena"))).isEmpty();
        assertThat(audit.withAction("evidence.exported")).isEmpty();
    }
}
