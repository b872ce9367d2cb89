package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Video everywhere a picture goes, on a real Payara Micro with the bundled FFmpeg and the harmless vector videos of
 * ../shared/vpdq-vectors: a registered video is fingerprinted from its bytes; its removal banks its frames; a
 * re-encoded or scaled copy is then blocked (sent in the JSON, or streamed), an unrelated video allowed; an imported
 * video (the reference's hash file) hides the registered copy already up; and videos that are not, are too large, or
 * a vPDQ that is garbage are refused with nothing stored.
 */
abstract class VideoContract {

    static final String ADMIN_PASSWORD = "first portal password 42";
    /** Small enough that a 400 kB body is over it, large enough for every vector video. */
    static final int MAX_VIDEO_BYTES = 300_000;
    private static final Path VIDEOS = Path.of("..", "shared", "vpdq-vectors", "videos");
    private static final Map<String, ApiKey> KEYS = new HashMap<>();

    URL base;

    /** The portal under test: the shared deployment this contract runs in, as a nested class. */
    abstract URL portal();

    Http http;
    StaffClient admin;
    ApiKey key;

    static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.video.max-bytes", String.valueOf(MAX_VIDEO_BYTES));
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
                    values ('Uploads', ?, ?, 'content:register content:read screen', ?, 'test')""",
                    made.prefix(), made.hash(), OffsetDateTime.now(ZoneOffset.UTC));
            return made;
        });
        admin = SignedInAdmins.of(base, ADMIN_PASSWORD);
    }

    @Test
    @DisplayName("a removed video stays down by its frames: a re-encoded copy BLOCKs, streamed or not; another ALLOWs")
    void removedVideoStaysDown() throws Exception {
        // Arrange: the platform registers a video by its bytes, declared as a plain file
        HttpResponse<String> registered = register("vid-bridge", "application/octet-stream", bytes("bridge.mp4"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(database().count("""
                select v.frame_count from content_video v join content_item c on c.id = v.content_item_id
                where c.platform_content_id = 'vid-bridge'""")).isEqualTo(8);

        // Act: a survivor reports it and a reviewer removes it
        HttpResponse<String> filed = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"vid-bridge\"}],"
                + "\"category\":\"survivor_adult_image\",\"selfReport\":true}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        long reportCase = database().count("select case_id from report where reference = ?",
                Http.json(filed).getString("reference").replace("-", ""));
        // While it is hidden pending review, a re-muxed copy (Matroska) is held by its frames
        HttpResponse<String> whilePending = http.postJson("/api/v1/screen", "{\"mediaType\":\"video/x-matroska\","
                + "\"bytes\":\"" + Base64.getEncoder().encodeToString(bytes("bridge-remux.mkv")) + "\"}",
                "Authorization", "Bearer " + key.value());
        assertThat(whilePending.statusCode()).as(whilePending.body()).isEqualTo(200);
        assertThat(Http.json(whilePending).getString("verdict")).isEqualTo("HOLD");
        assertThat(Http.json(whilePending).getJsonArray("matches").getJsonObject(0).getString("source"))
                .contains("vid-bridge");
        admin.get("/staff/case?id=" + reportCase);
        admin.submit("/staff/case?id=" + reportCase, "review", "review:claim", Map.of());
        admin.submit("/staff/case?id=" + reportCase, "review", "review:items:0:decide",
                Map.of("review:items:0:decision", "REMOVE", "review:items:0:reason", "SURVIVOR_IMAGE"));
        assertThat(admin.lastPage()).doesNotContain("id=\"review-error\"");

        // Assert: its frames are banked as one video entry of the removal's case
        assertThat(database().count("""
                select count(*) from bank_entry e join bank_entry_video v on v.bank_entry_id = e.id
                where e.hash_type = 'VPDQ' and e.case_reference = ? and v.frame_count = 8""",
                String.format("C-%06d", reportCase))).isEqualTo(1);

        // Act: a re-encoded copy (CRF 40) in the JSON, a scaled one (320 wide) streamed, an unrelated video
        JsonObject reencoded = Http.json(screenJson("up-crf40", bytes("bridge-crf40.mp4")));
        JsonObject scaled = Http.json(screenStreamed("up-w320", bytes("bridge-w320.mp4")));
        JsonObject unrelated = Http.json(screenStreamed("up-life", bytes("life.mp4")));

        // Assert
        assertThat(reencoded.getString("verdict")).isEqualTo("BLOCK");
        JsonObject match = reencoded.getJsonArray("matches").getJsonObject(0);
        assertThat(match.getString("hashType")).isEqualTo("vpdq");
        assertThat(match.getInt("distance")).as("the share of the upload's frames that match").isEqualTo(100);
        assertThat(scaled.getString("verdict")).isEqualTo("BLOCK");
        assertThat(unrelated.getString("verdict")).isEqualTo("ALLOW");
        assertThat(visibility("up-crf40")).isEqualTo("HIDDEN_PENDING_REVIEW");
    }

    @Test
    @DisplayName("a non-video declared as one, a video over the size limit and a garbage vPDQ are 422/413, nothing stored")
    void refusals() throws Exception {
        // Act
        HttpResponse<String> notVideo = register("vid-text", "video/mp4", "only words".getBytes(StandardCharsets.UTF_8));
        byte[] large = new byte[MAX_VIDEO_BYTES + 100_000];
        System.arraycopy(bytes("bridge.mp4"), 0, large, 0, 32);
        HttpResponse<String> oversized = register("vid-large", "video/mp4", large);
        HttpResponse<String> garbage = http.postJson("/api/v1/content", "{\"contentId\":\"vid-garbage\",\"url\":"
                + "\"https://platform.example/v/vid-garbage\",\"mediaType\":\"video/mp4\",\"sha256\":\""
                + "a".repeat(64) + "\",\"vpdq\":\"0,100," + "ab".repeat(32) + ",0.000\\n1,100,zz,1.000\\n\"}",
                "Authorization", "Bearer " + key.value());
        HttpResponse<String> streamedLarge = http.send("POST", "/api/v1/screen/video?contentId=up-large&url="
                + "https://platform.example/v/up-large", "video/mp4", HttpRequest.BodyPublishers.ofByteArray(large),
                "Authorization", "Bearer " + key.value());

        // Assert
        assertThat(notVideo.statusCode()).as(notVideo.body()).isEqualTo(422);
        assertThat(notVideo.body()).contains("not a video we can read");
        assertThat(oversized.statusCode()).as(oversized.body()).isEqualTo(422);
        assertThat(oversized.body()).contains("videos of more than");
        assertThat(garbage.statusCode()).as(garbage.body()).isEqualTo(422);
        assertThat(garbage.body()).contains("Line 2 of the vPDQ hashes");
        assertThat(streamedLarge.statusCode()).as(streamedLarge.body()).isEqualTo(413);
        assertThat(database().count("""
                select count(*) from content_item where platform_content_id in
                ('vid-text', 'vid-large', 'vid-garbage', 'up-large')""")).isZero();
    }

    @Test
    @DisplayName("an imported video entry sweeps the registered videos and hides its copy, listed with its match share")
    void importedVideoHidesCopyAlreadyUp() throws Exception {
        // Arrange: the platform registered a re-encoded copy of one video, and an unrelated video
        assertThat(register("vid-cellauto-copy", "video/mp4", bytes("cellauto-crf40.mp4")).statusCode())
                .isEqualTo(201);
        assertThat(register("vid-testsrc2", "video/mp4", bytes("testsrc2.mp4")).statusCode()).isEqualTo(201);
        long bank = database().count("select id from hash_bank where purpose = 'IMPORTED'");

        // Act: a list in the vPDQ reference's own hash file (one video) is imported
        HttpResponse<String> imported = admin.post("/staff/supervise/banks/import?bank=" + bank, "text/plain",
                Files.readAllBytes(Path.of("..", "shared", "vpdq-vectors", "hashes-r1", "cellauto.txt")));

        // Assert: the copy is hidden pending review, the unrelated video stays up
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        Poll.until(Duration.ofSeconds(30), () -> visibility("vid-cellauto-copy"), "HIDDEN_PENDING_REVIEW"::equals,
                "the video copy hidden");
        assertThat(visibility("vid-testsrc2")).isEqualTo("VISIBLE");
        List<Map<String, Object>> copy = database().query("""
                select s.case_id, s.hash_type, s.distance from sweep_copy s
                join content_item c on c.id = s.content_item_id where c.platform_content_id = 'vid-cellauto-copy'""");
        assertThat(copy).hasSize(1);
        assertThat(copy.get(0).get("hash_type")).isEqualTo("VPDQ");
        assertThat(((Number) copy.get(0).get("distance")).intValue()).isEqualTo(100);

        // Assert: the case page lists it with the share of the frames that match, in English and French
        long caseId = ((Number) copy.get(0).get("case_id")).longValue();
        assertThat(admin.get("/staff/case?id=" + caseId + "&lang=en").body())
                .contains("vid-cellauto-copy", "copy of a video (vPDQ), 100 % of its frames match");
        assertThat(admin.get("/staff/case?id=" + caseId + "&lang=fr").body())
                .contains("copie d'une vidéo (vPDQ), 100 % de ses images correspondent");
    }

    @Test
    @DisplayName("a survivor's video, fingerprinted in their browser (a few bits off), hides the copy already up")
    void survivorsVideoHidesCopyAlreadyUp() throws Exception {
        // Arrange: the platform registered a re-encoded copy of a video; the survivor's browser made the frames of
        // the original one a second, as /hash's script posts them (second index, whole-second timestamps), each a
        // few bits away from FFmpeg's as a browser's decoder is (measured in VpdqJavaScriptTest)
        assertThat(register("vid-bars-copy", "video/mp4", bytes("smptehdbars-crf40.mp4")).statusCode())
                .isEqualTo(201);
        StringBuilder frames = new StringBuilder();
        List<String> reference = Files.readAllLines(Path.of("..", "shared", "vpdq-vectors", "hashes-r1",
                "smptehdbars.txt"));
        for (int second = 0; second < reference.size(); second++) {
            String[] line = reference.get(second).split(",");
            frames.append(second).append(',').append(line[1]).append(',').append(flipBits(line[2], second))
                    .append(',').append(second).append(".000\r\n");
        }

        // Act: the form posts the file's SHA-256 and the frames, nothing else
        HttpResponse<String> page = http.postForm("/hash", Map.of("hashes", "hashes", "sha256",
                org.recourse.content.ContentItem.sha256Of(bytes("smptehdbars.mp4")), "pdq", "", "quality", "0",
                "vpdq", frames.toString(), "send", "x", "jakarta.faces.ViewState", "stateless"));

        // Assert: a reference is given, the copy is hidden pending review, and the survivor's status says so
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("id=\"reference\">([0-9A-Z-]{19})<")
                .matcher(page.body());
        assertThat(shown.find()).as(page.body()).isTrue();
        Poll.until(Duration.ofSeconds(30), () -> visibility("vid-bars-copy"), "HIDDEN_PENDING_REVIEW"::equals,
                "the video copy hidden");
        assertThat(database().count("""
                select count(*) from bank_entry e join hash_bank b on b.id = e.bank_id
                where b.purpose = 'SURVIVOR_SUBMITTED' and e.hash_type = 'VPDQ' and e.review_state = 'UNCONFIRMED'"""))
                .isEqualTo(1);
        String status = http.postForm("/status", Map.of("status", "status", "reference", shown.group(1), "lookUp",
                "x", "jakarta.faces.ViewState", "stateless")).body();
        assertThat(status).contains("We found 1 copy already on the platform").doesNotContain("vid-bars-copy");
    }

    /** The hash with three of its bits flipped (which ones depends on {@code seed}): a browser's copy of a frame. */
    private static String flipBits(String hex, int seed) {
        java.math.BigInteger value = new java.math.BigInteger(hex, 16);
        for (int i = 0; i < 3; i++) {
            value = value.flipBit((seed * 37 + i * 89) % 256);
        }
        return String.format("%64s", value.toString(16)).replace(' ', '0');
    }

    private HttpResponse<String> register(String contentId, String mediaType, byte[] bytes) {
        return http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId + "\",\"url\":"
                + "\"https://platform.example/v/" + contentId + "\",\"mediaType\":\"" + mediaType + "\","
                + "\"uploaderId\":\"user-1\",\"bytes\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}",
                "Authorization", "Bearer " + key.value());
    }

    private HttpResponse<String> screenJson(String contentId, byte[] bytes) {
        HttpResponse<String> answer = http.postJson("/api/v1/screen", "{\"contentId\":\"" + contentId + "\",\"url\":"
                + "\"https://platform.example/v/" + contentId + "\",\"mediaType\":\"video/mp4\",\"uploaderId\":"
                + "\"user-2\",\"bytes\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}",
                "Authorization", "Bearer " + key.value());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private HttpResponse<String> screenStreamed(String contentId, byte[] bytes) {
        HttpResponse<String> answer = http.send("POST", "/api/v1/screen/video?contentId=" + contentId
                + "&url=https://platform.example/v/" + contentId + "&uploaderId=user-3", "video/mp4",
                HttpRequest.BodyPublishers.ofByteArray(bytes), "Authorization", "Bearer " + key.value());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private static byte[] bytes(String video) throws Exception {
        return Files.readAllBytes(VIDEOS.resolve(video));
    }

    private String visibility(String contentId) {
        return (String) database().query("select visibility from content_item where platform_content_id = ?",
                contentId).get(0).get("visibility");
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = database().connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
