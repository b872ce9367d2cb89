package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.clients.ApiKey;
import org.recourse.testing.Deployments;
import org.recourse.testing.Http;
import org.recourse.testing.MailServer;
import org.recourse.testing.Poll;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * The 48-hour legal track (US TAKE IT DOWN Act) against a real Payara Micro, its database and a real SMTP server,
 * with the application's clock moved forward by the test (the test-only door of {@code org.recourse.testing.inside}):
 * a valid removal request files a case with a legal deadline 48 hours away, shown on the reporter's status page;
 * supervisors are mailed once at 80% and once at the deadline; the removal takes an identical copy already on the
 * platform down (removed, not only hidden) while a near copy stays hidden for review; and retention erases the
 * requester's signature and address with the consented contact addresses.
 */
@ExtendWith(ArquillianExtension.class)
abstract class Takedown48Contract {

    static final String ADMIN_PASSWORD = "first portal password 42";
    private static final Path IMAGES = Path.of("..", "shared", "pdq-vectors", "images");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Several runs of the SLA watch and the outbox (every second here): what must not happen has had its chances. */
    private static final Duration SEVERAL_RUNS = Duration.ofSeconds(4);
    private static final Map<Class<?>, Map<String, StaffClient>> TEAMS = new HashMap<>();
    private static final Map<Class<?>, ApiKey> KEYS = new HashMap<>();

    @ArquillianResource
    URL base;

    Http http;
    Map<String, StaffClient> team;
    ApiKey key;

    abstract TestDatabase database();

    abstract MailServer mail();

    static org.jboss.shrinkwrap.api.spec.WebArchive deployment(Map<String, String> database, MailServer mail) {
        Map<String, String> settings = new HashMap<>(database);
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.jobs.sla-interval", "PT1S");
        settings.put("recourse.jobs.outbox-interval", "PT1S");
        settings.put("recourse.jobs.retention-interval", "PT1S");
        settings.put("recourse.jobs.sweep-interval", "PT0.5S");
        settings.put("recourse.contact.retention", "P7D");
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
        key = KEYS.computeIfAbsent(getClass(), c -> {
            ApiKey made = ApiKey.generate();
            execute("""
                    insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                    values ('Uploads', ?, ?, 'content:register content:read', ?, 'test')""",
                    made.prefix(), made.hash(), OffsetDateTime.now(ZoneOffset.UTC));
            return made;
        });
        team = TEAMS.computeIfAbsent(getClass(), c -> new HashMap<>());
        if (!team.isEmpty()) {
            return;
        }
        StaffClient admin = new StaffClient(URI.create(base.toString()));
        admin.firstSignIn("admin", ADMIN_PASSWORD, ADMIN_PASSWORD);
        team.put("admin", admin);
        String oneTime = StaffWorkspaceContract.create(admin, "sam", "SUPERVISOR");
        StaffClient sam = new StaffClient(URI.create(base.toString()));
        sam.firstSignIn("sam", oneTime, "correct horse battery staple 10");
        team.put("sam", sam);
    }

    /** The report form with a removal request filled in, as a browser without JavaScript posts it. */
    static Map<String, String> removalForm(String locations, String category, String signature, String email,
            String actingFor, boolean goodFaith) {
        Map<String, String> form = new LinkedHashMap<>(Http.reportForm(locations, category));
        form.put("removalSignature", signature);
        form.put("removalEmail", email);
        if (actingFor != null) {
            form.put("removalActingFor", actingFor);
        }
        if (goodFaith) {
            form.put("removalGoodFaith", "on");
        }
        return form;
    }

    private String fileRequest(String locations) {
        HttpResponse<String> page = http.postForm("/report", removalForm(locations, "survivor_adult_image",
                "Camille Tremblay", "camille@example.org", "self", true));
        assertThat(page.statusCode()).isEqualTo(200);
        String reference = page.body().replaceAll("(?s).*id=\"reference\">([0-9A-Z-]{19})<.*", "$1");
        assertThat(reference).as(page.body()).hasSize(19);
        return reference;
    }

    private long caseOf(String reference) {
        return database().count("select case_id from report where reference = ?", reference.replace("-", ""));
    }

    @Test
    @DisplayName("a valid request files a case due within 48 hours; supervisors are mailed at 80% and at breach, once each")
    void validRequestCarriesTheLegalDeadline() {
        // Arrange + Act: a person shown files a valid removal request
        String reference = fileRequest("http://localhost:8080/media/demo-03");
        long caseId = caseOf(reference);

        // Assert: the deadline on the case, the request kept on the report, the status page tells the reporter
        Map<String, Object> legal = database().query(
                "select legal_requested_at, legal_due_at, queue_due_at, review_due_at from case_file where id = ?",
                caseId).get(0);
        Instant requested = instant(legal.get("legal_requested_at"));
        Instant due = instant(legal.get("legal_due_at"));
        assertThat(due).isEqualTo(requested.plus(Duration.ofHours(48)));
        assertThat(instant(legal.get("queue_due_at"))).as("the earlier of the two")
                .isEqualTo(min(due, instant(legal.get("review_due_at"))));
        assertThat(database().query("select removal_signature, removal_email, self_report from report "
                + "where reference = ?", reference.replace("-", "")).get(0))
                .containsEntry("removal_signature", "Camille Tremblay").containsEntry("removal_email",
                        "camille@example.org").containsEntry("self_report", true);
        String status = http.postForm("/status", Map.of("status", "status", "reference", reference, "lookUp", "x",
                "jakarta.faces.ViewState", "stateless")).body();
        assertThat(status).contains("id=\"legal-deadline\"").contains("48 hours after it was received");

        // Assert: the requester is sent the acknowledgement, at the address of the request, in its language
        MailServer.Mail acknowledgement = Poll.until(PATIENCE, () -> mail().mentioning(reference), found -> found
                .stream().anyMatch(m -> m.subject().equals("Your removal request: reference number")),
                "the acknowledgement").stream().filter(m -> m.subject().startsWith("Your removal request"))
                .findFirst().orElseThrow();
        assertThat(acknowledgement.to()).isEqualTo("camille@example.org");
        assertThat(acknowledgement.body()).contains("Your reference number is: " + reference)
                .contains("48 hours").contains("UTC").contains("give your reference number")
                .doesNotContain("demo-03");

        // Assert: the case page shows the request and the deadline in a block of its own
        String casePage = team.get("sam").get("/staff/case?id=" + caseId).body();
        assertThat(casePage).contains("id=\"removal-request-case\"").contains("Camille Tremblay")
                .contains("mailto:camille@example.org").contains("The person shown")
                .contains("I state in good faith that the intimate image").contains("left. The content must be down");

        // Act: the clock moves to just before 80% of the 48 hours
        String number = String.format("case C-%06d", caseId);
        advanceTo(requested.plus(Duration.ofHours(38)).plus(Duration.ofMinutes(20)));

        // Assert: no warning yet
        Poll.holdsFor(SEVERAL_RUNS, () -> mail().mentioning("deadline near: " + number), List::isEmpty,
                "no warning before 80%");

        // Act: past 80%
        advanceTo(requested.plus(Duration.ofHours(38)).plus(Duration.ofMinutes(25)));

        // Assert: one warning to the supervisor, naming no content and no requester
        List<MailServer.Mail> warnings = Poll.until(PATIENCE, () -> mail().mentioning("deadline near: " + number),
                found -> !found.isEmpty(), "the 80% warning");
        assertThat(warnings).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("sam@platform.example");
            assertThat(mail.body()).doesNotContain("Camille").doesNotContain("camille@").doesNotContain("demo-03");
        });

        // Act: past the deadline
        advanceTo(requested.plus(Duration.ofHours(48)).plus(Duration.ofMinutes(1)));

        // Assert: one breach notice, and still one warning, after several more runs
        Poll.until(PATIENCE, () -> mail().mentioning("deadline passed: " + number), found -> !found.isEmpty(),
                "the breach notice");
        assertThat(team.get("sam").get("/staff/case?id=" + caseId + "&lang=fr").body())
                .contains("legal-deadline-breached").contains("Délai légal").contains("dépassé");
        Poll.holdsFor(SEVERAL_RUNS, () -> mail().mentioning(number).stream()
                .filter(m -> m.subject().contains("removal deadline")).count(), count -> count == 2,
                "one warning and one breach notice, each once");
        assertThat(database().count("select count(*) from audit_event where action in "
                + "('legal48.warned', 'legal48.breached') and subject = ?", String.format("C-%06d", caseId)))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("removing the content takes an identical copy down (removed), a near copy stays hidden; retention erases the contact")
    void removalTakesIdenticalCopiesDown() throws Exception {
        // Arrange: the platform holds the picture, an identical upload of it and a sharpened copy
        register("td-original", "reg-test-input/dih/bridge-1-original.jpg");
        register("td-identical", "reg-test-input/dih/bridge-1-original.jpg");
        register("td-near", "bridge-mods/sharpen-a-lot.jpg");
        String reference = fileRequest("td-original");
        long caseId = caseOf(reference);

        // Act: a supervisor removes it
        StaffClient admin = team.get("admin");
        admin.get("/staff/case?id=" + caseId);
        admin.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        admin.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide",
                Map.of("review:items:0:decision", "REMOVE", "review:items:0:reason", "SURVIVOR_IMAGE"));
        assertThat(admin.lastPage()).doesNotContain("id=\"review-error\"");

        // Assert: the identical copy is removed for good, by the legal track, audited; the near copy only hidden
        Poll.until(PATIENCE, () -> visibility("td-identical"), "REMOVED"::equals, "the identical copy removed");
        Poll.until(PATIENCE, () -> visibility("td-near"), "HIDDEN_PENDING_REVIEW"::equals, "the near copy hidden");
        assertThat(database().query("""
                select d.decision, d.decided_by from item_decision d join case_item i on i.id = d.case_item_id
                join content_item c on c.id = i.content_id where c.platform_content_id = 'td-identical'"""))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("decision")).isEqualTo("REMOVE");
                    assertThat(row.get("decided_by")).isEqualTo("takedown-48h");
                });
        assertThat(database().count("select count(*) from audit_event where actor = 'takedown-48h' "
                + "and action = 'item.decided'")).isEqualTo(1);

        // Assert: the requester hears the outcome, once, and that it came within the 48 hours
        List<MailServer.Mail> outcome = Poll.until(PATIENCE, () -> mail().mentioning(reference).stream()
                .filter(m -> m.subject().equals("A decision on your removal request")).toList(),
                found -> !found.isEmpty(), "the outcome");
        assertThat(outcome).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("camille@example.org");
            assertThat(m.body()).contains("within the 48 hours the law allows");
        });

        // Act: the case has been closed for the retention time
        advanceTo(Instant.parse(http.get("/test-only/clock").body().strip()).plus(Duration.ofDays(7))
                .plus(Duration.ofMinutes(1)));

        // Assert: the signature and address are gone; that there was a request, and when, stays
        Poll.until(PATIENCE, () -> database().query("select removal_email, removal_signature, removal_requested_at "
                + "from report where reference = ?", reference.replace("-", "")).get(0),
                row -> row.get("removal_email") == null, "the requester's address erased");
        Map<String, Object> erased = database().query("select removal_signature, removal_requested_at from report "
                + "where reference = ?", reference.replace("-", "")).get(0);
        assertThat(erased.get("removal_signature")).isNull();
        assertThat(erased.get("removal_requested_at")).isNotNull();
        assertThat(database().query("select removal_language from report where reference = ?",
                reference.replace("-", "")).get(0).get("removal_language")).isNull();
        assertThat(team.get("admin").get("/staff/case?id=" + caseId).body()).contains("id=\"removal-request-case\"")
                .contains("class=\"removal-erased\"").doesNotContain("Camille Tremblay")
                .contains("legal-deadline-met");
    }

    @Test
    @DisplayName("the removal also removes an identical copy already hidden on another open case, with a note there and an audit line")
    void removalTakesHiddenCopiesOnOtherCasesDown() throws Exception {
        // Arrange: two uploads of the same picture; the copy is reported (hidden, its own case), then the original is
        // the subject of a valid removal request, in French
        register("td2-original", "reg-test-input/pen-and-coaster.png");
        register("td2-copy", "reg-test-input/pen-and-coaster.png");
        HttpResponse<String> reported = http.postJson("/api/v1/reports",
                "{\"items\":[{\"contentId\":\"td2-copy\"}],\"category\":\"survivor_adult_image\"}");
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        assertThat(visibility("td2-copy")).isEqualTo("HIDDEN_PENDING_REVIEW");
        long otherCase = database().count("""
                select i.case_id from case_item i join content_item c on c.id = i.content_id
                where c.platform_content_id = 'td2-copy'""");
        HttpResponse<String> filed = http.postForm("/report?lang=fr", removalForm("td2-original",
                "non_consensual_intimate_image", "Dominique Roy", "dominique@example.org", "other", true),
                "Accept-Language", "fr-CA");
        assertThat(filed.statusCode()).isEqualTo(200);
        String reference = filed.body().replaceAll("(?s).*id=\"reference\">([0-9A-Z-]{19})<.*", "$1");
        long caseId = caseOf(reference);
        assertThat(caseId).isNotEqualTo(otherCase);
        Poll.until(PATIENCE, () -> mail().mentioning(reference), found -> found.stream()
                .anyMatch(m -> m.subject().equals("Votre demande de retrait : numéro de référence")
                        && m.to().equals("dominique@example.org") && m.body().contains("48 heures")),
                "the acknowledgement in French");

        // Act: a supervisor removes the original
        StaffClient admin = team.get("admin");
        admin.get("/staff/case?id=" + caseId);
        admin.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        admin.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide",
                Map.of("review:items:0:decision", "REMOVE", "review:items:0:reason", "NON_CONSENSUAL_INTIMATE_IMAGE"));
        assertThat(admin.lastPage()).doesNotContain("id=\"review-error\"");

        // Assert: the hidden copy is removed on its own case, by the legal track, for the same reason, saying why
        assertThat(visibility("td2-copy")).isEqualTo("REMOVED");
        assertThat(database().query("""
                select d.decision, d.reason_code, d.decided_by, d.note from item_decision d
                join case_item i on i.id = d.case_item_id where i.case_id = ?""", otherCase))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("decision")).isEqualTo("REMOVE");
                    assertThat(row.get("reason_code")).isEqualTo("NON_CONSENSUAL_INTIMATE_IMAGE");
                    assertThat(row.get("decided_by")).isEqualTo("takedown-48h");
                    assertThat((String) row.get("note")).contains(String.format("C-%06d", caseId))
                            .contains("valid removal request");
                });
        assertThat(database().count("select count(*) from audit_event where actor = 'takedown-48h' "
                + "and action = 'legal48.copy.removed' and subject like ?", String.format("C-%06d/%%", caseId)))
                .isEqualTo(1);
        Poll.until(PATIENCE, () -> mail().mentioning(reference).stream()
                .filter(m -> m.subject().equals("Une décision sur votre demande de retrait")).toList(),
                found -> found.size() == 1, "the outcome in French");
    }

    @Test
    @DisplayName("a hostile or half-filled request is refused with every problem named, and nothing is stored")
    void invalidRequestNamesEveryProblem() {
        // Arrange
        long before = database().count("select count(*) from report");

        // Act
        HttpResponse<String> page = http.postForm("/report", removalForm("http://localhost:8080/media/demo-04",
                "survivor_harassment", "<b>x</b>", "not an address", null, false));

        // Assert
        assertThat(page.body()).contains("id=\"error-summary\"")
                .contains("characters that a name does not use")
                .contains("Say whether you are the person shown")
                .contains("Tick the statement of good faith")
                .contains("choose a category about an image")
                .doesNotContain("<b>x</b>");
        assertThat(database().count("select count(*) from report")).isEqualTo(before);
        assertThat(http.get("/media/demo-04").statusCode()).as("nothing hidden by a refused request").isEqualTo(200);
    }

    private Instant advanceTo(Instant target) {
        Instant now = Instant.parse(http.get("/test-only/clock").body().strip());
        Duration by = Duration.between(now, target);
        return Instant.parse(http.postForm("/test-only/clock", Map.of("advance",
                (by.isNegative() ? Duration.ZERO : by).toString())).body().strip());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof OffsetDateTime odt ? odt.toInstant() : ((Timestamp) timestamp).toInstant();
    }

    private void register(String contentId, String picture) throws Exception {
        HttpResponse<String> answer = http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId
                + "\",\"url\":\"https://platform.example/p/" + contentId + "\",\"mediaType\":\""
                + (picture.endsWith(".png") ? "image/png" : "image/jpeg") + "\","
                + "\"uploaderId\":\"user-" + contentId + "\",\"bytes\":\"" + Base64.getEncoder().encodeToString(
                        Files.readAllBytes(IMAGES.resolve(picture))) + "\"}", "Authorization", "Bearer " + key.value());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    private String visibility(String contentId) {
        return (String) database().query("select visibility from content_item where platform_content_id = ?",
                contentId).get(0).get("visibility");
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
