package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.clients.ApiKey;
import org.recourse.screening.partners.ExchangeKey;
import org.recourse.screening.partners.IdentifierKind;
import org.recourse.screening.partners.SharedSignal;
import org.recourse.screening.partners.SignalFile;
import org.recourse.screening.partners.SignalHasher;
import org.recourse.testing.Http;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * Signals shared with partners (issue 17 §5), from outside: partnerships made on the admin page, this portal's
 * banned-uploader signals exported signed and hashed, a partner's signed file imported, account screening saying
 * REVIEW with the partner and reason for a matching account only, no ban from an import, a disabled partnership
 * matching no more, hostile files refused with nothing stored, and no raw email or phone in a file or partner table.
 */
abstract class PartnersContract {

    /** Small files, so that an oversized one costs nothing to send. */
    static final Map<String, String> SETTINGS = Map.of(
            "recourse.partners.max-file-bytes", "65536",
            "recourse.partners.max-signals", "500");

    private static final String PAGE = "/staff/admin/partners";
    /** The test partner's signing key (a partner platform's, in real life kept by that platform). */
    private static final ExchangeKey PARTNER = ExchangeKey.generate();

    abstract URL portal();

    abstract TestDatabase database();

    Http http;
    StaffClient admin;
    String apiKey;
    String run;

    @BeforeEach
    void arrange() throws Exception {
        http = new Http(portal().toURI());
        admin = SignedInAdmins.of(portal(), PreventionPortal.ADMIN_PASSWORD);
        run = UUID.randomUUID().toString().substring(0, 8);
        ApiKey key = ApiKey.generate();
        try (Connection connection = database().connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                values (?, ?, ?, 'content:register screen', ?, 'test')""")) {
            insert.setString(1, "Partners " + run);
            insert.setString(2, key.prefix());
            insert.setString(3, key.hash());
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        apiKey = key.value();
    }

    /** Makes a partnership on the admin page; returns its id. */
    private long partnership(String name, String direction, String hmacKey, ExchangeKey partnerKey) {
        admin.get(PAGE);
        admin.submit(PAGE, "newPartner", "newPartner:createPartner", Map.of("newPartner:partnerName", name,
                "newPartner:partnerDirection", direction, "newPartner:partnerKey", hmacKey == null ? "" : hmacKey,
                "newPartner:partnerPublicKey", partnerKey == null ? "" : partnerKey.publicKeyPem()));
        assertThat(admin.lastPage()).doesNotContain("id=\"partners-error\"").contains(name);
        return database().count("select id from partnership where name = ?", name);
    }

    private JsonObject screen(String body) {
        HttpResponse<String> answer = http.postJson("/api/v1/accounts/screen", body, "Authorization",
                "Bearer " + apiKey);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer);
    }

    private HttpResponse<String> importFile(long partnership, String file) {
        return admin.post("/api/v1/admin/partners/" + partnership + "/import", SignalFile.MEDIA_TYPE,
                file.getBytes(StandardCharsets.UTF_8));
    }

    private static String signed(String body, ExchangeKey key) {
        return body + "{\"signature\":\"" + Base64.getEncoder().encodeToString(
                key.sign(body.getBytes(StandardCharsets.UTF_8))) + "\"}\n";
    }

    /** Everything the partner tables hold, as text. */
    private String partnerTables() {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("partnership", "partner_signal", "partner_exchange", "partner_signing_key")) {
            database().query("select * from " + table).forEach(row -> all.append(row.values()).append('\n'));
        }
        return all.toString();
    }

    private long stored(long partnership) {
        return database().count("select count(*) from partner_signal where partnership_id = ?", partnership)
                + database().count("select count(*) from partner_exchange where partnership_id = ? "
                        + "and direction = 'IMPORT'", partnership);
    }

    @Test
    @DisplayName("export: each banned uploader's email and screen name leave only as HMACs under the partnership's "
            + "key, with the reason and the day, in a file signed by this portal's published key")
    void export() throws Exception {
        // Arrange: an uploader the platform named with an email and a screen name, banned by hand
        String email = "Banned.Uploader+" + run + "@Mail.Example.org";
        String uploader = "p-user-" + run;
        HttpResponse<String> registered = http.postJson("/api/v1/content", "{\"contentId\":\"p-" + run + "\",\"url\":"
                + "\"https://platform.example/p/" + run + "\",\"mediaType\":\"image/png\",\"uploaderId\":\""
                + uploader + "\",\"bytes\":\"" + Base64.getEncoder().encodeToString(("p " + run).getBytes())
                + "\",\"uploader\":{\"screenName\":\"Shadow_" + run + "\",\"email\":\"" + email + "\"}}",
                "Authorization", "Bearer " + apiKey);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        admin.get("/staff/supervise/bans");
        admin.submit("/staff/supervise/bans", "bans", "bans:ban", Map.of("bans:banUploader", uploader,
                "bans:banReason", "Ban evasion confirmed by the platform's security team"));
        long id = partnership("Export " + run, "EXPORT", null, null);
        Matcher key = Pattern.compile("id=\"generated-key\">([A-Za-z0-9+/=]+)<").matcher(admin.lastPage());
        assertThat(key.find()).as("the generated key is shown once").isTrue();
        SignalHasher hasher = SignalHasher.ofBase64(key.group(1)).orElseThrow();
        String page = admin.get(PAGE).body();
        assertThat(page).doesNotContain(key.group(1));
        Matcher pem = Pattern.compile("(?s)id=\"own-public-key\">(.*?)</pre>").matcher(page);
        assertThat(pem.find()).isTrue();

        // Act
        HttpResponse<String> exported = admin.get("/api/v1/admin/partners/" + id + "/export");

        // Assert: hashes only, of this uploader's identifiers, with the reason and day
        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
        String file = exported.body();
        String emailHash = hasher.hashRaw(IdentifierKind.EMAIL, email).orElseThrow();
        String nameHash = hasher.hashRaw(IdentifierKind.USERNAME, "Shadow_" + run).orElseThrow();
        assertThat(file).contains("{\"kind\":\"email\",\"hash\":\"" + emailHash + "\",\"reason\":\"staff_decision\","
                + "\"bannedOn\":\"" + LocalDate.now(ZoneOffset.UTC) + "\"}")
                .contains("\"hash\":\"" + nameHash + "\"")
                .doesNotContain(email).doesNotContain(email.toLowerCase()).doesNotContain("Shadow_" + run)
                .doesNotContain(uploader);
        // Assert: the signature verifies with the public key the page publishes (the JDK's own Ed25519, not ours)
        int cut = file.lastIndexOf("{\"signature\"");
        String signature = file.substring(cut).replaceAll("(?s).*\"signature\":\"([^\"]+)\".*", "$1");
        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder()
                .decode(pem.group(1).replaceAll("-----[A-Z ]+-----", "").strip()))));
        check.update(file.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        assertThat(check.verify(Base64.getDecoder().decode(signature))).isTrue();
        assertThat(database().count("select count(*) from audit_event where action = 'partner.signals.exported' "
                + "and subject = ?", "partnership:" + id)).isEqualTo(1);
        assertThat(partnerTables()).doesNotContain(email.toLowerCase()).doesNotContain("banned.uploader");
    }

    @Test
    @DisplayName("import: a partner's signed file makes account screening say REVIEW with the partner and reason for "
            + "a matching account only; no ban; a disabled partnership stops matching at once, the other goes on")
    void importAndScreen() {
        // Arrange: two partnerships with keys agreed with their partners
        String keyA = SignalHasher.newKey();
        String keyB = SignalHasher.newKey();
        ExchangeKey partnerB = ExchangeKey.generate();
        long a = partnership("Alpha " + run, "BOTH", keyA, PARTNER);
        long b = partnership("Beta " + run, "IMPORT", keyB, partnerB);
        String email = "offender-" + run + "@example.net";
        String phone = "+1514555" + String.format("%04d", Math.abs(run.hashCode()) % 10000);
        SignalHasher hasherA = SignalHasher.ofBase64(keyA).orElseThrow();
        SignalHasher hasherB = SignalHasher.ofBase64(keyB).orElseThrow();
        String fileA = SignalFile.write("a-" + run, Instant.now().minusSeconds(5), "Alpha Video", hasherA, List.of(
                new SharedSignal(IdentifierKind.EMAIL, hasherA.hashRaw(IdentifierKind.EMAIL, email).orElseThrow(),
                        "child_sexual_imagery", LocalDate.parse("2026-11-28"))), PARTNER);
        String fileB = SignalFile.write("b-" + run, Instant.now().minusSeconds(5), "Beta Chat", hasherB, List.of(
                new SharedSignal(IdentifierKind.PHONE, hasherB.hashRaw(IdentifierKind.PHONE, phone).orElseThrow(),
                        "sextortion", LocalDate.parse("2026-12-01"))), partnerB);

        // Act
        HttpResponse<String> importedA = importFile(a, fileA);
        HttpResponse<String> importedB = importFile(b, fileB);

        // Assert: imported, audited with counts, and the screening answers
        assertThat(importedA.statusCode()).as(importedA.body()).isEqualTo(201);
        assertThat(importedB.statusCode()).as(importedB.body()).isEqualTo(201);
        assertThat(Http.json(importedA).getInt("signals")).isEqualTo(1);
        assertThat(database().query("select detail from audit_event where action = 'partner.signals.imported' "
                + "and subject = ?", "partnership:" + a)).singleElement().asString().contains("1 signals");
        String uploader = "acct-" + run;
        JsonObject match = screen("{\"uploaderId\":\"" + uploader + "\",\"identifiers\":{\"email\":\" "
                + email.toUpperCase() + " \"}}");
        assertThat(match.getString("verdict")).isEqualTo("ALLOW");
        assertThat(match.getString("recommendation")).isEqualTo("REVIEW");
        JsonObject partnerMatch = match.getJsonArray("partnerMatches").getJsonObject(0);
        assertThat(partnerMatch.getString("partner")).isEqualTo("Alpha " + run);
        assertThat(partnerMatch.getString("reasonCategory")).isEqualTo("child_sexual_imagery");
        assertThat(partnerMatch.getString("signal")).isEqualTo("email");
        assertThat(partnerMatch.getString("bannedOn")).isEqualTo("2026-11-28");
        JsonObject byPhone = screen("{\"identifiers\":{\"phone\":\"" + phone.replace("+1514", "+1 (514) ") + "\"}}");
        assertThat(byPhone.getString("recommendation")).isEqualTo("REVIEW");
        assertThat(byPhone.getJsonArray("partnerMatches").getJsonObject(0).getString("partner"))
                .isEqualTo("Beta " + run);
        JsonObject other = screen("{\"identifiers\":{\"email\":\"someone-else-" + run + "@example.net\"}}");
        assertThat(other.getString("recommendation")).isEqualTo("ALLOW");
        assertThat(other.getJsonArray("partnerMatches")).isEmpty();
        assertThat(database().count("select count(*) from uploader_ban where uploader_id = ?", uploader)).isZero();
        assertThat(partnerTables()).doesNotContain(email).doesNotContain(phone).doesNotContain(phone.substring(1));

        // Act: Alpha is disabled on the page
        String page = admin.get(PAGE).body();
        Matcher disable = Pattern.compile("(?s)id=\"partner-" + a + "\".*?name=\"(partnerships:rows:\\d+:disable)\"")
                .matcher(page);
        assertThat(disable.find()).isTrue();
        admin.submit(PAGE, "partnerships", disable.group(1), Map.of());

        // Assert: Alpha matches no more, Beta still does
        assertThat(admin.lastPage()).contains("id=\"partners-message\"");
        assertThat(screen("{\"identifiers\":{\"email\":\"" + email + "\"}}").getString("recommendation"))
                .isEqualTo("ALLOW");
        assertThat(screen("{\"identifiers\":{\"phone\":\"" + phone + "\"}}").getString("recommendation"))
                .isEqualTo("REVIEW");
        assertThat(database().count("select count(*) from audit_event where action = 'partnership.disabled' "
                + "and subject = ?", "partnership:" + a)).isEqualTo(1);
    }

    @Test
    @DisplayName("hostile files are refused, each with its reason, and nothing is stored: unsigned, badly signed, "
            + "another partner's, another key's, replayed, older, oversized, malformed, a form")
    void hostileFiles() {
        // Arrange
        String key = SignalHasher.newKey();
        SignalHasher hasher = SignalHasher.ofBase64(key).orElseThrow();
        long id = partnership("Gamma " + run, "IMPORT", key, PARTNER);
        List<SharedSignal> one = List.of(new SharedSignal(IdentifierKind.EMAIL,
                hasher.hashRaw(IdentifierKind.EMAIL, "x-" + run + "@example.org").orElseThrow(), "other_harmful",
                LocalDate.parse("2026-12-01")));
        Instant made = Instant.now().minusSeconds(60);
        String good = SignalFile.write("g-" + run, made, "Gamma", hasher, one, PARTNER);
        String body = good.substring(0, good.lastIndexOf("{\"signature\""));
        Map<String, String> hostile = new java.util.LinkedHashMap<>();
        hostile.put("unsigned", body);
        hostile.put("bad_signature", good.replace("other_harmful", "child_sexual_imagery"));
        hostile.put("wrong_partner", SignalFile.write("w-" + run, made, "Gamma", hasher, one,
                ExchangeKey.generate()));
        hostile.put("wrong_partner ", SignalFile.write("k-" + run, made, "Gamma",
                SignalHasher.ofBase64(SignalHasher.newKey()).orElseThrow(), one, PARTNER));
        hostile.put("oversized", good + "x".repeat(70_000));
        hostile.put("malformed", signed(body + "{\"kind\":\"email\",\"hash\":\"not a hash\"}\n", PARTNER));

        // Act + Assert: each refused with its reason, nothing stored
        hostile.forEach((refusal, file) -> {
            HttpResponse<String> answer = importFile(id, file);
            assertThat(answer.statusCode()).as(refusal + ": " + answer.body()).isIn(413, 422);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(Http.json(answer).getString("refusal")).as(answer.body()).isEqualTo(refusal.strip());
            assertThat(stored(id)).isZero();
        });
        HttpResponse<String> form = admin.post("/api/v1/admin/partners/" + id + "/import",
                "application/x-www-form-urlencoded", "a=b".getBytes(StandardCharsets.UTF_8));
        assertThat(form.statusCode()).isEqualTo(415);

        // Act + Assert: the good file once; then again (replayed), and an older one
        assertThat(importFile(id, good).statusCode()).isEqualTo(201);
        long after = stored(id);
        HttpResponse<String> replayed = importFile(id, good);
        HttpResponse<String> older = importFile(id, SignalFile.write("o-" + run, made.minusSeconds(600), "Gamma",
                hasher, one, PARTNER));
        assertThat(replayed.statusCode()).isEqualTo(409);
        assertThat(Http.json(replayed).getString("refusal")).isEqualTo("replayed");
        assertThat(Http.json(older).getString("refusal")).isEqualTo("replayed");
        assertThat(stored(id)).isEqualTo(after);
        assertThat(database().count("select count(*) from audit_event where action = 'partner.signals.refused' "
                + "and subject = ?", "partnership:" + id)).isEqualTo(hostile.size() + 2);
    }

    @Test
    @DisplayName("the admin page refuses a badly signed file by name, in English and French, and stores nothing")
    void pageRefusal() {
        // Arrange
        String key = SignalHasher.newKey();
        SignalHasher hasher = SignalHasher.ofBase64(key).orElseThrow();
        long id = partnership("Delta " + run, "IMPORT", key, PARTNER);
        String file = SignalFile.write("d-" + run, Instant.now(), "Delta", hasher, List.of(), PARTNER)
                .replace("\"signals\":0", "\"signals\":1");

        // Act
        admin.get(PAGE);
        admin.submitWithFile(PAGE, "importForm", "importForm:importButton", Map.of("importForm:importInto",
                Long.toString(id)), "importForm:importFile", "delta.jsonl", file.getBytes(StandardCharsets.UTF_8));
        String english = admin.lastPage();
        admin.get(PAGE + "?lang=fr");
        admin.submitWithFile(PAGE, "importForm", "importForm:importButton", Map.of("importForm:importInto",
                Long.toString(id)), "importForm:importFile", "delta.jsonl", file.getBytes(StandardCharsets.UTF_8));
        String french = admin.lastPage();
        admin.get(PAGE + "?lang=en");

        // Assert
        assertThat(english).contains("id=\"partners-error\"").contains("The signature does not match the file");
        assertThat(french).contains("La signature ne correspond pas au fichier");
        assertThat(stored(id)).isZero();
    }
}
