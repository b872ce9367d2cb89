package org.recourse.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.cases.CaseBuilder.aCase;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Case;
import org.recourse.cases.CaseBuilder;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.Category;
import org.recourse.cases.Decision;
import org.recourse.cases.IndustryClassification;
import org.recourse.cases.LegalAssessment;
import org.recourse.cases.ReasonCode;
import org.recourse.cases.Reviewer;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentMedia;
import org.recourse.content.ContentRepository;
import org.recourse.content.VisibilityChanged;
import org.recourse.review.CaseViewRepository;
import org.recourse.review.ItemDecided;
import org.recourse.review.ReviewService;
import org.recourse.staff.Role;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;
import org.recourse.testing.Wiring;
import org.recourse.testing.Wiring.KeptEvents;

/**
 * The vault over a real H2 and a real PostgreSQL, with the review service and the vault wired by hand as the container
 * wires them: a removal of a registered picture in a child category seals a record in the deciding transaction (the
 * bytes stored are not the plain bytes, the vault key opens them, the metadata has the reports without their
 * reporters); a restore or another category seals nothing; a decision that fails leaves no record; a tampered row
 * fails; a shredded record opens no more.
 */
@DisplayName("Evidence vault: sealing at removal, opening, shredding")
class EvidenceVaultTest {

    private static final Instant T0 = CaseBuilder.DEFAULT_OPENED_AT;
    private static final Instant NOW = T0.plus(Duration.ofMinutes(12));
    private static final Reviewer MONA = new Reviewer("mona", Role.MODERATOR);
    private static final String MARKER = "PLAIN-BYTES-MARKER-made-by-the-test";
    private static final byte[] PICTURE = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            (MARKER + " ").repeat(40).getBytes(StandardCharsets.US_ASCII));
    private static final String REPORTER_EMAIL = "reporter-vault@example.org";
    private static final String REPORTER_REFERENCE = "RVAULT0000000001";

    private final MovableClock clock = new MovableClock(NOW);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final KeptEvents<EvidenceSealed> sealed = new KeptEvents<>();
    private final VaultKeys keys = VaultKeys.ofBase64(randomKey(), null);

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The vault as the container wires it, over this entity manager and these keys. */
    private EvidenceVault vault(EntityManager em, VaultKeys vaultKeys) {
        EvidenceRepository records = Wiring.set(new EvidenceRepository(), "em", em);
        CustodyLog custody = new CustodyLog();
        Wiring.set(custody, "records", records);
        Wiring.set(custody, "audit", audit);
        Wiring.set(custody, "clock", clock);
        EvidenceCollector collector = new EvidenceCollector();
        ContentRepository content = Wiring.set(new ContentRepository(), "em", em);
        Wiring.set(content, "contexts", Wiring.set(new org.recourse.content.UploaderContextRepository(), "em", em));
        Wiring.set(collector, "content", content);
        Wiring.set(collector, "cases", Wiring.set(new CaseEvidenceRepository(), "em", em));
        VaultSettings settings = new VaultSettings();
        settings.use(vaultKeys, SealingRule.LAW_ONLY);
        EvidenceVault vault = new EvidenceVault();
        Wiring.set(vault, "cases", Wiring.set(new CaseRepository(), "em", em));
        Wiring.set(vault, "records", records);
        Wiring.set(vault, "collector", collector);
        Wiring.set(vault, "custody", custody);
        Wiring.set(vault, "settings", settings);
        Wiring.set(vault, "audit", audit);
        Wiring.set(vault, "clock", clock);
        Wiring.set(vault, "sealedEvent", sealed);
        return vault;
    }

    /** The review service, its decisions observed by the vault (and then by {@code after}, in the same transaction). */
    private ReviewService review(EntityManager em, Runnable after) {
        CaseRepository cases = Wiring.set(new CaseRepository(), "em", em);
        EvidenceVault vault = vault(em, keys);
        ReviewService service = new ReviewService();
        Wiring.set(service, "cases", cases);
        Wiring.set(service, "views", Wiring.set(Wiring.set(new CaseViewRepository(), "em", em), "cases", cases));
        Wiring.set(service, "content", Wiring.set(new ContentRepository(), "em", em));
        Wiring.set(service, "audit", audit);
        Wiring.set(service, "clock", clock);
        Wiring.set(service, "decided", new KeptEvents<ItemDecided>(decided -> {
            vault.itemDecided(decided);
            after.run();
        }));
        Wiring.set(service, "visibilityChanged", new KeptEvents<VisibilityChanged>());
        org.recourse.notification.Outbox outbox = Wiring.set(new org.recourse.notification.Outbox(), "em", em);
        Wiring.set(outbox, "clock", clock);
        Wiring.set(outbox, "audit", audit);
        org.recourse.review.DangerAlerts alerts = new org.recourse.review.DangerAlerts();
        Wiring.set(alerts, "staff", Wiring.set(new org.recourse.staff.StaffRepository(), "em", em));
        Wiring.set(alerts, "outbox", outbox);
        Wiring.set(alerts, "publicUrl", "https://recourse.example");
        Wiring.set(service, "dangerAlerts", alerts);
        return service;
    }

    /** A registered picture reported in this category, with a reporter who left an address; claimed by mona. */
    private static Case reported(JpaDatabase db, Category category) {
        EntityManager em = db.entityManager();
        return inTransaction(em, () -> {
            ContentItem content = new ContentItem("ev-" + UUID.randomUUID(), "https://platform.example/p/ev",
                    "image/png", ContentItem.sha256Of(PICTURE), "uploader-ev", T0);
            em.persist(content);
            content.hideForReview(T0);
            em.persist(new ContentMedia(content, PICTURE));
            Case caseFile = aCase().category(category).withHostedItem(content).claimedBy("mona").build();
            em.persist(caseFile);
            em.flush();
            em.createNativeQuery("""
                    insert into report (reference, case_id, category, self_report, details, contact_email,
                    contact_language, received_at) values (?1, ?2, ?3, false, 'I saw this today', ?4, 'fr', ?5)""")
                    .setParameter(1, REPORTER_REFERENCE.substring(0, 6) + UUID.randomUUID().toString()
                            .replace("-", "").substring(0, 10).toUpperCase())
                    .setParameter(2, caseFile.id()).setParameter(3, category.name())
                    .setParameter(4, REPORTER_EMAIL).setParameter(5, OffsetDateTime.ofInstant(T0, ZoneOffset.UTC))
                    .executeUpdate();
            return caseFile;
        });
    }

    private static long itemOf(Case caseFile) {
        return caseFile.items().get(0).id();
    }

    private static List<Map<String, Object>> recordsOf(JpaDatabase db, long itemId) {
        return db.jdbc().query("select id, status, wrapped_key, manifest_sha256 from evidence_record "
                + "where case_item_id = ?", itemId);
    }

    private void remove(JpaDatabase db, Case caseFile, LegalAssessment assessment) {
        EntityManager em = db.entityManager();
        inTransaction(em, () -> review(em, () -> { }).decide(caseFile.id(), itemOf(caseFile), Decision.REMOVE,
                ReasonCode.CHILD_SEXUAL_ABUSE_MATERIAL, "seen", null, assessment, MONA));
    }

    private long sealedRecord(JpaDatabase db, Case caseFile) {
        remove(db, caseFile, new LegalAssessment(IndustryClassification.A2, true, "a child is named and located"));
        return ((Number) recordsOf(db, itemOf(caseFile)).get(0).get("id")).longValue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a removal seals a record in its transaction: ciphertext only in the database, opened by the vault key")
    void removalSeals(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, Category.CHILD_SEXUAL_IMAGERY);

        // Act
        long recordId = sealedRecord(db, caseFile);

        // Assert
        assertThat(sealed.fired()).containsExactly(new EvidenceSealed(recordId, caseFile.id(), itemOf(caseFile), true));
        List<Map<String, Object>> parts = db.jdbc().query("select name, ciphertext from evidence_part "
                + "where record_id = ? order by part_index", recordId);
        assertThat(parts).extracting(row -> row.get("name"))
                .containsExactly("manifest.json", "metadata.json", "content/1.png");
        assertThat(parts).allSatisfy(row -> assertThat(new String((byte[]) row.get("ciphertext"),
                StandardCharsets.ISO_8859_1)).doesNotContain(MARKER).doesNotContain("I saw this today"));
        EntityManager em = db.entityManager();
        OpenedEvidence opened = inTransaction(em, () -> vault(em, keys).open(recordId, "lex", "test").orElseThrow());
        assertThat(opened.files()).singleElement().satisfies(file -> {
            assertThat(file.bytes()).isEqualTo(PICTURE);
            assertThat(file.sha256()).isEqualTo(ContentItem.sha256Of(PICTURE));
            assertThat(file.md5()).isEqualTo(Manifest.md5(PICTURE));
        });
        assertThat(opened.metadata().decision()).satisfies(decision -> {
            assertThat(decision.classification()).isEqualTo("A2");
            assertThat(decision.imminentDanger()).isTrue();
            assertThat(decision.imminentDangerReason()).isEqualTo("a child is named and located");
            assertThat(decision.reviewer()).isEqualTo("mona");
        });
        assertThat(opened.metadata().reports()).singleElement().satisfies(report -> {
            assertThat(report.details()).isEqualTo("I saw this today");
            assertThat(report.channel()).isEqualTo("person");
        });
        String json = new String(opened.metadataJson(), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain(REPORTER_EMAIL).doesNotContain(REPORTER_REFERENCE.substring(0, 6))
                .doesNotContain("\"fr\"").doesNotContain("contact").doesNotContain("reference");
        assertThat(opened.manifestSha256()).isEqualTo(recordsOf(db, itemOf(caseFile)).get(0).get("manifest_sha256"));
        assertThat(audit.withAction("evidence.sealed")).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).contains(opened.manifestSha256()));
        assertThat(inTransaction(em, () -> Wiring.set(new EvidenceRepository(), "em", em).custody(recordId)))
                .extracting(CustodyEntry::action).containsExactly(CustodyAction.SEALED, CustodyAction.OPENED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("imminent danger mails every supervisor address once, in the deciding transaction, without content")
    void imminentDangerAlertsSupervisors(JpaDatabase db) {
        // Arrange: two supervisors, one of them with a second account at the same address, and a moderator
        Case caseFile = reported(db, Category.CHILD_SEXUAL_IMAGERY);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        EntityManager em = db.entityManager();
        inTransaction(em, () -> {
            em.persist(new org.recourse.staff.StaffAccount("sup-a-" + tag, "A", "a-" + tag + "@staff.example",
                    Role.SUPERVISOR, "hash", T0));
            em.persist(new org.recourse.staff.StaffAccount("sup-a2-" + tag, "A", "A-" + tag + "@Staff.example",
                    Role.SUPERVISOR, "hash", T0));
            em.persist(new org.recourse.staff.StaffAccount("sup-b-" + tag, "B", "b-" + tag + "@staff.example",
                    Role.SUPERVISOR, "hash", T0));
            em.persist(new org.recourse.staff.StaffAccount("mod-" + tag, "M", "m-" + tag + "@staff.example",
                    Role.MODERATOR, "hash", T0));
        });

        // Act
        sealedRecord(db, caseFile);

        // Assert
        List<Map<String, Object>> mails = db.jdbc().query("select recipient, subject, body from outbox_message "
                + "where dedupe_key like ?", "imminent-danger:item-" + itemOf(caseFile) + ":%");
        assertThat(mails).extracting(row -> ((String) row.get("recipient")).toLowerCase())
                .contains("a-" + tag + "@staff.example", "b-" + tag + "@staff.example")
                .doesNotContain("m-" + tag + "@staff.example").doesNotHaveDuplicates();
        assertThat(mails).allSatisfy(row -> {
            assertThat((String) row.get("subject")).contains(org.recourse.cases.CaseNumbers.format(caseFile.id()));
            assertThat((String) row.get("body")).contains("/staff/case?id=" + caseFile.id())
                    .doesNotContain("a child is named and located").doesNotContain("platform.example").doesNotContain(REPORTER_EMAIL);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("an escalation, and a removal in a category that does not assume a child, seal nothing")
    void othersSealNothing(JpaDatabase db) {
        // Arrange
        Case restored = reported(db, Category.CHILD_SEXUAL_IMAGERY);
        Case harassment = reported(db, Category.SURVIVOR_HARASSMENT);
        EntityManager em = db.entityManager();

        // Act
        inTransaction(em, () -> review(em, () -> { }).decide(restored.id(), itemOf(restored), Decision.ESCALATE,
                ReasonCode.UNSURE, null, null, MONA));
        inTransaction(em, () -> review(em, () -> { }).decide(harassment.id(), itemOf(harassment), Decision.REMOVE,
                ReasonCode.HARASSMENT, null, null, MONA));

        // Assert
        assertThat(recordsOf(db, itemOf(restored))).isEmpty();
        assertThat(recordsOf(db, itemOf(harassment))).isEmpty();
        assertThat(sealed.fired()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a decision that fails after sealing rolls the record back with it")
    void failedDecisionLeavesNoRecord(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, Category.CHILD_SEXUAL_IMAGERY);
        EntityManager em = db.entityManager();

        // Act
        assertThatThrownBy(() -> inTransaction(em, () -> review(em, () -> {
            em.flush();
            long inTransaction = ((Number) em.createNativeQuery("select count(*) from evidence_record "
                    + "where case_item_id = ?1").setParameter(1, itemOf(caseFile)).getSingleResult()).longValue();
            assertThat(inTransaction).as("the record, written in the decision's transaction").isEqualTo(1);
            throw new IllegalStateException("a later observer fails");
        }).decide(caseFile.id(), itemOf(caseFile), Decision.REMOVE, ReasonCode.CHILD_SEXUAL_ABUSE_MATERIAL, null,
                null, MONA))).hasMessageContaining("a later observer fails");

        // Assert
        assertThat(sealed.fired()).hasSize(1);
        assertThat(recordsOf(db, itemOf(caseFile))).isEmpty();
        assertThat(db.jdbc().count("select count(*) from item_decision where case_item_id = ?", itemOf(caseFile)))
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("one byte flipped in a part's ciphertext in the database fails verification, naming the record")
    void tamperedRowFails(JpaDatabase db) throws Exception {
        // Arrange
        Case caseFile = reported(db, Category.CHILD_SEXUAL_IMAGERY);
        long recordId = sealedRecord(db, caseFile);
        byte[] ciphertext = (byte[]) db.jdbc().query("select ciphertext from evidence_part where record_id = ? "
                + "and name = 'content/1.png'", recordId).get(0).get("ciphertext");
        ciphertext[ciphertext.length / 3] ^= 0x01;
        try (var connection = db.jdbc().connect(); var update = connection.prepareStatement(
                "update evidence_part set ciphertext = ? where record_id = ? and name = 'content/1.png'")) {
            update.setBytes(1, ciphertext);
            update.setLong(2, recordId);
            update.executeUpdate();
        }
        EntityManager em = db.entityManager();

        // Act / Assert
        assertThatThrownBy(() -> inTransaction(em, () -> vault(em, keys).open(recordId, "lex", "test")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Evidence record " + recordId + " fails verification");
        assertThat(audit.withAction("evidence.verification-failed")).hasSize(1);
        assertThat(audit.withAction("evidence.opened")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("shredding destroys the key and the parts, keeps a tombstone; the record opens no more")
    void shredding(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, Category.CHILD_SEXUAL_IMAGERY);
        long recordId = sealedRecord(db, caseFile);
        EntityManager em = db.entityManager();

        // Act
        inTransaction(em, () -> vault(em, keys).shred(recordId, "lex", "retention ended"));

        // Assert
        assertThat(recordsOf(db, itemOf(caseFile))).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("SHREDDED");
            assertThat(row.get("wrapped_key")).isNull();
        });
        assertThat(db.jdbc().count("select count(*) from evidence_part where record_id = ?", recordId)).isZero();
        assertThat(inTransaction(em, () -> vault(em, keys).open(recordId, "lex", "test"))).isEmpty();
        assertThat(audit.withAction("evidence.shredded")).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).startsWith("retention ended"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("rotation re-wraps a record's key under the new vault key; then only the new key is needed")
    void rotation(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, Category.CHILD_SEXUAL_IMAGERY);
        long recordId = sealedRecord(db, caseFile);
        String newKey = randomKey();
        byte[] partsBefore = (byte[]) db.jdbc().query("select ciphertext from evidence_part where record_id = ? "
                + "and name = 'content/1.png'", recordId).get(0).get("ciphertext");
        EntityManager em = db.entityManager();
        VaultKeys rotated = VaultKeys.ofBase64(newKey, Base64.getEncoder().encodeToString(
                keys.current().key().getEncoded()));

        // Act
        boolean rewrapped = inTransaction(em, () -> vault(em, rotated).rewrap(recordId, "system"));

        // Assert
        assertThat(rewrapped).isTrue();
        VaultKeys onlyNew = VaultKeys.ofBase64(newKey, null);
        assertThat(inTransaction(em, () -> vault(em, onlyNew).open(recordId, "lex", "after rotation")))
                .hasValueSatisfying(opened -> assertThat(opened.files().get(0).bytes()).isEqualTo(PICTURE));
        assertThat(db.jdbc().query("select ciphertext from evidence_part where record_id = ? "
                + "and name = 'content/1.png'", recordId).get(0).get("ciphertext")).isEqualTo(partsBefore);
        assertThat(inTransaction(em, () -> vault(em, onlyNew).rewrap(recordId, "system"))).isFalse();
        assertThat(audit.withAction("evidence.rewrapped")).hasSize(1);
    }
}
