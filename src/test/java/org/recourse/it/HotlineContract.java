package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.clients.ApiKey;
import org.recourse.testing.CyberTiplineReceiver;
import org.recourse.testing.Deployments;
import org.recourse.testing.Http;
import org.recourse.testing.Poll;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * Reports to hotlines from outside, against a real Payara Micro and the local CyberTipline test receiver (never a real
 * hotline): a removal of child sexual imagery becomes a CyberTip, its file uploaded with the MD5 the receiver checks
 * and described; a receiver that goes down halfway is retried and the report is filed once; a report is retracted when
 * an admin asks; the case page says so; a referral package is downloaded and its sending recorded.
 */
@ExtendWith(ArquillianExtension.class)
abstract class HotlineContract {

    static final String ADMIN_PASSWORD = "first portal password 42";
    static final String VAULT_KEY = "dGVzdHMtb25seS12YXVsdC1rZXktMzItYnl0ZXMhISE=";
    static final String NCMEC_USER = "recourse-it";
    static final String NCMEC_PASSWORD = "it-only-cybertip-password";
    static final String METRICS_TOKEN = "it-only-metrics-token-0123456789";
    private static final Path PICTURE = Path.of("..", "shared", "pdq-vectors", "images", "bridge-mods",
            "aaa-orig.jpg");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Map<Class<?>, CyberTiplineReceiver> RECEIVERS = new HashMap<>();
    private static final Map<Class<?>, Map<String, Object>> PORTALS = new HashMap<>();

    @ArquillianResource
    URL base;

    Http http;
    private Map<String, Object> portal;

    abstract TestDatabase database();

    /** The deployment of {@code test}, pointed at its own test receiver, started here. */
    static WebArchive deployment(Class<?> test, Map<String, String> database) {
        CyberTiplineReceiver receiver = CyberTiplineReceiver.start(NCMEC_USER, NCMEC_PASSWORD);
        RECEIVERS.put(test, receiver);
        Map<String, String> settings = new HashMap<>(database);
        settings.put("recourse.demo.enabled", "false");
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.vault.key", VAULT_KEY);
        settings.put("recourse.hotline.ncmec.enabled", "true");
        settings.put("recourse.hotline.ncmec.url", receiver.url());
        settings.put("recourse.hotline.ncmec.username", NCMEC_USER);
        settings.put("recourse.hotline.ncmec.password", NCMEC_PASSWORD);
        settings.put("recourse.hotline.ncmec.reporter.first-name", "Trust");
        settings.put("recourse.hotline.ncmec.reporter.last-name", "Safety");
        settings.put("recourse.hotline.ncmec.reporter.email", "abuse@platform.example");
        settings.put("recourse.hotline.ncmec.timeout", "PT5S");
        settings.put("recourse.hotline.retry.first-delay", "PT1S");
        settings.put("recourse.hotline.retry.max-delay", "PT2S");
        settings.put("recourse.jobs.hotline-interval", "PT1S");
        settings.put("recourse.metrics.token", METRICS_TOKEN);
        return Deployments.recourse(settings);
    }

    @BeforeEach
    void arrange() throws Exception {
        http = new Http(base.toURI());
        portal = PORTALS.computeIfAbsent(getClass(), c -> new HashMap<>());
        receiver().up();
        receiver().refuseUploads(false);
        if (!portal.isEmpty()) {
            return;
        }
        StaffClient admin = new StaffClient(URI.create(base.toString()));
        admin.firstSignIn("admin", ADMIN_PASSWORD, ADMIN_PASSWORD);
        ApiKey key = ApiKey.generate();
        try (Connection connection = database().connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                values ('Uploads', ?, ?, 'content:register screen', ?, 'test')""")) {
            insert.setString(1, key.prefix());
            insert.setString(2, key.hash());
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        String oneTime = StaffWorkspaceContract.create(admin, "mona", "MODERATOR");
        StaffClient mona = new StaffClient(URI.create(base.toString()));
        mona.firstSignIn("mona", oneTime, "correct horse battery staple 9");
        portal.put("admin", admin);
        portal.put("moderator", mona);
        portal.put("key", key.value());
    }

    private CyberTiplineReceiver receiver() {
        return RECEIVERS.get(getClass());
    }

    private StaffClient admin() {
        return (StaffClient) portal.get("admin");
    }

    private String register(byte[] bytes) {
        String contentId = "ht-" + UUID.randomUUID();
        HttpResponse<String> answer = http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId
                + "\",\"url\":\"https://platform.example/p/" + contentId + "\",\"mediaType\":\"image/jpeg\","
                + "\"uploaderId\":\"uploader-hotline\",\"uploadedAt\":\"2026-12-01T09:59:00Z\","
                + "\"uploader\":{\"screenName\":\"night-owl\",\"email\":\"owl@mail.example\",\"ipEvents\":"
                + "[{\"ipAddress\":\"203.0.113.9\",\"event\":\"upload\",\"at\":\"2026-12-01T09:59:00Z\","
                + "\"port\":40123}]},\"bytes\":\"" + Base64.getEncoder().encodeToString(bytes)
                + "\"}", "Authorization", "Bearer " + portal.get("key"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return contentId;
    }

    private long report(String contentId) {
        HttpResponse<String> filed = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"child_sexual_imagery\",\"details\":\"seen on the platform\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonObject receipt = Http.json(filed);
        return database().count("select case_id from report where reference = ?",
                receipt.getString("reference").replace("-", ""));
    }

    private void remove(long caseId, Map<String, String> legal) {
        admin().get("/staff/case?id=" + caseId);
        admin().submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        Map<String, String> fields = new HashMap<>(legal);
        fields.put("review:items:0:decision", "REMOVE");
        fields.put("review:items:0:reason", "CHILD_SEXUAL_ABUSE_MATERIAL");
        admin().submit("/staff/case?id=" + caseId, "review", "review:items:0:decide", fields);
        assertThat(admin().lastPage()).doesNotContain("id=\"review-error\"");
    }

    /** The receiver's reports about this content (its URL is in the report's XML). */
    private List<CyberTiplineReceiver.Report> at(CyberTiplineReceiver receiver, String contentId) {
        return receiver.reports().stream().filter(report -> report.xml().contains(contentId)).toList();
    }

    private Map<String, Object> row(long caseId) {
        List<Map<String, Object>> rows = database().query("select * from hotline_report where case_id = ?", caseId);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    @Test
    @DisplayName("a removal becomes a CyberTip: its file uploaded and checked by MD5, described, finished; the case says so")
    void removalReported() throws Exception {
        // Arrange
        byte[] picture = Files.readAllBytes(PICTURE);
        String contentId = register(picture);
        long caseId = report(contentId);

        // Act
        remove(caseId, Map.of("review:items:0:classification", "A1", "review:items:0:imminentDanger", "true",
                "review:items:0:dangerReason", "the child is in danger now"));

        // Assert
        List<CyberTiplineReceiver.Report> filed = Poll.until(WAIT, () -> at(receiver(), contentId),
                reports -> reports.size() == 1 && "FINISHED".equals(reports.get(0).state()), "a finished CyberTip");
        CyberTiplineReceiver.Report tip = filed.get(0);
        assertThat(tip.xml()).contains("<escalateToHighPriority>the child is in danger now</escalateToHighPriority>")
                .contains("<espIdentifier>uploader-hotline</espIdentifier>")
                // what the platform said about the uploader when registering, through the sealed record
                .contains("<screenName>night-owl</screenName>").contains("<email>owl@mail.example</email>")
                .containsPattern("<ipCaptureEvent><ipAddress>203\\.0\\.113\\.9</ipAddress><eventName>Upload</eventName>"
                        + "<dateTime>2026-12-01T09:59:00Z</dateTime>(<possibleProxy>[a-z]+</possibleProxy>)?<port>40123</port>")
                .contains("<email>abuse@platform.example</email>");
        assertThat(tip.files()).singleElement().satisfies(file -> {
            assertThat(file.md5()).isEqualTo(md5(picture));
            assertThat(file.details()).contains("<industryClassification>A1</industryClassification>")
                    .contains("<originalFileHash hashType=\"MD5\">" + md5(picture) + "</originalFileHash>");
        });
        Map<String, Object> row = Poll.until(WAIT, () -> row(caseId), r -> "SENT".equals(r.get("status")),
                "the report stored as sent");
        assertThat(String.valueOf(row.get("external_id")))
                .isEqualTo(Long.toString(tip.id()));
        assertThat(database().count("select count(*) from evidence_custody where action = 'REPORTED' and details like ?",
                "%ncmec%" + tip.id() + "%")).as("the vault told, in the same transaction").isEqualTo(1);
        assertThat(database().count("select count(*) from audit_event where action = 'hotline.reported' and detail "
                + "like ?", "%report " + tip.id() + "%")).isEqualTo(1);
        assertThat(admin().get("/staff/case?id=" + caseId).body())
                .contains("Reported to NCMEC (CyberTipline), report " + tip.id() + ", on");
        String metrics = http.get("/metrics?scope=application", "Authorization", "Bearer " + METRICS_TOKEN).body();
        assertThat(metrics).containsPattern("recourse_hotline_filed\\S* [1-9]")
                .containsPattern("recourse_evidence_sealed\\S* [1-9]").containsPattern("recourse_evidence_holds\\S* 0")
                .containsPattern("recourse_evidence_purges_due\\S* 0");
        long sealed = database().count("select count(*) from evidence_record where status = 'SEALED'");
        long sent = database().count("select count(*) from hotline_report where status = 'SENT'");
        String dashboard = admin().get("/staff/dashboard").body();
        assertThat(dashboard).contains("id=\"legal-sealed\">" + sealed + "<")
                .contains("id=\"legal-filed\">" + sent + "<").contains("id=\"legal-purges-due\">0<");
    }

    @Test
    @DisplayName("a receiver that goes down halfway: retried, resumed, and the report filed once")
    void survivesDown() throws Exception {
        // Arrange
        byte[] picture = Files.readAllBytes(PICTURE);
        String contentId = register(picture);
        long caseId = report(contentId);
        quiet();
        receiver().goDownAfter("/submit");

        // Act
        remove(caseId, Map.of("review:items:0:classification", "B1"));
        Poll.until(WAIT, () -> database().count("select attempts from hotline_report where case_id = ?", caseId),
                attempts -> attempts >= 2, "attempts while the receiver is down");
        assertThat(String.valueOf(row(caseId).get("stage"))).isEqualTo("OPENED");
        receiver().up();

        // Assert
        Poll.until(WAIT, () -> at(receiver(), contentId), reports -> reports.stream()
                .anyMatch(r -> "FINISHED".equals(r.state())), "the report finished once the receiver is back");
        assertThat(at(receiver(), contentId)).as("one report, never a second").singleElement()
                .satisfies(tip -> assertThat(tip.files()).singleElement()
                        .satisfies(file -> assertThat(file.md5()).isEqualTo(md5(picture))));
        Poll.holdsFor(Duration.ofSeconds(3), () -> at(receiver(), contentId).size(), n -> n == 1,
                "still one report at the receiver");
    }

    @Test
    @DisplayName("an admin retracts a report opened by mistake: retracted at the receiver, never finished")
    void retracted() throws Exception {
        // Arrange
        String contentId = register(Files.readAllBytes(PICTURE));
        long caseId = report(contentId);
        quiet();
        receiver().refuseUploads(true);
        remove(caseId, Map.of());
        Poll.until(WAIT, () -> database().count("select count(*) from hotline_report where case_id = ? and stage = "
                + "'OPENED' and attempts >= 2", caseId), n -> n == 1, "the report opened, its upload failing");
        long id = database().count("select id from hotline_report where case_id = ?", caseId);

        // Act
        admin().get("/staff/admin/hotline");
        String page = admin().lastPage();
        int row = rowOf(page, "waiting", caseId);
        admin().submit("/staff/admin/hotline", "hotline", "hotline:waiting:" + row + ":retractWaiting", Map.of());

        receiver().refuseUploads(false);

        // Assert
        assertThat(admin().lastPage()).contains("The report was retracted at the hotline");
        assertThat(at(receiver(), contentId)).singleElement().satisfies(tip ->
                assertThat(tip.state()).isEqualTo("RETRACTED"));
        assertThat(database().count("select count(*) from hotline_report where id = ? and stage = 'RETRACTED'", id))
                .isEqualTo(1);
        Poll.holdsFor(Duration.ofSeconds(3), () -> at(receiver(), contentId).get(0).state(), "RETRACTED"::equals,
                "the report stays retracted");
        assertThat(admin().get("/staff/case?id=" + caseId).body()).contains("was retracted on");
    }

    @Test
    @DisplayName("a referral package is downloaded, and its sending to Cybertip.ca recorded: audited, in custody")
    void referral() throws Exception {
        // Arrange
        String contentId = register(Files.readAllBytes(PICTURE));
        long caseId = report(contentId);
        remove(caseId, Map.of());
        long recordId = Poll.until(WAIT, () -> database().count("select count(*) from evidence_record where case_id = ?",
                caseId), n -> n == 1, "a sealed record") == 1
                ? database().count("select id from evidence_record where case_id = ?", caseId) : -1;

        // Act
        admin().get("/staff/admin/hotline");
        HttpResponse<String> zip = admin().submit("/staff/admin/hotline", "package", "package:download",
                Map.of("package:packageRecord", Long.toString(recordId), "package:packageRecipient", "cybertip-ca"));
        admin().get("/staff/admin/hotline");
        admin().submit("/staff/admin/hotline", "sent", "sent:recordSent", Map.of("sent:sentRecord",
                Long.toString(recordId), "sent:sentRecipient", "police-ca", "sent:sentReference", "RCMP-2026-77",
                "sent:sentAt", "2026-12-01 10:00"));

        // Assert
        assertThat(zip.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/zip"));
        assertThat(zip.body()).contains("report.json").contains("files/1-1.jpg");
        assertThat(admin().lastPage()).contains("The referral was recorded.");
        assertThat(database().count("select count(*) from hotline_referral where record_id = ? and recipient = "
                + "'police-ca' and kind = 'POLICE_NOTIFICATION' and external_reference = 'RCMP-2026-77'", recordId))
                .isEqualTo(1);
        assertThat(database().count("select count(*) from evidence_custody where record_id = ? and action = "
                + "'REPORTED' and details like '%police-ca%'", recordId)).isEqualTo(1);
        assertThat(database().count("select count(*) from audit_event where action in "
                + "('hotline.package.downloaded', 'hotline.referral.recorded')")).isGreaterThanOrEqualTo(2);
        assertThat(admin().get("/staff/case?id=" + caseId).body()).contains("Sent to Police (Canada)")
                .contains("RCMP-2026-77");
    }

    @Test
    @DisplayName("a moderator is refused the hotline page, its actions and its downloads (its own constraint)")
    void moderatorRefused() {
        // Arrange
        StaffClient moderator = (StaffClient) portal.get("moderator");
        admin().get("/staff/admin/hotline");
        String adminPage = admin().lastPage();

        // Act
        HttpResponse<String> page = moderator.get("/staff/admin/hotline");
        HttpResponse<String> xhtml = moderator.get("/staff/admin/hotline.xhtml");
        HttpResponse<String> forged = moderator.submitOn(adminPage, "/staff/admin/hotline", "package",
                "package:download", Map.of("package:packageRecord", "1", "package:packageRecipient", "cybertip-ca"));

        // Assert
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(xhtml.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("application/zip");
        assertThat(moderator.get("/staff/admin/webhooks").statusCode()).as("the rest of /staff/admin still ADMIN's")
                .isEqualTo(403);
    }

    /** Waits until no report of an earlier test is on its way, so what the receiver is told to do is for this one. */
    private void quiet() {
        Poll.until(WAIT, () -> database().count("select count(*) from hotline_report where status = 'PENDING'"),
                n -> n == 0, "no report on its way");
    }

    /** The row number of a case in one of the admin page's tables. */
    private static int rowOf(String page, String table, long caseId) {
        String number = org.recourse.cases.CaseNumbers.format(caseId);
        int start = page.indexOf("id=\"hotline:" + table + "\"");
        assertThat(start).as("the " + table + " table").isNotNegative();
        int at = page.indexOf(number, start);
        assertThat(at).as(number + " in " + table).isNotNegative();
        String before = page.substring(start, at);
        return before.split("data-ri=\"", -1).length - 2;
    }
}
