package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.clients.ApiKey;
import org.recourse.content.ContentItem;
import org.recourse.matching.hash.PdqHasher;
import org.recourse.testing.Http;
import org.recourse.testing.Poll;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * The sweep on a real Payara Micro, with the public PDQ test pictures (Meta's bridge photograph): a survivor's
 * fingerprint hides the three copies already registered (the same file, a sharpened copy, a mirrored one) on one case
 * linked to their submission, leaves an unrelated picture up, and their status page says copies were hidden; a
 * supervisor's sweep of a bank shows its progress and a summary, and a moderator may not start one.
 */
abstract class SweepContract {

    static final String ADMIN_PASSWORD = "first portal password 42";
    private static final Path IMAGES = Path.of("..", "shared", "pdq-vectors", "images");
    private static final String ORIGINAL = "reg-test-input/dih/bridge-1-original.jpg";
    private static final Map<String, Map<String, StaffClient>> TEAMS = new HashMap<>();
    private static final Map<String, ApiKey> KEYS = new HashMap<>();

    URL base;

    /** The portal under test: the shared deployment this contract runs in, as a nested class. */
    abstract URL portal();

    Http http;
    Map<String, StaffClient> team;
    ApiKey key;

    /** The settings of a sweep deployment, on top of its database: sweeps worked every half second. */
    static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.jobs.sweep-interval", "PT0.5S");
        return settings;
    }

    abstract TestDatabase database();

    @BeforeEach
    void arrange() throws Exception {
        base = portal();
        http = new Http(base.toURI());
        key = KEYS.computeIfAbsent(base.toString(), c -> {
            ApiKey made = ApiKey.generate();
            execute("""
                    insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                    values ('Uploads', ?, ?, 'content:register content:read', ?, 'test')""",
                    made.prefix(), made.hash(), OffsetDateTime.now(ZoneOffset.UTC));
            return made;
        });
        team = TEAMS.computeIfAbsent(base.toString(), c -> new HashMap<>());
        if (!team.isEmpty()) {
            return;
        }
        StaffClient admin = SignedInAdmins.of(base, ADMIN_PASSWORD);
        team.put("admin", admin);
        for (String[] member : List.of(new String[] {"mona", "MODERATOR"}, new String[] {"sam", "SUPERVISOR"})) {
            team.put(member[0], SharedStaff.member(base, ADMIN_PASSWORD, member[0], member[1],
                    "correct horse battery staple " + member[1].length()));
        }
    }

    @Test
    @DisplayName("a survivor's fingerprint hides the copies already up (exact, near, mirrored) on one case, and says so")
    void survivorsFingerprintHidesCopiesAlreadyUp() throws Exception {
        // Arrange: the platform registered the same file, a sharpened copy, a mirrored one, and another picture
        register("copy-exact", ORIGINAL);
        register("copy-sharpened", "bridge-mods/sharpen-a-lot.jpg");
        register("copy-mirrored", "reg-test-input/dih/bridge-6-flipy.jpg");
        register("unrelated", "reg-test-input/pen-and-coaster.png");

        // Act: a survivor sends the hashes of the original from their device
        String reference = submitHashes(ORIGINAL);

        // Assert: the three copies are hidden pending review, the other picture stays up
        List<String> copies = List.of("copy-exact", "copy-sharpened", "copy-mirrored");
        Poll.until(Duration.ofSeconds(30), () -> copies.stream().map(this::visibility).toList(),
                seen -> seen.stream().allMatch("HIDDEN_PENDING_REVIEW"::equals), "the copies hidden");
        assertThat(visibility("unrelated")).isEqualTo("VISIBLE");

        // Assert: on one case, linked to the survivor's submission, each copy with how it matched
        List<Map<String, Object>> onCase = database().query("""
                select distinct i.case_id from case_item i join content_item c on c.id = i.content_id
                where c.platform_content_id in ('copy-exact', 'copy-sharpened', 'copy-mirrored')""");
        assertThat(onCase).hasSize(1);
        long caseId = ((Number) onCase.get(0).get("case_id")).longValue();
        assertThat(database().count("select count(*) from sweep_case where case_id = ? and submission_id is not null",
                caseId)).isEqualTo(1);
        Map<String, String> how = new HashMap<>();
        database().query("""
                select c.platform_content_id, s.hash_type, s.distance from sweep_copy s
                join content_item c on c.id = s.content_item_id where s.case_id = ?""", caseId)
                .forEach(row -> how.put((String) row.get("platform_content_id"), row.get("hash_type") + " "
                        + row.get("distance")));
        assertThat(how).containsEntry("copy-exact", "SHA256 0").containsOnlyKeys(copies);
        assertThat(how.get("copy-sharpened")).matches("PDQ ([1-9]|[12][0-9]|3[01])");
        assertThat(how.get("copy-mirrored")).matches("PDQ ([1-9]|[12][0-9]|3[01])");

        // Assert: each copy is held by the survivor's hashes, as an upload would be: the first decision on one settles
        // them, and the flood guard counts them
        assertThat(database().count("""
                select count(distinct i.content_id) from bank_entry_hold h join case_item i on i.id = h.case_item_id
                where i.case_id = ?""", caseId)).isEqualTo(3);

        // Assert: the platform is told of each, as of any hidden item (when it has a webhook endpoint)
        if (database().count("select count(*) from webhook_endpoint") > 0) {
            assertThat(database().count("""
                    select count(distinct ordering_key) from webhook_delivery where event_type = 'content.hidden'
                    and ordering_key in ('content:copy-exact', 'content:copy-sharpened', 'content:copy-mirrored')"""))
                    .isEqualTo(3);
        }

        // Assert: the case page lists the three copies in words, with their distances
        String page = team.get("admin").get("/staff/case?id=" + caseId + "&lang=en").body();
        assertThat(page).contains("id=\"sweep-copies\"", "copy-exact", "copy-sharpened", "copy-mirrored",
                "exact SHA-256", "submission S-");
        assertThat(Pattern.compile("near copy \\(PDQ\\), \\d+ bits apart").matcher(page).results().count())
                .isEqualTo(2);
        String french = team.get("admin").get("/staff/case?id=" + caseId + "&lang=fr").body();
        assertThat(french).contains("SHA-256 identique", "Copies trouvées déjà en ligne",
                        "3 copies d'une image dont une personne survivante a envoyé l'empreinte (envoi S-")
                .doesNotContain("already up of", "already on the platform");
        assertThat(page).contains("3 copies of a picture a survivor fingerprinted (submission S-");

        // Assert: the survivor's status says copies were hidden, a count only, never where or which
        String status = http.postForm("/status", Map.of("status", "status", "reference", reference, "lookUp", "x",
                "jakarta.faces.ViewState", "stateless")).body();
        assertThat(status).contains("We found 3 copies already on the platform").doesNotContain("copy-exact",
                "copy-mirrored", "platform.example/p/");
        String statusFr = http.postForm("/status?lang=fr", Map.of("status", "status", "reference", reference,
                "lookUp", "x", "jakarta.faces.ViewState", "stateless")).body();
        assertThat(statusFr).contains("Nous avons trouvé 3 copies");
    }

    @Test
    @DisplayName("a removal's hashes hide a copy already up on a case linked to the removal; its reporter is told")
    void removalHidesCopiesAlreadyUp() throws Exception {
        // Arrange: the platform registered a picture twice, as two uploads of the same file, and a survivor reports one
        register("reported", "reg-test-input/labelme-subset/q1050.jpg");
        register("second-upload", "reg-test-input/labelme-subset/q1050.jpg");
        HttpResponse<String> filed = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"reported\"}],"
                + "\"category\":\"survivor_adult_image\",\"selfReport\":true}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String reference = Http.json(filed).getString("reference");
        long reportCase = database().count("select case_id from report where reference = ?", reference.replace("-", ""));

        // Act: a reviewer removes it
        StaffClient admin = team.get("admin");
        admin.get("/staff/case?id=" + reportCase);
        admin.submit("/staff/case?id=" + reportCase, "review", "review:claim", Map.of());
        admin.submit("/staff/case?id=" + reportCase, "review", "review:items:0:decide",
                Map.of("review:items:0:decision", "REMOVE", "review:items:0:reason", "SURVIVOR_IMAGE"));
        assertThat(admin.lastPage()).doesNotContain("id=\"review-error\"");

        // Assert: the other upload is hidden, on a new case linked to the removal's, and found once (not per hash)
        Poll.until(Duration.ofSeconds(30), () -> visibility("second-upload"), "HIDDEN_PENDING_REVIEW"::equals,
                "the second upload hidden");
        List<Map<String, Object>> sweepCase = database().query("""
                select k.case_id, k.source_case_id from sweep_case k join sweep_copy c on c.case_id = k.case_id
                join content_item i on i.id = c.content_item_id where i.platform_content_id = 'second-upload'""");
        assertThat(sweepCase).hasSize(1);
        assertThat(((Number) sweepCase.get(0).get("source_case_id")).longValue()).isEqualTo(reportCase);
        assertThat(((Number) sweepCase.get(0).get("case_id")).longValue()).isNotEqualTo(reportCase);
        String page = admin.get("/staff/case?id=" + sweepCase.get(0).get("case_id") + "&lang=en").body();
        assertThat(page).contains(String.format("what case C-%06d removed", reportCase), "second-upload",
                "exact SHA-256", String.format("1 copy of content removed in case C-%06d was already", reportCase));

        // Assert: the reporter's status says one copy was hidden, never where
        String status = http.postForm("/status", Map.of("status", "status", "reference", reference, "lookUp", "x",
                "jakarta.faces.ViewState", "stateless")).body();
        assertThat(status).contains("We found 1 copy already on the platform").doesNotContain("second-upload");
    }

    @Test
    @DisplayName("a supervisor sweeps a bank on demand and sees its progress and summary; a moderator may not")
    void supervisorSweepsOnDemand() throws Exception {
        // Arrange: a picture registered, and its SHA-256 in the imported bank from before there were sweeps
        register("late-copy", "reg-test-input/labelme-subset/q0746.jpg");
        long bank = database().count("select id from hash_bank where purpose = 'IMPORTED'");
        execute("""
                insert into bank_entry (bank_id, hash_type, hash_value, label, source, added_at, added_by)
                values (?, 'SHA256', ?, 'old list', 'imported before sweeps', ?, 'test')""", bank, sha256Of("reg-test-input/labelme-subset/q0746.jpg"), OffsetDateTime.now(ZoneOffset.UTC));
        long entries = database().count("select count(*) from bank_entry where bank_id = ?", bank);

        // Act and assert: a moderator is refused the page and the action
        assertThat(team.get("mona").get("/staff/supervise/sweeps").statusCode()).isEqualTo(403);

        // Act: a supervisor starts a sweep of that bank
        StaffClient sam = team.get("sam");
        assertThat(sam.get("/staff/supervise/sweeps?lang=en").statusCode()).isEqualTo(200);
        HttpResponse<String> started = sam.submit("/staff/supervise/sweeps", "sweepForm", "sweepForm:start",
                Map.of("sweepForm:bank", String.valueOf(bank)));
        assertThat(sam.follow(started).body()).contains("The sweep has started");

        // Assert: the page shows the sweep done, with its summary, on reload (read from the database)
        String done = Poll.until(Duration.ofSeconds(30), () -> sam.get("/staff/supervise/sweeps?lang=en").body(),
                body -> body.contains("class=\"facts sweep-summary\""), "the sweep's summary");
        assertThat(done).contains("<progress").contains(entries + " of " + entries + " hashes checked");
        Matcher summary = Pattern.compile("summary-checked\">(\\d+)</dd>.*?summary-matched\">(\\d+)</dd>.*?"
                + "summary-cases\">(\\d+)</dd>", Pattern.DOTALL).matcher(done);
        assertThat(summary.find()).as(done).isTrue();
        assertThat(summary.group(1)).isEqualTo(String.valueOf(entries));
        assertThat(summary.group(2)).isEqualTo("1");
        assertThat(summary.group(3)).isEqualTo("1");
        assertThat(done).doesNotContain("http-equiv=\"refresh\"");
        assertThat(visibility("late-copy")).isEqualTo("HIDDEN_PENDING_REVIEW");
        assertThat(sam.get("/staff/supervise/sweeps?lang=fr").body()).contains("Terminé", "Empreintes vérifiées");
        assertThat(database().count("select count(*) from audit_event where action = 'sweep.started' and actor = 'sam'"))
                .isEqualTo(1);
        assertThat(database().count("select count(*) from audit_event where action = 'sweep.finished'"))
                .isEqualTo(1);
    }

    private void register(String contentId, String picture) throws Exception {
        HttpResponse<String> answer = http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId
                + "\",\"url\":\"https://platform.example/p/" + contentId + "\",\"mediaType\":\"image/jpeg\","
                + "\"uploaderId\":\"user-1\",\"bytes\":\"" + Base64.getEncoder().encodeToString(
                        Files.readAllBytes(IMAGES.resolve(picture))) + "\"}", "Authorization", "Bearer " + key.value());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    /** What /hash's script would post for this picture (the hashes only); returns the reference shown. */
    private String submitHashes(String picture) throws Exception {
        byte[] bytes = Files.readAllBytes(IMAGES.resolve(picture));
        String pdq = PdqHasher.withPreResize().hashImage(bytes).hash().toHex();
        HttpResponse<String> page = http.postForm("/hash", Map.of("hashes", "hashes", "sha256",
                ContentItem.sha256Of(bytes), "pdq", pdq, "quality", "100", "send", "x", "jakarta.faces.ViewState",
                "stateless"));
        Matcher reference = Pattern.compile("id=\"reference\">([0-9A-Z-]{19})<").matcher(page.body());
        assertThat(reference.find()).as(page.body()).isTrue();
        return reference.group(1);
    }

    private String visibility(String contentId) {
        return (String) database().query("select visibility from content_item where platform_content_id = ?",
                contentId).get(0).get("visibility");
    }

    private static String sha256Of(String picture) throws Exception {
        return ContentItem.sha256Of(Files.readAllBytes(IMAGES.resolve(picture)));
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
}
