package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.clients.ApiKey;
import org.recourse.testing.Http;
import org.recourse.testing.Poll;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * The upload policy from outside (issue 17, §2), on the shared portal set to the general-media tier: the tier's
 * defaults decide contexts, a Tor exit address from the list file holds an upload and is stored nowhere, an admin
 * publishes a new version on the policy page and screening follows it, and hostile contexts are refused whole with
 * nothing stored. The other tiers' defaults are the unit tests' (UploadPolicyRulesTest).
 */
abstract class PolicyContract {

    /** The Tor exit list file the portal reads (the test writes it before the portal starts). */
    static final Path TOR_LIST = Path.of("target", "policy-it", "tor-exits.txt").toAbsolutePath();
    static final String TOR_EXIT = "203.0.113.147";
    static final String TOR_EXIT_V6 = "2001:db8:7a11::147";
    static final Map<String, String> SETTINGS = settings();

    private static final Map<URL, String> KEYS = new ConcurrentHashMap<>();

    Http http;
    private String key;

    abstract URL portal();

    abstract TestDatabase database();

    private static Map<String, String> settings() {
        try {
            Files.createDirectories(TOR_LIST.getParent());
            Files.writeString(TOR_LIST, "# Tor bulk exit list (test)\n" + TOR_EXIT + "\nExitAddress " + TOR_EXIT_V6
                    + " 2026-12-06 10:00:00\nnot-an-address\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("recourse.policy.tier", "general_media",
                "recourse.policy.tor-exit-list", TOR_LIST.toString(),
                "recourse.policy.tor-exit-list-check", "PT1S");
    }

    @BeforeEach
    void arrange() throws Exception {
        http = new Http(portal().toURI());
        key = KEYS.computeIfAbsent(portal(), url -> newKey());
    }

    private String newKey() {
        ApiKey generated = ApiKey.generate();
        try (Connection connection = database().connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                values ('Policy uploads', ?, ?, 'content:register screen', ?, 'test')""")) {
            insert.setString(1, generated.prefix());
            insert.setString(2, generated.hash());
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return generated.value();
    }

    private HttpResponse<String> screen(String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + key;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.postJson("/api/v1/screen", json, all);
    }

    /** An upload by a hash no bank holds (unique per call), with a context. */
    private JsonObject screened(String context) {
        HttpResponse<String> answer = screen("{\"sha256\":\"" + uniqueSha256() + "\",\"uploaderId\":\"policy-user\","
                + "\"context\":" + context + "}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer);
    }

    private static String uniqueSha256() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    @DisplayName("the general-media defaults: a new anonymous account is held with a statement, a brand-new "
            + "unverified one must verify, adult content without records must verify, the rest is allowed")
    void defaults() {
        // Act
        JsonObject anonymous = screened("{\"accountAgeDays\":3,\"anonymisingNetwork\":true,\"verification\":\"email\"}");
        JsonObject unverified = screened("{\"accountAgeDays\":0,\"verification\":\"none\"}");
        JsonObject adult = screened("{\"accountAgeDays\":900,\"verification\":\"identity_document\","
                + "\"contentClass\":\"adult\",\"performers\":[\"rec-nobody-knows\"]}");
        JsonObject plain = screened("{\"accountAgeDays\":900,\"verification\":\"phone\"}");
        JsonObject none = Http.json(screen("{\"sha256\":\"" + uniqueSha256() + "\"}"));

        // Assert
        assertThat(anonymous.getString("verdict")).isEqualTo("HOLD");
        JsonObject policy = anonymous.getJsonObject("policy");
        assertThat(policy.getString("outcome")).isEqualTo("HOLD_FOR_REVIEW");
        assertThat(policy.getString("rule")).isEqualTo("anonymous-new-account");
        assertThat(policy.getString("reason")).isEqualTo("account_age_below=7; anonymising_network=yes");
        assertThat(policy.getString("reasonText")).contains("held until a moderator has reviewed it");
        assertThat(policy.getString("tier")).isEqualTo("general_media");
        assertThat(anonymous.getString("statementId")).as("a hold pending review has its statement").isNotBlank();
        assertThat(database().count("select count(*) from statement_of_reasons where public_id = ? and detection = "
                + "'SCREENING_RULE'", anonymous.getString("statementId"))).isEqualTo(1);
        assertThat(unverified.getString("verdict")).isEqualTo("REQUIRE_VERIFICATION");
        assertThat(unverified.getJsonObject("policy").getString("rule")).isEqualTo("new-unverified-account");
        assertThat(unverified.containsKey("statementId")).as("no restriction by Recourse, no statement").isFalse();
        assertThat(adult.getString("verdict")).isEqualTo("REQUIRE_VERIFICATION");
        assertThat(adult.getJsonObject("policy").getString("rule")).isEqualTo("adult-performer-records");
        assertThat(plain.getString("verdict")).isEqualTo("ALLOW");
        assertThat(plain.getJsonObject("policy").getString("rule")).isEqualTo("default");
        assertThat(none.getString("verdict")).isEqualTo("ALLOW");
    }

    @Test
    @DisplayName("a Tor exit address from the list file holds a new account's named upload on a case, in French "
            + "words too, and the address is stored nowhere")
    void torExit() {
        // Arrange
        String contentId = "policy-tor-" + UUID.randomUUID().toString().substring(0, 8);

        // Act
        HttpResponse<String> answer = screen("{\"contentId\":\"" + contentId + "\",\"url\":\"https://platform.example/p/"
                + contentId + "\",\"sha256\":\"" + uniqueSha256() + "\",\"uploaderId\":\"policy-tor-user\","
                + "\"context\":{\"accountAgeDays\":2,\"verification\":\"phone\",\"clientAddress\":\"" + TOR_EXIT
                + "\"}}", "Accept-Language", "fr-CA");
        JsonObject v6 = screened("{\"accountAgeDays\":2,\"verification\":\"phone\",\"clientAddress\":\"" + TOR_EXIT_V6
                + "\"}");
        JsonObject other = screened("{\"accountAgeDays\":2,\"verification\":\"phone\",\"clientAddress\":"
                + "\"198.51.100.23\"}");

        // Assert
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject held = Http.json(answer);
        assertThat(held.getString("verdict")).isEqualTo("HOLD");
        assertThat(held.getJsonObject("policy").getString("reason")).isEqualTo("account_age_below=7; tor_exit=yes");
        assertThat(held.getJsonObject("policy").getString("reasonText")).contains("réseau Tor");
        assertThat(held.getString("caseNumber")).startsWith("C-");
        assertThat(held.getString("statementId")).isNotBlank();
        assertThat(database().count("select count(*) from content_item where platform_content_id = ? and visibility "
                + "= 'HIDDEN_PENDING_REVIEW'", contentId)).isEqualTo(1);
        assertThat(v6.getString("verdict")).isEqualTo("HOLD");
        assertThat(other.getString("verdict")).isEqualTo("ALLOW");
        String dump = database().dumpAsText();
        for (String address : List.of(TOR_EXIT, TOR_EXIT_V6, "2001:db8:7a11:0:0:0:0:147", "198.51.100.23")) {
            assertThat(dump).as("the database holds " + address).doesNotContain(address);
        }
    }

    @Test
    @DisplayName("an admin publishes a new version on the policy page: screening follows it, version 1 is unchanged, "
            + "the publication is audited")
    void adminPublishes() {
        // Arrange: the page shows the version in force and the Tor list read
        StaffClient admin = SignedInAdmins.of(portal(), PreventionPortal.ADMIN_PASSWORD);
        String context = "{\"accountAgeDays\":400,\"verification\":\"identity_document\",\"anonymisingNetwork\":true}";
        assertThat(screened(context).getString("verdict")).isEqualTo("ALLOW");
        Poll.until(Duration.ofSeconds(20), () -> admin.get("/staff/admin/policy").body(),
                page -> page.contains("2 addresses"), "the Tor list on the policy page");
        assertThat(admin.lastPage()).contains("Version 1 for a general media service").contains("cannot be edited away");
        long rulesOfV1 = database().count("select count(*) from policy_rule r join policy_version v on v.id = "
                + "r.version_id where v.tier = 'GENERAL_MEDIA' and v.number = 1");

        // Act: the defaults, and a fourth rule holding every anonymous upload
        Map<String, String> form = new LinkedHashMap<>();
        row(form, 0, "anonymous-new-account", "7", "", "yes", "HOLD_FOR_REVIEW");
        row(form, 1, "anonymous-unverified", "", "phone", "yes", "REQUIRE_VERIFICATION");
        row(form, 2, "new-unverified-account", "1", "email", "", "REQUIRE_VERIFICATION");
        row(form, 3, "anonymous-any-age", "", "", "yes", "HOLD_FOR_REVIEW");
        row(form, 4, "", "", "", "", "HOLD_FOR_REVIEW");
        form.put("policy:defaultOutcome", "ALLOW");
        form.put("policy:note", "hold every anonymous upload");
        admin.submit("/staff/admin/policy", "policy", "policy:publish", form);

        // Assert
        assertThat(admin.lastPage()).contains("is published and in force");
        JsonObject after = screened(context);
        assertThat(after.getString("verdict")).isEqualTo("HOLD");
        assertThat(after.getJsonObject("policy").getString("rule")).isEqualTo("anonymous-any-age");
        int version = after.getJsonObject("policy").getInt("version");
        assertThat(version).isGreaterThan(1);
        assertThat(database().count("select count(*) from policy_rule r join policy_version v on v.id = "
                + "r.version_id where v.tier = 'GENERAL_MEDIA' and v.number = 1")).isEqualTo(rulesOfV1);
        assertThat(database().count("select count(*) from audit_event where action = 'policy.published' and subject = ?",
                "policy:general_media:" + version)).isEqualTo(1);
    }

    private static void row(Map<String, String> form, int index, String name, String age, String verification,
            String anonymising, String outcome) {
        String prefix = "policy:rules:" + index + ":";
        form.put(prefix + "position", Integer.toString(index + 1));
        form.put(prefix + "name", name);
        form.put(prefix + "ageBelow", age);
        form.put(prefix + "verificationBelow", verification);
        form.put(prefix + "anonymising", anonymising);
        form.put(prefix + "contentClass", "");
        form.put(prefix + "performersMissing", "");
        form.put(prefix + "outcome", outcome);
    }

    @Test
    @DisplayName("hostile contexts: every problem named at once as problem+json, nothing stored, the address never "
            + "repeated; the video screening reads its context too")
    void hostile() {
        // Arrange
        String contentId = "policy-hostile-" + UUID.randomUUID().toString().substring(0, 8);
        String named = "\"contentId\":\"" + contentId + "\",\"url\":\"https://platform.example/p/" + contentId + "\","
                + "\"sha256\":\"" + uniqueSha256() + "\"";

        // Act
        HttpResponse<String> everything = screen("{" + named + ",\"context\":{\"accountAgeDays\":-4,\"verification\":"
                + "\"passport\",\"anonymisingNetwork\":\"no\",\"clientAddress\":\"exit.attacker.example\","
                + "\"contentClass\":\"porn\",\"performers\":[\"ok\",{\"id\":1}],\"isAdmin\":true}}");
        HttpResponse<String> notObject = screen("{" + named + ",\"context\":\"adult\"}");
        HttpResponse<String> video = http.post("/api/v1/screen/video?contentId=" + contentId + "&url="
                + URLEncoder.encode("https://platform.example/p/" + contentId, StandardCharsets.UTF_8) + "&context="
                + URLEncoder.encode("{\"verification\":\"maybe\"}", StandardCharsets.UTF_8), "video/mp4",
                "not read: the fields are checked first", "Authorization", "Bearer " + key);

        // Assert
        assertThat(everything.statusCode()).as(everything.body()).isEqualTo(422);
        assertThat(everything.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.json(everything).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field"))
                .toList()).containsExactlyInAnyOrder("context.isAdmin", "context.accountAgeDays",
                "context.verification", "context.anonymisingNetwork", "context.clientAddress", "context.contentClass",
                "context.performers[1]");
        assertThat(everything.body()).doesNotContain("attacker");
        assertThat(notObject.statusCode()).isEqualTo(422);
        assertThat(Http.json(notObject).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("context");
        assertThat(video.statusCode()).as(video.body()).isEqualTo(422);
        assertThat(video.body()).contains("context.verification");
        assertThat(database().count("select count(*) from content_item where platform_content_id = ?", contentId))
                .isZero();
    }
}
