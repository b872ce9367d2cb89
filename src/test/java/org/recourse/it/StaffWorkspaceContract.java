package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.testing.Deployments;
import org.recourse.testing.Http;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * The staff workspace on a real Payara Micro: access control, sign-in with a second factor, the growing delay,
 * claiming, the supervisor rule for restoring, and the audit chain. Accounts are made through the admin page.
 */
@ExtendWith(ArquillianExtension.class)
abstract class StaffWorkspaceContract {

    static final String ADMIN_PASSWORD = "first portal password 42";
    /** The signed-in team of each deployment (one per subclass), made once through the admin page. */
    private static final Map<Class<?>, Map<String, StaffClient>> TEAMS = new HashMap<>();

    Map<String, StaffClient> TEAM;

    @ArquillianResource
    URL base;

    Http http;

    /** The settings every staff deployment needs, on top of its database. */
    static Map<String, String> settings(Map<String, String> database) {
        Map<String, String> settings = new HashMap<>(database);
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        // Cheap hashes keep the test fast; production uses 600,000 iterations.
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.sla.other_harmful", "PT1S");
        return settings;
    }

    abstract TestDatabase database();

    /**
     * The address Arquillian gave each concrete class, for its nested classes: JUnit makes a fresh instance of this
     * class for their tests, and Arquillian fills in only the nested instance.
     */
    private static final Map<Class<?>, URL> DEPLOYED = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeEach
    void team() throws Exception {
        if (base == null) {
            base = DEPLOYED.get(getClass());
        } else {
            DEPLOYED.put(getClass(), base);
        }
        http = new Http(base.toURI());
        TEAM = TEAMS.computeIfAbsent(getClass(), c -> new HashMap<>());
        if (!TEAM.isEmpty()) {
            return;
        }
        StaffClient admin = new StaffClient(base.toURI());
        assertThat(admin.firstSignIn("admin", ADMIN_PASSWORD, ADMIN_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/staff/"));
        TEAM.put("admin", admin);
        for (String[] member : List.of(new String[] {"mona", "MODERATOR"}, new String[] {"milo", "MODERATOR"},
                new String[] {"sam", "SUPERVISOR"})) {
            String oneTime = create(admin, member[0], member[1]);
            StaffClient client = new StaffClient(base.toURI());
            HttpResponse<String> signedIn = client.firstSignIn(member[0], oneTime,
                    "correct horse battery staple " + member[1].length());
            assertThat(signedIn.headers().firstValue("Location")).as(member[0] + " signed in: " + client.lastPage())
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/staff/"));
            TEAM.put(member[0], client);
        }
    }

    static String create(StaffClient admin, String username, String role) {
        admin.get("/staff/admin/accounts");
        admin.submit("/staff/admin/accounts", "accounts", "accounts:create", Map.of("accounts:newUsername", username,
                "accounts:newName", username, "accounts:newEmail", username + "@platform.example",
                "accounts:newRole", role));
        Matcher password = Pattern.compile("id=\"one-time-password\">([a-z0-9-]+)<").matcher(admin.lastPage());
        assertThat(password.find()).as("one-time password shown once").isTrue();
        return password.group(1);
    }

    @Test
    @DisplayName("Anonymous requests to staff pages and staff API end at the sign-in page")
    void anonymousIsSentToSignIn() {
        for (String path : List.of("/staff/", "/staff/case?id=1", "/staff/admin/accounts", "/staff/admin/audit",
                "/staff/setup/", "/staff/media/1", "/api/v1/admin/audit/verification")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401);
            if (response.statusCode() == 302) {
                assertThat(response.headers().firstValue("Location")).as(path)
                        .hasValueSatisfying(location -> assertThat(location).endsWith("/staff/login"));
            }
        }
        assertThat(http.get("/staff/login").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("The staff API refuses with problem+json, never the server's HTML: 401 without a session, 403 for a role")
    void staffApiRefusesAsProblemJson() {
        // Act
        HttpResponse<String> anonymous = http.get("/api/v1/admin/audit/verification", "Accept-Language", "fr-CA");
        HttpResponse<String> moderator = TEAM.get("mona").get("/api/v1/admin/audit/verification");
        HttpResponse<String> page = TEAM.get("mona").get("/staff/admin/accounts");

        // Assert
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Http.json(anonymous).getString("title")).isEqualTo("Connexion requise");
        assertThat(Http.json(anonymous).getInt("status")).isEqualTo(401);
        assertThat(moderator.statusCode()).isEqualTo(403);
        assertThat(moderator.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Http.json(moderator).getString("title")).isEqualTo("Not allowed");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot open this page").doesNotContain("Payara", "HTTP Status");
    }

    @Test
    @DisplayName("A moderator reaches the queue but no admin page")
    void moderatorIsNoAdmin() {
        StaffClient mona = TEAM.get("mona");
        assertThat(mona.get("/staff/").statusCode()).isEqualTo(200);
        for (String path : List.of("/staff/admin/accounts", "/staff/admin/audit", "/api/v1/admin/audit/verification")) {
            assertThat(mona.get(path).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    @DisplayName("Wrong passwords make the next attempt wait, and every failure is audited")
    void failedSignInsAreSlowedDown() {
        // Arrange
        String oneTime = create(TEAM.get("admin"), "tess", "MODERATOR");
        StaffClient tess = new StaffClient(URI.create(base.toString()));
        long failuresBefore = database().count("select count(*) from audit_event where action = 'sign-in.failed'");

        // Act: three wrong passwords, then the right one at once
        for (int i = 0; i < 3; i++) {
            tess.signIn("tess", "not the password " + i);
            assertThat(tess.lastPage()).contains("not right");
        }
        long start = System.nanoTime();
        HttpResponse<String> right = tess.signIn("tess", oneTime);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // Assert: the fourth attempt was held for a second, then checked (a wait, never a lock-out)
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff/setup/"));
        assertThat(database().count("select count(*) from audit_event where action = 'sign-in.failed'"))
                .isEqualTo(failuresBefore + 3);
    }

    @Test
    @DisplayName("A moderator disabled while signed in is signed out at the next request; the claim it carried does nothing")
    void disabledModeratorIsSignedOut() {
        // Arrange: dora is signed in and has a case open
        StaffClient dora = signedInMember("dora", "MODERATOR");
        long caseId = report("demo-01", "survivor_harassment");
        assertThat(dora.get("/staff/case?id=" + caseId).statusCode()).isEqualTo(200);

        // Act: an admin disables her; her open page then claims the case
        actOnAccount(TEAM.get("admin"), "dora", "disable", Map.of());
        HttpResponse<String> claim = dora.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());

        // Assert
        assertSignedOut(claim);
        assertUntouched(caseId);
        assertThat(dora.get("/staff/").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/staff/login"));
        assertThat(dora.follow(claim).body()).contains("You were signed out because your account was changed");
    }

    @Test
    @DisplayName("A supervisor demoted while signed in loses the supervisor pages and cannot claim with the old session")
    void demotedSupervisorIsSignedOut() {
        // Arrange
        StaffClient sid = signedInMember("sid", "SUPERVISOR");
        long caseId = report("demo-02", "survivor_harassment");
        assertThat(sid.get("/staff/supervise/banks").statusCode()).isEqualTo(200);
        assertThat(sid.get("/staff/case?id=" + caseId).statusCode()).isEqualTo(200);

        // Act
        actOnAccount(TEAM.get("admin"), "sid", "changeRole", Map.of("roleChoice", "MODERATOR"));
        HttpResponse<String> claim = sid.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());

        // Assert
        assertThat(database().query("select role from staff_account where username = 'sid'").get(0))
                .containsEntry("role", "MODERATOR");
        assertSignedOut(claim);
        assertUntouched(caseId);
        assertThat(sid.get("/staff/supervise/banks").statusCode()).isEqualTo(302);
    }

    @Test
    @DisplayName("An admin demoted while signed in gets 401 problem+json from the admin API at once")
    void demotedAdminApiAnswers401() {
        // Arrange
        StaffClient ada = signedInMember("ada", "ADMIN");
        assertThat(ada.get("/api/v1/admin/audit/verification").statusCode()).isEqualTo(200);

        // Act
        actOnAccount(TEAM.get("admin"), "ada", "changeRole", Map.of("roleChoice", "SUPERVISOR"));
        HttpResponse<String> answer = ada.get("/api/v1/admin/audit/verification");

        // Assert
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Http.json(answer).getInt("status")).isEqualTo(401);
        assertThat(answer.body()).doesNotContain("\"intact\"");
    }

    @Test
    @DisplayName("A moderator whose account an admin resets is signed out at the next request; the claim does nothing")
    void resetModeratorIsSignedOut() {
        // Arrange
        StaffClient rhea = signedInMember("rhea", "MODERATOR");
        long caseId = report("demo-03", "survivor_harassment");
        assertThat(rhea.get("/staff/case?id=" + caseId).statusCode()).isEqualTo(200);

        // Act
        actOnAccount(TEAM.get("admin"), "rhea", "reset", Map.of());
        HttpResponse<String> claim = rhea.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());

        // Assert
        assertSignedOut(claim);
        assertUntouched(caseId);
    }

    @Test
    @DisplayName("An expired one-time password is refused with words that say what to do; a reset gives a working one")
    void expiredOneTimePassword() throws Exception {
        // Arrange: olive's one-time password was issued 25 hours ago (the validity is 24)
        StaffClient admin = TEAM.get("admin");
        String oneTime = create(admin, "olive", "MODERATOR");
        try (var connection = database().connect(); var statement = connection.prepareStatement(
                "update staff_account set one_time_password_issued_at = ? where username = 'olive'")) {
            statement.setObject(1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(25));
            statement.executeUpdate();
        }
        StaffClient olive = new StaffClient(URI.create(base.toString()));

        // Act
        HttpResponse<String> refused = olive.signIn("olive", oneTime);

        // Assert
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("This one-time password has expired. Please ask an admin for a new one.");
        assertThat(admin.get("/staff/admin/accounts").body()).contains("One-time password expired");

        // Act: the admin resets the account
        actOnAccount(admin, "olive", "reset", Map.of());
        Matcher fresh = Pattern.compile("id=\"one-time-password\">([a-z0-9-]+)<").matcher(admin.lastPage());
        assertThat(fresh.find()).isTrue();
        HttpResponse<String> accepted = olive.signIn("olive", fresh.group(1));

        // Assert
        assertThat(accepted.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/staff/setup/"));
    }

    /** A new member made by the admin, set up and signed in: an open session. */
    StaffClient signedInMember(String username, String role) {
        String oneTime = create(TEAM.get("admin"), username, role);
        StaffClient client = new StaffClient(URI.create(base.toString()));
        assertThat(client.firstSignIn(username, oneTime, "correct horse battery staple 9")
                .headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff/"));
        return client;
    }

    /**
     * Presses a button in an account's row of the accounts page ({@code reset}, {@code disable}, {@code enable},
     * {@code changeRole}), with that row's fields named without their row prefix.
     */
    static void actOnAccount(StaffClient admin, String username, String button, Map<String, String> rowFields) {
        String page = admin.get("/staff/admin/accounts").body();
        int cell = page.indexOf("<span class=\"username\">" + username + "</span>");
        assertThat(cell).as(username + " listed").isPositive();
        Matcher row = Pattern.compile("data-ri=\"(\\d+)\"").matcher(page.substring(0, cell));
        String index = null;
        while (row.find()) {
            index = row.group(1);
        }
        assertThat(index).as("row of " + username).isNotNull();
        String prefix = "accounts:list:" + index + ":";
        Map<String, String> fields = new HashMap<>();
        rowFields.forEach((name, value) -> fields.put(prefix + name, value));
        HttpResponse<String> done = admin.submit("/staff/admin/accounts", "accounts", prefix + button, fields);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).doesNotContain("accounts-error");
    }

    /** An ended session's page request goes to the sign-in page, which says why. */
    static void assertSignedOut(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/staff/login?ended=true"));
    }

    /** Nobody holds the case, and nothing was audited on it but its opening. */
    void assertUntouched(long caseId) {
        assertThat(database().query("select status, assignee from case_file where id = ?", caseId).get(0))
                .containsEntry("status", "OPEN").containsEntry("assignee", null);
        assertThat(database().count("select count(*) from audit_event where action = 'case.claimed' and subject = ?",
                String.format("C-%06d", caseId))).isZero();
    }

    @Test
    @DisplayName("Two moderators claim the same case at once: exactly one gets it")
    void oneClaimWins() throws Exception {
        // Arrange
        long caseId = report("demo-09", "survivor_adult_image");
        StaffClient mona = TEAM.get("mona");
        StaffClient milo = TEAM.get("milo");
        mona.get("/staff/case?id=" + caseId);
        milo.get("/staff/case?id=" + caseId);

        // Act
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                () -> mona.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of()));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(
                () -> milo.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of()));
        CompletableFuture.allOf(first, second).join();

        // Assert
        List<Map<String, Object>> rows = database().query("select assignee, status from case_file where id = ?", caseId);
        assertThat(rows.get(0).get("status")).isEqualTo("IN_REVIEW");
        String winner = (String) rows.get(0).get("assignee");
        assertThat(winner).isIn("mona", "milo");
        HttpResponse<String> loser = (winner.equals("mona") ? second : first).get();
        assertThat(loser.statusCode()).as("the second claimant is told, not refused").isEqualTo(200);
        String loserPage = loser.body();
        assertThat(loserPage).contains("is being reviewed by " + winner);
        assertThat(database().count("select count(*) from audit_event where action = 'case.claimed' and subject = ?",
                String.format("C-%06d", caseId))).isEqualTo(1);
    }

    @Test
    @DisplayName("Restoring reported child imagery: refused to a moderator, allowed to a supervisor with a justification")
    void restoringChildImageryNeedsASupervisor() {
        // Arrange
        long caseId = report("demo-10", "child_sexual_imagery");
        StaffClient mona = TEAM.get("mona");
        mona.get("/staff/case?id=" + caseId);
        mona.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        long itemId = (long) database().count("select min(id) from case_item where case_id = ?", caseId);

        // Act
        mona.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide", Map.of(
                "review:items:0:decision", "RESTORE", "review:items:0:reason", "NO_VIOLATION"));

        // Assert
        assertThat(mona.lastPage()).contains("Only a supervisor can restore");
        assertThat(database().query("select status from case_item where id = ?", itemId).get(0))
                .containsEntry("status", "PENDING_REVIEW");
        assertThat(http.get("/media/demo-10").statusCode()).isEqualTo(451);

        // Act: a supervisor, without and then with a justification
        StaffClient sam = TEAM.get("sam");
        sam.get("/staff/case?id=" + caseId);
        sam.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide", Map.of(
                "review:items:0:decision", "RESTORE", "review:items:0:reason", "ADULTS_CONSENTED"));
        assertThat(sam.lastPage()).contains("needs a written justification");
        sam.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide", Map.of(
                "review:items:0:decision", "RESTORE", "review:items:0:reason", "ADULTS_CONSENTED",
                "review:items:0:justification", "Verified ID and signed consent of both adults on file, ref 77."));

        // Assert
        assertThat(database().query("select c.status as case_status, i.status as item_status from case_item i "
                + "join case_file c on c.id = i.case_id where i.id = ?", itemId).get(0))
                .containsEntry("case_status", "CLOSED").containsEntry("item_status", "RESTORED");
        assertThat(http.get("/media/demo-10").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("The queue shows the overdue case first; removing an item takes it down for good")
    void queueAndRemoval() {
        // Arrange: a one-hour case, then one whose review time (1 s here) runs out at once
        report("demo-11", "child_sexual_imagery");
        long overdue = report("demo-12", "other_harmful");
        StaffClient milo = TEAM.get("milo");

        // Act
        milo.get("/staff/?x=" + System.nanoTime());
        String queue = milo.lastPage();

        // Assert
        Matcher first = Pattern.compile("class=\"case-link\">(C-\\d{6})<").matcher(queue);
        assertThat(first.find()).isTrue();
        assertThat(first.group(1)).isEqualTo(String.format("C-%06d", overdue));
        assertThat(queue).contains("overdue");

        // Act: claim, look, remove
        milo.get("/staff/case?id=" + overdue);
        assertThat(milo.lastPage()).contains("preview blurred greyscale");
        milo.submit("/staff/case?id=" + overdue, "review", "review:claim", Map.of());
        milo.submit("/staff/case?id=" + overdue, "review", "review:items:0:reveal", Map.of());
        assertThat(milo.lastPage()).doesNotContain("preview blurred").containsPattern("/staff/media/\\d+/full\"");
        milo.submit("/staff/case?id=" + overdue, "review", "review:items:0:decide", Map.of(
                "review:items:0:decision", "REMOVE", "review:items:0:reason", "OTHER_VIOLATION"));

        // Assert
        assertThat(milo.lastPage()).contains("The decision is recorded.");
        assertThat(database().query("select visibility from content_item where platform_content_id = 'demo-12'").get(0))
                .containsEntry("visibility", "REMOVED");
        assertThat(database().count("select count(*) from audit_event where action = 'item.viewed' and actor = 'milo'"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    @DisplayName("The audit chain verifies, and editing one row makes verification name that row")
    void auditChain() {
        StaffClient admin = TEAM.get("admin");
        HttpResponse<String> intact = admin.get("/api/v1/admin/audit/verification");
        assertThat(intact.statusCode()).isEqualTo(200);
        assertThat(intact.body()).contains("\"intact\":true");

        try {
            database().query("select 1"); // connection check
            try (var connection = database().connect(); var statement = connection.createStatement()) {
                statement.executeUpdate("update audit_event set detail = 'rewritten history' where id = 2");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        HttpResponse<String> broken = admin.get("/api/v1/admin/audit/verification");

        assertThat(broken.body()).contains("\"intact\":false").contains("\"firstBrokenId\":2");
    }

    @Test
    @DisplayName("A form post with a forged view state changes nothing (cross-site request forgery)")
    void forgedFormPostIsRefused() {
        StaffClient admin = TEAM.get("admin");
        admin.get("/staff/admin/accounts");
        String page = admin.lastPage().replaceAll("name=\"jakarta.faces.ViewState\"([^>]*)value=\"[^\"]+\"",
                "name=\"jakarta.faces.ViewState\"$1value=\"-123456789:987654321\"");
        assertThat(page).contains("-123456789:987654321");

        HttpResponse<String> forged = admin.submitOn(page, "/staff/admin/accounts", "accounts", "accounts:create",
                Map.of("accounts:newUsername", "mallory", "accounts:newName", "Mallory", "accounts:newRole", "ADMIN"));

        assertThat(forged.body()).doesNotContain("one-time-password");
        assertThat(database().count("select count(*) from staff_account where username = 'mallory'")).isZero();
    }

    @Test
    @DisplayName("A reporter's email is shown on the case to supervisors only, never in the queue")
    void contactOnlyForSupervisors() {
        HttpResponse<String> response = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"demo-07\"}],"
                + "\"category\":\"survivor_personal_information\",\"contact\":{\"email\":\"survivor@example.org\","
                + "\"consent\":true}}");
        assertThat(response.statusCode()).isEqualTo(201);
        long caseId = database().count("select case_id from report where reference = ?",
                Http.json(response).getString("reference").replace("-", ""));

        assertThat(TEAM.get("mona").get("/staff/case?id=" + caseId).body()).doesNotContain("survivor@example.org");
        assertThat(TEAM.get("mona").get("/staff/").body()).doesNotContain("survivor@example.org");
        assertThat(TEAM.get("sam").get("/staff/case?id=" + caseId).body()).contains("survivor@example.org");
    }

    @Test
    @DisplayName("Record and take next: the decision is kept and the most urgent unclaimed case opens, claimed")
    void recordAndTakeNext() {
        // Arrange: a claimed case, and the case the queue's order puts first for a moderator
        long decided = reportAddress("survivor_harassment");
        reportAddress("survivor_harassment");
        StaffClient mona = TEAM.get("mona");
        mona.get("/staff/case?id=" + decided);
        mona.submit("/staff/case?id=" + decided, "review", "review:claim", Map.of());
        long expected = database().count("select id from case_file where status = 'OPEN' and assignee is null "
                + "order by queue_due_at, severity desc, report_count desc, id limit 1");

        // Act
        HttpResponse<String> next = mona.submit("/staff/case?id=" + decided, "review", "review:items:0:decideNext",
                Map.of("review:items:0:decision", "REMOVE", "review:items:0:reason", "HARASSMENT"));

        // Assert
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/staff/case?id=" + expected + "&after=recorded"));
        assertThat(database().query("select status from case_file where id = ?", decided).get(0))
                .containsEntry("status", "CLOSED");
        assertThat(database().query("select status, assignee from case_file where id = ?", expected).get(0))
                .containsEntry("status", "IN_REVIEW").containsEntry("assignee", "mona");
        assertThat(mona.follow(next).body()).contains("This is the next most urgent case.");
        // Cleanup: the case goes back to the queue, as other tests take the queue's first case.
        mona.submit("/staff/case?id=" + expected, "review", "review:release", Map.of());
        assertThat(database().query("select assignee from case_file where id = ?", expected).get(0))
                .containsEntry("assignee", null);
    }

    @Test
    @DisplayName("A reason that does not fit the decision is refused by the server, in words; nothing is recorded")
    void reasonMustFitDecision() {
        // Arrange
        long caseId = reportAddress("survivor_harassment");
        StaffClient milo = TEAM.get("milo");
        milo.get("/staff/case?id=" + caseId);
        milo.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());

        // Act: "No violation" beside Remove, as a form without its script can send it
        milo.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide", Map.of(
                "review:items:0:decision", "REMOVE", "review:items:0:reason", "NO_VIOLATION"));

        // Assert
        assertThat(milo.lastPage()).contains("No violation").contains("does not go with").contains("review-error");
        assertThat(database().query("select status from case_item where case_id = ?", caseId).get(0))
                .containsEntry("status", "PENDING_REVIEW");
        assertThat(database().count("select count(*) from item_decision d join case_item i on i.id = d.case_item_id "
                + "where i.case_id = ?", caseId)).isZero();
    }

    @Test
    @DisplayName("A closed case says when, by whom and how it was closed, in words, and shows no countdown")
    void closedCaseSaysHowItClosed() {
        // Arrange
        long caseId = reportAddress("survivor_harassment");
        StaffClient mona = TEAM.get("mona");
        mona.get("/staff/case?id=" + caseId);
        mona.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        mona.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide", Map.of(
                "review:items:0:decision", "REMOVE", "review:items:0:reason", "HARASSMENT"));

        // Act
        String english = mona.get("/staff/case?id=" + caseId).body();
        String french = mona.get("/staff/case?id=" + caseId + "&lang=fr").body();
        mona.get("/staff/case?id=" + caseId + "&lang=en");

        // Assert
        assertThat(english).contains("id=\"case-closed\"").contains("by mona").contains("Removed")
                .contains("mona decided: Remove").contains("(Harassment)")
                .doesNotContain("class=\"countdown\"").doesNotContain("REMOVE (").doesNotContain("HARASSMENT");
        assertThat(french).contains("par mona").contains("Retirer").doesNotContain("class=\"countdown\"");
    }

    @Test
    @DisplayName("Signing in again with the code used to set up the authenticator says: wait for the next code")
    void reusedCodeSaysWait() {
        // Arrange: a new member who just set up the authenticator with the code of this 30-second step
        String oneTime = create(TEAM.get("admin"), "ursa", "MODERATOR");
        StaffClient ursa = new StaffClient(URI.create(base.toString()));
        String password = ursa.setUp("ursa", oneTime, "correct horse battery staple 5");
        String sameCode = org.recourse.staff.Totp.code(ursa.secret(), org.recourse.staff.Totp.step(java.time.Instant.now()));

        // Act
        HttpResponse<String> refused = ursa.signInWithCode("ursa", password, sameCode);
        HttpResponse<String> wrong = ursa.signInWithCode("ursa", password, "000000".equals(sameCode) ? "111111" : "000000");

        // Assert: told to wait, not that something is wrong; a wrong code still gets the usual words
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Wait for the next code").doesNotContain("is not right");
        assertThat(wrong.body()).doesNotContain("Wait for the next code");
        assertThat(ursa.signIn("ursa", password).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/staff/"));
    }

    /** Files a report of an address elsewhere (a new one each time, so a new case) and returns its case id. */
    long reportAddress(String category) {
        HttpResponse<String> response = http.postJson("/api/v1/reports", "{\"items\":[{\"url\":\"https://elsewhere.example/p/"
                + System.nanoTime() + "\"}],\"category\":\"" + category + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String reference = Http.json(response).getString("reference").replace("-", "");
        return database().count("select case_id from report where reference = ?", reference);
    }

    /** Files a report by API and returns its case id. */
    long report(String contentId, String category) {
        HttpResponse<String> response = http.postJson("/api/v1/reports",
                "{\"items\":[{\"contentId\":\"" + contentId + "\"}],\"category\":\"" + category + "\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        String reference = Http.json(response).getString("reference").replace("-", "");
        return database().count("select case_id from report where reference = ?", reference);
    }
}
