package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.cases.Category;
import org.recourse.clients.ApiKey;
import org.recourse.content.ContentItem;
import org.recourse.evidence.EvidencePart;
import org.recourse.evidence.EvidenceRecord;
import org.recourse.evidence.Manifest;
import org.recourse.evidence.RecordSeal;
import org.recourse.evidence.VaultKeys;
import org.recourse.testing.Http;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * The evidence vault from outside, against a real Payara Micro: a removal of a registered picture reported as child
 * sexual imagery seals a record in the decision's transaction; the database holds no plain byte of it, yet the vault
 * key of the deployment opens it (the rows read by JDBC, checked by {@link RecordSeal} as the portal checks them) to
 * the same bytes and hashes, with the manifest's hash in the audit chain; one flipped byte fails; an escalation and
 * another category seal nothing; a decision that fails leaves no record.
 */
abstract class EvidenceVaultContract {

    static final String ADMIN_PASSWORD = "first portal password 42";
    /** The deployment's vault key: known to the test, so that it can open what the portal sealed. */
    static final String VAULT_KEY = "dGVzdHMtb25seS12YXVsdC1rZXktMzItYnl0ZXMhISE=";
    private static final Path PICTURE = Path.of("..", "shared", "pdq-vectors", "images", "bridge-mods",
            "aaa-orig.jpg");
    private static final String REPORTER_WORDS = "Reporter's own words for the vault";
    private static final String REPORTER_EMAIL = "reporter-vault@example.org";
    private static final Map<String, Map<String, Object>> PORTALS = new HashMap<>();

    URL base;

    /** The portal under test: the shared deployment this contract runs in, as a nested class. */
    abstract URL portal();

    Http http;
    private Map<String, Object> portal;

    abstract TestDatabase database();

    /** This contract's settings, merged into the shared portal's. */
    static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.vault.key", VAULT_KEY);
        return settings;
    }

    @BeforeEach
    void arrange() throws Exception {
        base = portal();
        http = new Http(base.toURI());
        portal = PORTALS.computeIfAbsent(base.toString(), c -> new HashMap<>());
        if (!portal.isEmpty()) {
            return;
        }
        StaffClient admin = SignedInAdmins.of(base, ADMIN_PASSWORD);
        ApiKey key = ApiKey.generate();
        try (Connection connection = database().connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                values ('Uploads', ?, ?, 'content:register screen', ?, 'test')""")) {
            insert.setString(1, key.prefix());
            insert.setString(2, key.hash());
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        portal.put("admin", admin);
        portal.put("key", key.value());
    }

    private StaffClient admin() {
        return (StaffClient) portal.get("admin");
    }

    private String register(byte[] bytes) {
        String contentId = "ev-" + UUID.randomUUID();
        HttpResponse<String> answer = http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId
                + "\",\"url\":\"https://platform.example/p/" + contentId + "\",\"mediaType\":\"image/jpeg\","
                + "\"uploaderId\":\"uploader-vault\",\"bytes\":\"" + Base64.getEncoder().encodeToString(bytes)
                + "\"}", "Authorization", "Bearer " + portal.get("key"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return contentId;
    }

    private long report(String contentId, String category) {
        HttpResponse<String> filed = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"" + category + "\",\"details\":\"" + REPORTER_WORDS + "\",\"contact\":"
                + "{\"email\":\"" + REPORTER_EMAIL + "\",\"consent\":true}}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonObject receipt = Http.json(filed);
        portal.put("reference", receipt.getString("reference"));
        return database().count("select case_id from report where reference = ?",
                receipt.getString("reference").replace("-", ""));
    }

    private HttpResponse<String> decide(long caseId, String decision, String reason, Map<String, String> legal) {
        admin().get("/staff/case?id=" + caseId);
        admin().submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        Map<String, String> fields = new HashMap<>(legal);
        fields.put("review:items:0:decision", decision);
        fields.put("review:items:0:reason", reason);
        return admin().submit("/staff/case?id=" + caseId, "review", "review:items:0:decide", fields);
    }

    private long itemOf(long caseId) {
        return database().count("select id from case_item where case_id = ?", caseId);
    }

    /** The record sealed for an item, read by JDBC as the database holds it; null when there is none. */
    private EvidenceRecord recordOf(long itemId) throws Exception {
        try (Connection connection = database().connect(); PreparedStatement select = connection.prepareStatement(
                "select * from evidence_record where case_item_id = ?")) {
            select.setLong(1, itemId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new EvidenceRecord(row.getLong("id"), row.getLong("case_id"), row.getLong("case_item_id"),
                        row.getLong("content_item_id"), Category.fromCode(row.getString("category")).orElseThrow(),
                        row.getObject("sealed_at", OffsetDateTime.class).toInstant(), row.getString("sealed_by"),
                        row.getString("vault_key_id"), row.getBytes("wrapped_key"), row.getString("manifest_sha256"));
            }
        }
    }

    private List<EvidencePart> partsOf(long recordId) throws Exception {
        List<EvidencePart> parts = new ArrayList<>();
        try (Connection connection = database().connect(); PreparedStatement select = connection.prepareStatement(
                "select * from evidence_part where record_id = ? order by part_index")) {
            select.setLong(1, recordId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    parts.add(new EvidencePart(recordId, row.getInt("part_index"), row.getString("name"),
                            row.getString("media_type"), row.getLong("plain_size"), row.getBytes("nonce"),
                            row.getBytes("ciphertext")));
                }
            }
        }
        return parts;
    }

    private static VaultKeys vaultKey() {
        return VaultKeys.ofBase64(VAULT_KEY, null);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return HexFormat.of().formatHex(haystack).contains(HexFormat.of().formatHex(needle));
    }

    @Test
    @DisplayName("a removal of a registered picture seals it: no plain byte in the database, the vault key opens it")
    void removalSeals() throws Exception {
        // Arrange
        byte[] picture = Files.readAllBytes(PICTURE);
        long caseId = report(register(picture), "child_sexual_imagery");

        // Act
        decide(caseId, "REMOVE", "CHILD_SEXUAL_ABUSE_MATERIAL", Map.of("review:items:0:classification", "A2",
                "review:items:0:imminentDanger", "true", "review:items:0:dangerReason", "the child is named"));

        // Assert: sealed in the decision's transaction (there when the decision is)
        assertThat(admin().lastPage()).doesNotContain("id=\"review-error\"")
                .contains("A2 – prepubescent child, lascivious exhibition").contains("the child is named");
        EvidenceRecord record = recordOf(itemOf(caseId));
        assertThat(record).as("a record for the removed item").isNotNull();
        List<EvidencePart> parts = partsOf(record.id());
        assertThat(parts).extracting(EvidencePart::name)
                .containsExactly("manifest.json", "metadata.json", "content/1.jpg");
        byte[] window = java.util.Arrays.copyOfRange(picture, 1024, 1024 + 48);
        for (String column : List.of("ciphertext", "nonce")) {
            for (Map<String, Object> row : database().query("select " + column + " from evidence_part")) {
                assertThat(contains((byte[]) row.get(column), window)).as("plain bytes in evidence_part." + column)
                        .isFalse();
            }
        }
        RecordSeal.Opened opened = RecordSeal.open(vaultKey(), record, parts);
        assertThat(opened.files()).singleElement().satisfies(file -> assertThat(file.bytes()).isEqualTo(picture));
        assertThat(opened.manifest().files()).singleElement().satisfies(file -> {
            assertThat(file.sha256()).isEqualTo(ContentItem.sha256Of(picture));
            assertThat(file.md5()).isEqualTo(Manifest.md5(picture));
            assertThat(file.pdq()).as("the PDQ hash computed at registration").hasSize(64);
        });
        String metadata = new String(opened.metadataJson(), StandardCharsets.UTF_8);
        assertThat(metadata).contains(REPORTER_WORDS).contains("\"classification\":\"A2\"")
                .contains("\"imminentDanger\":true").contains("the child is named")
                .doesNotContain(REPORTER_EMAIL).doesNotContain((String) portal.get("reference"))
                .doesNotContain(((String) portal.get("reference")).replace("-", ""));
        assertThat(database().count("select count(*) from audit_event where action = 'evidence.sealed' and detail "
                + "like ?", "%" + record.manifestSha256() + "%")).as("the manifest's hash in the audit chain")
                .isEqualTo(1);
        assertThat(database().count("select count(*) from evidence_custody where record_id = ? and action = 'SEALED'",
                record.id())).isEqualTo(1);
        assertThat(database().count("select count(*) from item_decision where case_item_id = ? and classification = "
                + "'A2' and imminent_danger = true", itemOf(caseId))).isEqualTo(1);
    }

    @Test
    @DisplayName("one byte flipped in a part's ciphertext fails verification, naming the record")
    void tamperedRowFails() throws Exception {
        // Arrange
        long caseId = report(register(Files.readAllBytes(PICTURE)), "child_sexual_imagery");
        decide(caseId, "REFER", "HOTLINE", Map.of());
        EvidenceRecord record = recordOf(itemOf(caseId));
        assertThat(record).isNotNull();

        // Act: one bit of the file's ciphertext, as someone with access to the database could change it
        EvidencePart file = partsOf(record.id()).get(2);
        byte[] altered = database().query("select ciphertext from evidence_part where record_id = ? and name = ?",
                record.id(), file.name()).stream().map(row -> (byte[]) row.get("ciphertext")).findFirst().orElseThrow();
        altered[altered.length / 2] ^= 0x01;
        try (Connection connection = database().connect(); PreparedStatement update = connection.prepareStatement(
                "update evidence_part set ciphertext = ? where record_id = ? and name = ?")) {
            update.setBytes(1, altered);
            update.setLong(2, record.id());
            update.setString(3, file.name());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        // Assert
        assertThatThrownBy(() -> RecordSeal.open(vaultKey(), record, partsOf(record.id())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Evidence record " + record.id() + " fails verification");
    }

    @Test
    @DisplayName("an escalation, and a removal in another category, seal nothing")
    void othersSealNothing() throws Exception {
        // Arrange
        long escalated = report(register(Files.readAllBytes(PICTURE)), "child_sexual_imagery");
        long harassment = report(register("a harassing picture".getBytes(StandardCharsets.UTF_8)),
                "survivor_harassment");

        // Act
        decide(escalated, "ESCALATE", "UNSURE", Map.of());
        decide(harassment, "REMOVE", "HARASSMENT", Map.of());

        // Assert
        assertThat(admin().lastPage()).doesNotContain("id=\"review-error\"");
        assertThat(database().count("select count(*) from item_decision where case_item_id = ?",
                itemOf(harassment))).isEqualTo(1);
        assertThat(recordOf(itemOf(escalated))).isNull();
        assertThat(recordOf(itemOf(harassment))).isNull();
    }

    @Test
    @DisplayName("a decision that fails after sealing rolls the record back with it")
    void failedDecisionLeavesNoRecord() throws Exception {
        // Arrange: the audit entry of the sealing is refused, so the deciding transaction fails after the record
        long caseId = report(register(Files.readAllBytes(PICTURE)), "child_sexual_imagery");
        // Only entries after those already written are refused: other contracts of the shared portal sealed before.
        long lastEntry = database().count("select coalesce(max(id), 0) from audit_event");
        try (Connection connection = database().connect(); Statement ddl = connection.createStatement()) {
            ddl.execute("alter table audit_event add constraint it_refuse_sealing check (action <> 'evidence.sealed' "
                    + "or id <= " + lastEntry + ")");
        }
        try {
            // Act
            decide(caseId, "REMOVE", "CHILD_SEXUAL_ABUSE_MATERIAL", Map.of());
        } finally {
            try (Connection connection = database().connect(); Statement ddl = connection.createStatement()) {
                ddl.execute("alter table audit_event drop constraint it_refuse_sealing");
            }
        }

        // Assert
        assertThat(recordOf(itemOf(caseId))).isNull();
        assertThat(database().count("select count(*) from item_decision where case_item_id = ?", itemOf(caseId)))
                .isZero();
        assertThat(database().count("select count(*) from case_item where id = ? and status = 'PENDING_REVIEW'",
                itemOf(caseId))).isEqualTo(1);

        // And the same decision, once the sealing may be audited again, goes through and seals.
        decide(caseId, "REMOVE", "CHILD_SEXUAL_ABUSE_MATERIAL", Map.of());
        assertThat(recordOf(itemOf(caseId))).isNotNull();
    }
}
