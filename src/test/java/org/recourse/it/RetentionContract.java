package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.testing.Deployments;
import org.recourse.testing.Http;
import org.recourse.testing.MailServer;
import org.recourse.testing.Poll;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * Retention of evidence from outside, against a real Payara Micro, its database and a real SMTP server, with the
 * application's clock moved forward by the test (the test-only door of {@code org.recourse.testing.inside}): a sealed
 * record reported to a hotline is purged on its date and not a day before (its wrapped key and parts gone, the purge
 * in the audit log), a legal hold stops the purge and its release lets the next run purge, a record never reported is
 * kept, the hold's reminder reaches the LEGAL user once, and the holds page refuses what a form should refuse.
 */
@ExtendWith(ArquillianExtension.class)
abstract class RetentionContract {

    static final String ADMIN_PASSWORD = "first portal password 42";
    static final String LEGAL_PASSWORD = "counsel keeps records 1 year";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Several runs of the purge (every second here): what must not happen has had its chances. */
    private static final Duration SEVERAL_RUNS = Duration.ofSeconds(4);
    private static final Map<Class<?>, Map<String, StaffClient>> PORTALS = new HashMap<>();

    @ArquillianResource
    URL base;

    Http http;
    private Map<String, StaffClient> staff;

    abstract TestDatabase database();

    abstract MailServer mail();

    static org.jboss.shrinkwrap.api.spec.WebArchive deployment(Map<String, String> database, MailServer mail) {
        Map<String, String> settings = new HashMap<>(database);
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.jobs.evidence-retention-interval", "PT1S");
        settings.put("recourse.jobs.outbox-interval", "PT1S");
        settings.put("recourse.evidence.jurisdictions", "US");
        // The tests' own vault key, not a key file in the project's data folder.
        settings.put("recourse.vault.key", "dGVzdHMtb25seS12YXVsdC1rZXktMzItYnl0ZXMhISE=");
        settings.put("recourse.mail.smtp.host", "127.0.0.1");
        settings.put("recourse.mail.smtp.port", Integer.toString(mail.port()));
        settings.put("recourse.mail.smtp.starttls", "false");
        settings.put("recourse.mail.from", "Recourse <no-reply@recourse.test>");
        return Deployments.withTestOnlyDoors(Deployments.recourse(settings));
    }

    @BeforeEach
    void arrange() throws Exception {
        http = new Http(base.toURI());
        mail().start();
        staff = PORTALS.computeIfAbsent(getClass(), c -> new HashMap<>());
        if (!staff.isEmpty()) {
            return;
        }
        StaffClient admin = new StaffClient(URI.create(base.toString()));
        admin.firstSignIn("admin", ADMIN_PASSWORD, ADMIN_PASSWORD);
        String oneTime = StaffWorkspaceContract.create(admin, "lena", "LEGAL");
        StaffClient lena = new StaffClient(URI.create(base.toString()));
        lena.firstSignIn("lena", oneTime, LEGAL_PASSWORD);
        staff.put("admin", admin);
        staff.put("lena", lena);
    }

    /** Reports a demo picture as child sexual imagery and removes it: the vault seals a record; returns its id. */
    private long sealedRecord(String contentId) {
        HttpResponse<String> filed = http.postJson("/api/v1/reports",
                "{\"items\":[{\"contentId\":\"" + contentId + "\"}],\"category\":\"child_sexual_imagery\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        long caseId = database().count("select case_id from report where reference = ?",
                Http.json(filed).getString("reference").replace("-", ""));
        StaffClient admin = staff.get("admin");
        admin.get("/staff/case?id=" + caseId);
        admin.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        admin.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide", Map.of(
                "review:items:0:decision", "REMOVE", "review:items:0:reason", "CHILD_SEXUAL_ABUSE_MATERIAL"));
        assertThat(admin.lastPage()).doesNotContain("id=\"review-error\"");
        return database().count("select id from evidence_record where case_id = ?", caseId);
    }

    private Instant serverNow() {
        return Instant.parse(http.get("/test-only/clock").body().strip());
    }

    private Instant advanceTo(Instant target) {
        Duration by = Duration.between(serverNow(), target);
        return Instant.parse(http.postForm("/test-only/clock", Map.of("advance", by.toString())).body().strip());
    }

    private Instant reportToHotline(long recordId) {
        HttpResponse<String> answer = http.postForm("/test-only/report",
                Map.of("record", Long.toString(recordId), "kind", "HOTLINE_REPORT"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Instant.parse(answer.body().strip());
    }

    private String status(long recordId) {
        return (String) database().query("select status from evidence_record where id = ?", recordId).get(0)
                .get("status");
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof OffsetDateTime odt ? odt.toInstant() : ((Timestamp) timestamp).toInstant();
    }

    private HttpResponse<String> placeHold(long recordId, String reason, String reviewOn) {
        StaffClient lena = staff.get("lena");
        lena.get("/staff/legal/holds");
        return lena.submit("/staff/legal/holds", "holds", "holds:place", Map.of("holds:holdRecord",
                Long.toString(recordId), "holds:holdReason", reason, "holds:holdRequester", "FBI Field Office Boston",
                "holds:holdReference", "2703f-0042", "holds:holdReviewOn", reviewOn));
    }

    @Test
    @DisplayName("a reported record is purged on its date, not a day before; a hold stops it until released")
    void purgedOnTimeUnlessHeld() {
        // Arrange: two sealed records, one reported to the hotline
        long reported = sealedRecord("demo-05");
        long neverReported = sealedRecord("demo-06");
        Instant reportedAt = reportToHotline(reported);
        Instant purgeAfter = instant(database().query(
                "select purge_after from retention_clock where record_id = ? and jurisdiction = 'US'", reported)
                .get(0).get("purge_after"));
        assertThat(purgeAfter).as("one year from the report").isEqualTo(
                reportedAt.atOffset(ZoneOffset.UTC).plusYears(1).toInstant());

        // Act: a day before the date
        advanceTo(purgeAfter.minus(Duration.ofDays(1)));

        // Assert: several runs later, still sealed
        Poll.holdsFor(SEVERAL_RUNS, () -> status(reported), "SEALED"::equals, "the record kept a day before");

        // Act: a LEGAL user holds it, to be reviewed within the reminder period
        LocalDate today = LocalDate.ofInstant(serverNow(), ZoneOffset.UTC);
        placeHold(reported, "Preservation request under 18 U.S.C. 2703(f)", today.plusDays(7).toString());
        assertThat(staff.get("lena").lastPage()).contains("id=\"holds-message\"").doesNotContain("holds-error");
        long holdId = database().count("select id from legal_hold where record_id = ?", reported);
        String subject = "Legal hold " + holdId + " to review by";
        List<MailServer.Mail> reminders = Poll.until(PATIENCE, () -> mail().mentioning(subject),
                found -> !found.isEmpty(), "the hold's review reminder");
        advanceTo(purgeAfter.plus(Duration.ofDays(1)));

        // Assert: held past its date, and reminded once
        Poll.holdsFor(SEVERAL_RUNS, () -> status(reported), "SEALED"::equals, "the held record kept past its date");
        assertThat(reminders).singleElement().satisfies(mail -> assertThat(mail.to()).isEqualTo(
                "lena@platform.example"));
        assertThat(mail().mentioning(subject)).as("one reminder per hold and review date").hasSize(1);
        assertThat(reminders.get(0).body()).doesNotContain("2703(f)").doesNotContain("FBI");

        // Act: released
        StaffClient lena = staff.get("lena");
        lena.get("/staff/legal/holds");
        lena.submit("/staff/legal/holds", "holds", "holds:active:0:release",
                Map.of("holds:active:0:releaseReason", "The agency confirmed its case is closed"));
        assertThat(lena.lastPage()).contains("id=\"holds-message\"");

        // Assert: purged by the next run, crypto-shredded, audited; the record never reported is kept
        Poll.until(PATIENCE, () -> status(reported), "SHREDDED"::equals, "the purge after the release");
        assertThat(database().query("select wrapped_key from evidence_record where id = ?", reported).get(0)
                .get("wrapped_key")).as("wrapped key destroyed").isNull();
        assertThat(database().count("select count(*) from evidence_part where record_id = ?", reported)).isZero();
        List<Map<String, Object>> audit = database().query(
                "select actor, detail from audit_event where action = 'evidence.retention.purged' and subject like ?",
                "%/evidence-" + reported);
        assertThat(audit).singleElement().satisfies(row -> assertThat((String) row.get("detail"))
                .contains("record " + reported).contains("US (18 U.S.C. 2258A(h)").contains(purgeAfter.toString()));
        assertThat(database().query("select action from evidence_custody where record_id = ? order by id", reported))
                .extracting(row -> row.get("action")).contains("HELD", "RELEASED", "SHREDDED");
        assertThat(status(neverReported)).as("no clock started: kept until a person decides").isEqualTo("SEALED");
    }

    @Test
    @DisplayName("the holds page refuses a past review date, an unknown record and hostile text, storing nothing")
    void holdFormRefusals() {
        // Arrange
        long held = database().count("select count(*) from legal_hold");
        LocalDate today = LocalDate.ofInstant(serverNow(), ZoneOffset.UTC);

        // Act / Assert
        placeHold(1, "Preservation request under 18 U.S.C. 2703(f)", today.minusDays(1).toString());
        assertThat(staff.get("lena").lastPage()).contains("id=\"holds-error\"").contains("cannot be in the past");
        placeHold(999_999, "Preservation request under 18 U.S.C. 2703(f)", today.plusDays(3).toString());
        assertThat(staff.get("lena").lastPage()).contains("There is no evidence record with this number");
        placeHold(1, "x", "31/12/2027");
        assertThat(staff.get("lena").lastPage()).contains("YYYY-MM-DD");
        placeHold(1, "short", today.plusDays(3).toString());
        assertThat(staff.get("lena").lastPage()).contains("The reason needs 10 to 1,000 characters");
        placeHold(1, "Court order 2027-CV-12\u0007 with a bell", today.plusDays(3).toString());
        assertThat(staff.get("lena").lastPage()).contains("control characters");
        assertThat(database().count("select count(*) from legal_hold")).as("nothing stored").isEqualTo(held);
    }

    @Test
    @DisplayName("the holds page is the LEGAL role's alone: an admin is refused")
    void legalOnly() {
        // Act
        HttpResponse<String> admin = staff.get("admin").get("/staff/legal/holds");

        // Assert
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(staff.get("lena").get("/staff/legal/holds").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("the test-only doors are in the test deployment only: the packaged WAR has none of them")
    void testOnlyDoorsNeverShip() throws IOException {
        // Act
        try (ZipFile war = new ZipFile(Path.of(System.getProperty("recourse.war", "target/recourse.war")).toFile())) {
            // Assert
            assertThat(war.stream().map(java.util.zip.ZipEntry::getName))
                    .noneMatch(name -> name.contains("org/recourse/testing"));
        }
    }
}
