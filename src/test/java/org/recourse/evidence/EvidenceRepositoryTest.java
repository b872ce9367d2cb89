package org.recourse.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.cases.CaseBuilder.aCase;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Case;
import org.recourse.cases.Category;
import org.recourse.content.ContentItem;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;
import org.recourse.testing.Wiring;

/**
 * The vault's tables on a real H2 and a real PostgreSQL: a record takes its id from the sequence before its insert,
 * keeps its parts and custody, lists by status in pages, and a shredded record keeps its row and manifest hash while
 * the database refuses a shredded record that still holds a key.
 */
@DisplayName("Evidence repository: records, parts, custody")
class EvidenceRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final String HASH = "ab".repeat(32);

    private final RecordingAuditLog audit = new RecordingAuditLog();

    private static EvidenceRepository repository(EntityManager em) {
        return Wiring.set(new EvidenceRepository(), "em", em);
    }

    private CustodyLog custody(EntityManager em) {
        CustodyLog log = new CustodyLog();
        Wiring.set(log, "records", repository(em));
        Wiring.set(log, "audit", audit);
        Wiring.set(log, "clock", new MovableClock(NOW));
        return log;
    }

    private static Case aRemovedCase(EntityManager em) {
        return inTransaction(em, () -> {
            ContentItem content = new ContentItem("ev-" + UUID.randomUUID(), "https://platform.example/p/ev",
                    "image/png", null, "uploader-ev", NOW);
            em.persist(content);
            Case caseFile = aCase().category(Category.CHILD_SEXUAL_IMAGERY).withHostedItem(content).build();
            em.persist(caseFile);
            return caseFile;
        });
    }

    private static EvidenceRecord sealed(EntityManager em, Case caseFile) {
        return inTransaction(em, () -> {
            EvidenceRepository records = repository(em);
            long id = records.nextId();
            EvidenceRecord record = new EvidenceRecord(id, caseFile.id(), caseFile.items().get(0).id(),
                    caseFile.items().get(0).content().id(), caseFile.category(), NOW, "mona", "k1", new byte[60],
                    HASH);
            records.add(record, List.of(new EvidencePart(id, 0, "manifest.json", "application/json", 3,
                    new byte[12], new byte[19])));
            return record;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a record keeps its parts and custody, is found by its item and counted by status")
    void storesAndFinds(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        Case caseFile = aRemovedCase(em);

        // Act
        EvidenceRecord record = sealed(em, caseFile);
        inTransaction(em, () -> custody(em).record(record.id(), "mona", CustodyAction.SEALED, "at removal"));

        // Assert
        inTransaction(em, () -> {
            EvidenceRepository records = repository(em);
            assertThat(records.findByCaseItem(caseFile.items().get(0).id())).get()
                    .extracting(EvidenceRecord::id).isEqualTo(record.id());
            assertThat(records.parts(record.id())).extracting(EvidencePart::name).containsExactly("manifest.json");
            assertThat(records.custody(record.id())).extracting(CustodyEntry::action)
                    .containsExactly(CustodyAction.SEALED);
            assertThat(records.list(EvidenceStatus.SEALED, 0, 1000)).extracting(EvidenceRecord::id)
                    .contains(record.id());
            assertThat(records.counts().get(EvidenceStatus.SEALED)).isPositive();
        });
        assertThat(audit.withAction("evidence.sealed")).singleElement()
                .extracting(RecordingAuditLog.Entry::subject).asString().endsWith("/evidence-" + record.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a shredded record keeps its row and manifest hash without its key; the database refuses a key kept")
    void shreddedIsATombstone(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        EvidenceRecord record = sealed(em, aRemovedCase(em));

        // Act
        inTransaction(em, () -> {
            repository(em).lock(record.id()).orElseThrow().shred("lex", "retention ended", NOW);
            repository(em).flush();
            repository(em).deleteParts(record.id());
        });

        // Assert
        assertThat(db.jdbc().query("select status, wrapped_key, manifest_sha256 from evidence_record where id = ?",
                record.id())).singleElement().satisfies(row -> {
                    assertThat(row.get("status")).isEqualTo("SHREDDED");
                    assertThat(row.get("wrapped_key")).isNull();
                    assertThat(row.get("manifest_sha256")).isEqualTo(HASH);
                });
        assertThat(db.jdbc().count("select count(*) from evidence_part where record_id = ?", record.id())).isZero();
        assertThatThrownBy(() -> {
            try (var connection = db.jdbc().connect(); var update = connection.prepareStatement(
                    "update evidence_record set status = 'SEALED' where id = ?")) {
                update.setLong(1, record.id());
                update.executeUpdate();
            }
        }).as("a sealed record without a key").isInstanceOf(java.sql.SQLException.class);
    }
}
