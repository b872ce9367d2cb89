package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.clients.ApiKey;
import org.recourse.matching.hash.PdqHasher;
import org.recourse.testing.Http;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * Partner banks from outside, against a real Payara Micro and the database of the subclass: an untrusted partner
 * bank's match holds the upload and opens a case; a reviewer's removal confirms that entry (the next upload is
 * blocked by it), a "no violation" rejects it (the next upload is allowed, and the entry is in the bank's feedback, in
 * the list's own ThreatExchange format); with too many rejections the bank is flagged on the banks page and the
 * dashboard, and supervisors are mailed once. A trusted bank's match blocks (and a restore of a blocked upload rejects
 * the entry), until a supervisor makes it untrusted.
 * Imports are all or nothing: a bad row is a 422 naming its line, a list too large a 413, a form a 415.
 */
abstract class PartnerBanksContract {

    static final String ADMIN_PASSWORD = "first portal password 42";
    private static final Path IMAGES = Path.of("..", "shared", "pdq-vectors", "images", "reg-test-input",
            "labelme-subset");
    private static final ApiKey KEY = ApiKey.generate();
    private static StaffClient admin;
    private static String adminBase;
    private static final java.util.concurrent.atomic.AtomicInteger UPLOADERS = new java.util.concurrent.atomic.AtomicInteger();

    URL base;

    /** The portal under test: the shared deployment this contract runs in, as a nested class. */
    abstract URL portal();

    Http http;

    abstract TestDatabase database();

    /** This contract's settings, merged into the shared portal's: the flag set low enough for two decisions. */
    static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("recourse.demo.enabled", "false");
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.banks.flag-rate", "0.2");
        settings.put("recourse.banks.flag-min-reviewed", "2");
        return settings;
    }

    @BeforeEach
    void arrange() throws Exception {
        base = portal();
        http = new Http(base.toURI());
        // Once per deployment: the H2 and PostgreSQL portals share these static fields in one run.
        if (admin == null || !base.toString().equals(adminBase)) {
            adminBase = base.toString();
            execute("""
                    insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                    values ('Uploads', ?, ?, 'content:register content:read screen', ?, 'test')""",
                    KEY.prefix(), KEY.hash(), OffsetDateTime.now(ZoneOffset.UTC));
            admin = SignedInAdmins.of(base, ADMIN_PASSWORD);
            execute("update staff_account set email = 'supervisor@portal.example' where username = 'admin'");
        }
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = database().connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pdqOf(String picture) throws Exception {
        return PdqHasher.withPreResize().hashImage(IMAGES.resolve(picture)).hash().toHex();
    }

    private JsonObject screen(String picture, String contentId) throws Exception {
        String named = contentId == null ? "" : "\"contentId\":\"" + contentId + "\",\"url\":\"https://platform.example/p/"
                + contentId + "\",\"mediaType\":\"image/jpeg\",";
        HttpResponse<String> answer = http.postJson("/api/v1/screen", "{" + named + "\"uploaderId\":\"bank-user-"
                + UPLOADERS.incrementAndGet() + "\","
                + "\"bytes\":\"" + Base64.getEncoder().encodeToString(Files.readAllBytes(IMAGES.resolve(picture)))
                + "\"}", "Authorization", "Bearer " + KEY.value());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer);
    }

    /** Makes a partner bank on the banks page; returns its id. */
    private long createBank(String name, String trust) {
        admin.get("/staff/supervise/banks");
        admin.submit("/staff/supervise/banks", "partnerForm", "partnerForm:createPartner", Map.of(
                "partnerForm:partnerName", name, "partnerForm:partnerSource", "ThreatExchange privacy group 1234",
                "partnerForm:partnerPurpose", "IMPORTED", "partnerForm:partnerTrust", trust));
        return database().count("select id from hash_bank where name = ?", name);
    }

    private HttpResponse<String> importList(long bank, String mediaType, String list) {
        return admin.post("/staff/supervise/banks/import?bank=" + bank, mediaType,
                list.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> partnerEntry(long bank, String pdq) {
        return database().query("""
                select review_state, review_reason, review_case, source_ref from bank_entry
                where bank_id = ? and hash_type = 'PDQ' and hash_value = ?""", bank, pdq).get(0);
    }

    private void decideFirstItem(String caseNumber, String decision, String reason) {
        long caseId = Long.parseLong(caseNumber.substring(2));
        admin.get("/staff/case?id=" + caseId);
        admin.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        admin.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide", Map.of(
                "review:items:0:decision", decision, "review:items:0:reason", reason,
                "review:items:0:note", "", "review:items:0:justification", "Checked against the partner's list."));
        assertThat(admin.lastPage()).doesNotContain("id=\"review-error\"");
    }

    private static boolean matchedBy(JsonObject verdict, String bankName, String outcome) {
        return verdict.getJsonArray("matches").stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> bankName.equals(m.getString("source", m.getString("bank", "")))
                        && outcome.equals(m.getString("verdict")));
    }

    @Test
    @DisplayName("untrusted: a match holds and opens a case; removal confirms the entry, \"no violation\" rejects it into the feedback; the bank is flagged")
    void untrustedBank() throws Exception {
        // Arrange: an untrusted partner bank, and its list (a ThreatExchange query CSV) with a bad row
        long bank = createBank("Partner list (untrusted)", "UNTRUSTED");
        String removed = pdqOf("q0746.jpg");
        String lawful = pdqOf("q1050.jpg");
        String good = "id,indicator,type,status,tags,owner_id\n"
                + "1001," + removed + ",HASH_PDQ,MALICIOUS,csam photo,900\n"
                + "1002," + lawful + ",HASH_PDQ,MALICIOUS,csam,900\n";

        // Act / Assert: a list with a bad row is refused with the row's line, and nothing is stored
        HttpResponse<String> refused = importList(bank, "text/csv", good + "1003,abc,HASH_PDQ,MALICIOUS,,900\n");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        JsonObject problem = Http.json(refused).getJsonArray("errors").getJsonObject(0);
        assertThat(problem.getInt("line")).isEqualTo(4);
        assertThat(problem.getString("message")).contains("is not a pdq hash");
        assertThat(database().count("select count(*) from bank_entry where bank_id = ?", bank)).isZero();
        assertThat(importList(bank, "application/x-www-form-urlencoded", good).statusCode()).isEqualTo(415);
        HttpResponse<String> tooLarge = importHuge(bank);
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(database().count("select count(*) from bank_entry where bank_id = ?", bank)).isZero();

        // Act: the good list
        HttpResponse<String> imported = importList(bank, "text/csv", good);

        // Assert: both entries, unconfirmed, with the partner's ids
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(Http.json(imported).getString("format")).isEqualTo("TE_QUERY_CSV");
        assertThat(partnerEntry(bank, removed)).containsEntry("review_state", "UNCONFIRMED")
                .containsEntry("source_ref", "1001");
        assertThat(database().count("select count(*) from sweep_run where bank_id = ? and trigger_kind = 'AUTOMATIC'",
                bank)).as("the list's entries are swept against what is already up").isEqualTo(1);

        // Act / Assert: an upload matching the first is held, not published, and reported on a case
        JsonObject held = screen("q0746.jpg", "partner-1");
        assertThat(held.getString("verdict")).as(held.toString()).isEqualTo("HOLD");
        assertThat(held.getString("caseNumber")).matches("C-\\d{6}");
        assertThat(database().query("select visibility from content_item where platform_content_id = 'partner-1'")
                .get(0)).containsEntry("visibility", "HIDDEN_PENDING_REVIEW");

        // Act: a reviewer removes it
        decideFirstItem(held.getString("caseNumber"), "REMOVE", "CHILD_SEXUAL_ABUSE_MATERIAL");

        // Assert: the partner's entry is confirmed, and blocks the next upload
        assertThat(partnerEntry(bank, removed)).containsEntry("review_state", "CONFIRMED")
                .containsEntry("review_case", held.getString("caseNumber"));
        JsonObject blocked = screen("q0746.jpg", null);
        assertThat(blocked.getString("verdict")).isEqualTo("BLOCK");
        assertThat(matchedBy(blocked, "Partner list (untrusted)", "BLOCK")).as(blocked.toString()).isTrue();

        // Act: an upload matching the second is held, and a reviewer finds no violation
        JsonObject heldToo = screen("q1050.jpg", "partner-2");
        assertThat(heldToo.getString("verdict")).isEqualTo("HOLD");
        decideFirstItem(heldToo.getString("caseNumber"), "RESTORE", "NO_VIOLATION");

        // Assert: the entry is rejected with why, the next upload is allowed, and the feedback lists it (alone)
        assertThat(partnerEntry(bank, lawful)).containsEntry("review_state", "REJECTED")
                .containsEntry("review_reason", "NO_VIOLATION");
        assertThat(screen("q1050.jpg", null).getString("verdict")).isEqualTo("ALLOW");
        HttpResponse<String> feedback = admin.get("/staff/supervise/banks/export?bank=" + bank + "&feedback=1");
        assertThat(feedback.statusCode()).isEqualTo(200);
        assertThat(feedback.body()).startsWith("id,indicator,type,status,tags,description\n")
                .contains("1002," + lawful + ",HASH_PDQ,NON_MALICIOUS,csam,Rejected on review: NO_VIOLATION")
                .doesNotContain(removed).doesNotContain("Checked against");

        // Assert: one of two reviewed rejected is over 20 %: flagged on the page and the dashboard, mailed once
        assertThat(database().query("select flagged_at from hash_bank where id = ?", bank).get(0).get("flagged_at"))
                .isNotNull();
        assertThat(admin.get("/staff/supervise/banks?bank=" + bank).body()).contains("id=\"bank-flagged\"",
                "id=\"flagged-" + bank + "\"");
        assertThat(admin.get("/staff/dashboard").body()).contains("id=\"flagged-bank-" + bank + "\"");
        assertThat(database().count("""
                select count(*) from outbox_message where recipient = 'supervisor@portal.example'
                and dedupe_key like 'partner-bank-flagged%'""")).isEqualTo(1);
        assertThat(database().count("select count(*) from audit_event where action = 'bank.flagged'")).isEqualTo(1);
    }

    @Test
    @DisplayName("trusted: a match blocks without review; a restore of a blocked upload rejects the entry; untrusted from a supervisor's change (audited)")
    void trustedBank() throws Exception {
        // Arrange: a trusted partner bank and its list (a ThreatExchange signal file)
        long bank = createBank("Partner list (trusted)", "TRUSTED");
        String lawful = pdqOf("q0291.jpg");
        HttpResponse<String> imported = importList(bank, "text/plain", "pdq " + pdqOf("q0122.jpg") + "\npdq " + lawful
                + "\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);

        // Act / Assert: blocked on the partner's word (not named, so nothing is registered pending review)
        JsonObject blocked = screen("q0122.jpg", null);
        assertThat(blocked.getString("verdict")).isEqualTo("BLOCK");
        assertThat(matchedBy(blocked, "Partner list (trusted)", "BLOCK")).as(blocked.toString()).isTrue();

        // Act: a named upload is blocked and reported; the reviewer finds no violation and restores it
        JsonObject reported = screen("q0291.jpg", "partner-3");
        assertThat(reported.getString("verdict")).isEqualTo("BLOCK");
        decideFirstItem(reported.getString("caseNumber"), "RESTORE", "NO_VIOLATION");

        // Assert: the trusted list's entry is rejected too: it no longer matches, and it is in the feedback
        assertThat(partnerEntry(bank, lawful)).containsEntry("review_state", "REJECTED");
        assertThat(screen("q0291.jpg", null).getString("verdict")).isEqualTo("ALLOW");
        assertThat(admin.get("/staff/supervise/banks/export?bank=" + bank + "&feedback=1").body())
                .isEqualTo("pdq " + lawful + "\n");

        // Act: a supervisor makes the bank untrusted on the banks page
        admin.get("/staff/supervise/banks?bank=" + bank);
        admin.submitWithFile("/staff/supervise/banks?bank=" + bank, "bankForm", "bankForm:changeTrust",
                Map.of("bankForm:trustLevel", "UNTRUSTED"), "bankForm:importFile", "", new byte[0]);

        // Assert: the next match holds for review, and the change is audited
        assertThat(database().query("select trust_level from hash_bank where id = ?", bank).get(0))
                .containsEntry("trust_level", "UNTRUSTED");
        assertThat(screen("q0122.jpg", null).getString("verdict")).isEqualTo("HOLD");
        assertThat(database().count("""
                select count(*) from audit_event where action = 'bank.trust.changed' and subject = ?""",
                "bank:" + bank)).isEqualTo(1);
    }

    @Test
    @DisplayName("a vPDQ row is a video entry with its frames; a garbage one refuses the whole list by its line")
    void videoRows() throws Exception {
        // Arrange
        long bank = createBank("Partner list (video)", "UNTRUSTED");
        String pdq = pdqOf("q2821.jpg");

        // Act
        HttpResponse<String> refused = importList(bank, "text/plain", "pdq " + pdq + "\nvpdq [\"" + pdq
                + ",101,0.000\"]\n");
        HttpResponse<String> imported = importList(bank, "text/plain", "pdq " + pdq + "\nvpdq [\"" + pdq
                + ",100,0.000\"]\n");

        // Assert
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Http.json(refused).getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("vPDQ", "not valid");
        assertThat(imported.statusCode()).isEqualTo(201);
        assertThat(database().count("select count(*) from bank_entry where bank_id = ?", bank)).isEqualTo(2);
        assertThat(database().count("select count(*) from bank_entry_video v join bank_entry e"
                + " on e.id = v.bank_entry_id where e.bank_id = ? and e.hash_type = 'VPDQ' and v.frame_count = 1",
                bank)).isEqualTo(1);
    }

    /** A list one byte over the limit, sent without a length (chunked), so the portal must stop reading itself. */
    private HttpResponse<String> importHuge(long bank) {
        byte[] line = ("pdq " + "0".repeat(64) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] list = new byte[20 * 1024 * 1024 + 1];
        for (int i = 0; i < list.length; i++) {
            list[i] = line[i % line.length];
        }
        return admin.post("/staff/supervise/banks/import?bank=" + bank, "text/plain",
                () -> new ByteArrayInputStream(list));
    }
}
