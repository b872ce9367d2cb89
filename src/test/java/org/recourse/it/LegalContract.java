package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.legal.PackageVerifier;
import org.recourse.testing.Http;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * The LEGAL role on a real Payara Micro: an admin creates a LEGAL account (and stays out of the vault); a removal of
 * child sexual imagery seals a record; the LEGAL member lists it, views and opens it, exports it; the package
 * verifies against the published key; its custody shows the opening and the export; every other role gets 403 on each
 * LEGAL page and API route, and LEGAL gets 403 on every review page.
 */
abstract class LegalContract {

    static final String ADMIN_PASSWORD = "first portal password 42";
    static final String LEGAL_PASSWORD = "counsel keeps the chain of custody 9";
    /** Per deployment: the signed-in team, and the record a removal sealed. */
    private static final Map<String, Map<String, Object>> PORTALS = new HashMap<>();

    URL base;

    /** The portal under test: the shared deployment this contract runs in, as a nested class. */
    abstract URL portal();

    Http http;
    Map<String, StaffClient> team;
    long recordId;
    String caseNumber;

    abstract TestDatabase database();

    /** This contract's settings, merged into the shared portal's. */
    static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        // The tests' own vault key, not a key file in the project's data folder.
        settings.put("recourse.vault.key", "dGVzdHMtb25seS12YXVsdC1rZXktMzItYnl0ZXMhISE=");
        return settings;
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void arrange() throws Exception {
        base = portal();
        http = new Http(base.toURI());
        Map<String, Object> portal = PORTALS.computeIfAbsent(base.toString(), c -> new HashMap<>());
        if (portal.isEmpty()) {
            Map<String, StaffClient> members = new HashMap<>();
            StaffClient admin = SignedInAdmins.of(base, ADMIN_PASSWORD);
            members.put("admin", admin);
            for (String[] member : List.of(new String[] {"mona", "MODERATOR"}, new String[] {"sam", "SUPERVISOR"},
                    new String[] {"lena", "LEGAL"})) {
                String oneTime = StaffWorkspaceContract.create(admin, member[0], member[1]);
                StaffClient client = new StaffClient(base.toURI());
                HttpResponse<String> signedIn = client.firstSignIn(member[0], oneTime,
                        member[1].equals("LEGAL") ? LEGAL_PASSWORD : "correct horse battery staple 42");
                assertThat(signedIn.headers().firstValue("Location")).as(member[0])
                        .hasValueSatisfying(location -> assertThat(location).endsWith("/staff/"));
                members.put(member[0], client);
            }
            portal.put("team", members);
            long caseId = removeChildImagery(admin, "demo-03");
            portal.put("case", caseId);
            portal.put("record", database().count("select id from evidence_record where case_id = ?", caseId));
        }
        team = (Map<String, StaffClient>) portal.get("team");
        recordId = (Long) portal.get("record");
        caseNumber = String.format("C-%06d", (Long) portal.get("case"));
    }

    private long removeChildImagery(StaffClient admin, String contentId) {
        HttpResponse<String> report = http.postJson("/api/v1/reports",
                "{\"items\":[{\"contentId\":\"" + contentId + "\"}],\"category\":\"child_sexual_imagery\"}");
        assertThat(report.statusCode()).isEqualTo(201);
        long caseId = database().count("select case_id from report where reference = ?",
                Http.json(report).getString("reference").replace("-", ""));
        admin.get("/staff/case?id=" + caseId);
        admin.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        admin.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide", Map.of(
                "review:items:0:decision", "REMOVE", "review:items:0:reason", "CHILD_SEXUAL_ABUSE_MATERIAL"));
        assertThat(admin.lastPage()).doesNotContain("id=\"review-error\"");
        assertThat(database().count("select count(*) from evidence_record where case_id = ?", caseId))
                .as("the removal sealed a record").isEqualTo(1);
        return caseId;
    }

    @Test
    @DisplayName("A LEGAL member lists the sealed record, views and opens it, exports it; the package verifies")
    void listOpenExport() throws Exception {
        // Arrange
        StaffClient lena = team.get("lena");

        // Act: the list (page and API), the record page, its opening, then an export from the page and the API
        HttpResponse<String> listPage = lena.get("/staff/legal/records?case=" + caseNumber);
        JsonObject list = Http.json(lena.get("/api/v1/legal/records?case=" + caseNumber));
        HttpResponse<String> recordPage = lena.get("/staff/legal/record?id=" + recordId);
        HttpResponse<String> opened = lena.submit("/staff/legal/record?id=" + recordId, "record", "record:open",
                Map.of());
        HttpResponse<byte[]> fromPage = lena.submitForDownload("/staff/legal/record?id=" + recordId, "record",
                "record:export", Map.of());
        HttpResponse<byte[]> fromApi = lena.postForBytes("/api/v1/legal/records/" + recordId + "/package");
        HttpResponse<String> key = lena.get("/api/v1/legal/signing-key");
        JsonObject details = Http.json(lena.get("/api/v1/legal/records/" + recordId));

        // Assert: listed in words, never the raw enum
        assertThat(listPage.statusCode()).isEqualTo(200);
        assertThat(listPage.body()).contains(caseNumber, "Child sexual imagery", "Sealed")
                .doesNotContain("CHILD_SEXUAL_IMAGERY");
        assertThat(list.getInt("total")).isEqualTo(1);
        assertThat(list.getJsonArray("records").getJsonObject(0).getString("status")).isEqualTo("sealed");
        assertThat(recordPage.body()).contains(caseNumber, "Chain of custody", "BEGIN PUBLIC KEY")
                .doesNotContain("id=\"metadata\"");
        assertThat(opened.body()).contains("id=\"metadata\"", "demo-03");
        // Assert: both exports are signed zips that verify against the published key
        String fingerprint = key.headers().firstValue("X-Key-SHA256").orElseThrow();
        assertThat(key.body()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(recordPage.body()).contains(fingerprint);
        for (HttpResponse<byte[]> export : List.of(fromPage, fromApi)) {
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/zip"));
            assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    disposition -> assertThat(disposition).contains("evidence-" + recordId));
            PackageVerifier.Result verified = PackageVerifier.verify(new ByteArrayInputStream(export.body()),
                    fingerprint);
            assertThat(verified.problems()).isEmpty();
            assertThat(verified.intact()).isTrue();
        }
        // Assert: the custody shows the sealing, the openings (view, two exports) and the exports, by whom
        List<String> custody = details.getJsonArray("custody").stream().map(JsonValue::asJsonObject)
                .map(entry -> entry.getString("action") + " by " + entry.getString("actor")).toList();
        assertThat(custody).contains("sealed by admin", "opened by lena", "exported by lena");
        assertThat(custody).filteredOn(line -> line.equals("exported by lena")).hasSize(2);
        assertThat(database().count("select count(*) from audit_event where action = 'evidence.exported' "
                + "and actor = 'lena'")).isEqualTo(2);
        assertThat(database().count("select count(*) from audit_event where action = 'legal.record.viewed' "
                + "and actor = 'lena'")).isPositive();
        assertThat(database().count("select count(*) from audit_event where action = 'legal.records.listed' "
                + "and actor = 'lena'")).isPositive();
    }

    @Test
    @DisplayName("Moderators, supervisors and admins get 403 on every LEGAL page and API route, and leave no custody")
    void otherRolesAreRefused() {
        // Arrange
        long custodyBefore = database().count("select count(*) from evidence_custody where record_id = ?", recordId);

        for (String member : List.of("mona", "sam", "admin")) {
            StaffClient client = team.get(member);
            // Act / Assert: each page
            for (String page : List.of("/staff/legal/records", "/staff/legal/records.xhtml",
                    "/staff/legal/record?id=" + recordId, "/staff/legal/record.xhtml?id=" + recordId)) {
                HttpResponse<String> response = client.get(page);
                assertThat(response.statusCode()).as(member + " " + page).isEqualTo(403);
                assertThat(response.body()).doesNotContain(caseNumber);
            }
            // Act / Assert: each API route, as problem+json
            List<HttpResponse<?>> api = List.of(client.get("/api/v1/legal/records"),
                    client.get("/api/v1/legal/records/" + recordId), client.get("/api/v1/legal/signing-key"),
                    client.postForBytes("/api/v1/legal/records/" + recordId + "/package"));
            for (HttpResponse<?> response : api) {
                assertThat(response.statusCode()).as(member + " " + response.uri()).isEqualTo(403);
                assertThat(response.headers().firstValue("Content-Type")).as(member + " " + response.uri())
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            }
            // The navigation offers no vault to them
            assertThat(client.get("/staff/").body()).doesNotContain("/staff/legal/records");
        }

        // Assert
        assertThat(database().count("select count(*) from evidence_custody where record_id = ?", recordId))
                .isEqualTo(custodyBefore);
    }

    @Test
    @DisplayName("A LEGAL member lands on the vault, sees only its link, and gets 403 on every review page")
    void legalReachesOnlyTheVault() {
        // Arrange
        StaffClient lena = team.get("lena");
        long caseId = Long.parseLong(caseNumber.substring(2));

        // Act
        HttpResponse<String> landing = lena.get("/staff/");
        HttpResponse<String> home = lena.follow(landing);

        // Assert
        assertThat(landing.statusCode()).isEqualTo(302);
        assertThat(landing.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/staff/legal/records"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("/staff/legal/records").doesNotContain("/staff/dashboard\"",
                "/staff/admin/accounts", "/staff/supervise/banks");
        for (String path : List.of("/staff/index.xhtml", "/staff/case?id=" + caseId, "/staff/dashboard",
                "/staff/dashboard.csv", "/staff/media/1", "/staff/supervise/banks", "/staff/supervise/bans",
                "/staff/admin/accounts", "/staff/admin/audit", "/api/v1/admin/audit/verification")) {
            HttpResponse<String> response = lena.get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 403);
            if (response.statusCode() == 302) {
                assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                        location -> assertThat(location).endsWith("/staff/legal/records"));
            }
        }
        assertThat(lena.get("/staff/case?id=" + caseId).statusCode()).isEqualTo(403);
        // The hotline outbox and the outside addresses are legal work too: reachable, in the navigation, and their
        // case links lead into the vault rather than to a case page LEGAL cannot open.
        assertThat(home.body()).contains("/staff/admin/hotline", "/staff/supervise/outside");
        HttpResponse<String> hotline = lena.get("/staff/admin/hotline");
        assertThat(hotline.statusCode()).isEqualTo(200);
        assertThat(hotline.body()).doesNotContain("/staff/case?id=");
        assertThat(lena.get("/staff/supervise/outside").statusCode()).isEqualTo(200);
        assertThat(lena.get("/staff/supervise/outside/export?format=txt").statusCode()).isEqualTo(200);
        assertThat(database().query("select role from staff_account where username = 'lena'").get(0))
                .containsEntry("role", "LEGAL");
    }

    @Test
    @DisplayName("A LEGAL member signs out, and the vault then sends them to the sign-in page")
    void legalSignsOut() throws Exception {
        // Arrange: a session of its own, so the team's stays signed in
        StaffClient other = new StaffClient(base.toURI());
        String oneTime = StaffWorkspaceContract.create(team.get("admin"), "lou", "LEGAL");
        other.firstSignIn("lou", oneTime, LEGAL_PASSWORD);
        other.get("/staff/legal/records");

        // Act
        HttpResponse<String> out = other.submit("/staff/legal/records", "signOut", "signOut:signOutButton", Map.of());

        // Assert
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/staff/login"));
        assertThat(other.get("/staff/legal/records").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/staff/login"));
        assertThat(other.get("/api/v1/legal/records").statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("Unknown records are 404 (problem+json on the API), a bad filter 422, anonymous callers 401")
    void unknownAndInvalid() {
        // Arrange
        StaffClient lena = team.get("lena");
        long unknown = recordId + 100_000;

        // Act
        HttpResponse<String> api = lena.get("/api/v1/legal/records/" + unknown);
        HttpResponse<byte[]> export = lena.postForBytes("/api/v1/legal/records/" + unknown + "/package");
        HttpResponse<String> page = lena.get("/staff/legal/record?id=" + unknown);
        HttpResponse<String> badStatus = lena.get("/api/v1/legal/records?status=deleted&max=1000");
        HttpResponse<String> anonymous = http.get("/api/v1/legal/records");

        // Assert
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Http.json(api).getString("title")).isEqualTo("No such evidence record");
        assertThat(export.statusCode()).isEqualTo(404);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(badStatus.statusCode()).isEqualTo(422);
        assertThat(Http.json(badStatus).getJsonArray("errors")).hasSize(2);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
