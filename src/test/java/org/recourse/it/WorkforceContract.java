package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.testing.CraftedPictures;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * The people who review (issue 17 §6) on a real portal: the capacity forecast and its CSV from history generated
 * here (the figures worked out in the test from the database, by Erlang C's textbook sum), a reviewer over the
 * daily cap offered only a case without imagery, reveals and blurs counted, and preview defaults kept at the
 * organisation's minimums. Cases made here are closed again at the end; nothing asserts a count of the whole table.
 */
abstract class WorkforceContract {

    /** Keys of this part only: shifts, roster, target, a fixed handling time (no history of closed cases needed). */
    /**
     * The organisation's time zone for this portal: a fixed offset that puts its local time near noon when the tests
     * start, so that "today" is always hours old and hours from ending. The cap tests write 125 minutes of today's
     * exposure, which the first two hours of a day cannot hold (in UTC they were skipped between 00:00 and 02:10).
     */
    static final ZoneId ZONE = ZoneOffset.ofHours(12 - java.time.LocalTime.now(ZoneOffset.UTC).getHour());

    static final Map<String, String> SETTINGS = Map.of(
            "recourse.staff.time-zone", ZONE.getId(),
            "recourse.capacity.shifts", "00:00,08:00,16:00",
            "recourse.capacity.roster", "2,1,0",
            "recourse.capacity.history-weeks", "4",
            "recourse.capacity.target", "0.2",
            "recourse.capacity.default-handling", "PT10M",
            "recourse.capacity.min-samples", "1000000",
            "recourse.wellbeing.require-blur", "true");

    private static final String CATEGORY = "SURVIVOR_PERSONAL_INFORMATION";
    private static final Duration HANDLING = Duration.ofMinutes(10);
    private static final Duration WINDOW = Duration.ofHours(1);

    abstract URL portal();

    abstract TestDatabase database();

    StaffClient admin() {
        return SignedInAdmins.of(portal(), PreventionPortal.ADMIN_PASSWORD);
    }

    @Test
    @DisplayName("the forecast and its CSV give what the generated history and Erlang C give, shift by shift")
    void forecastFromGeneratedHistory() throws Exception {
        // Arrange: 6 closed personal-information cases in every hour of tomorrow's day shift, 1 to 4 weeks back
        LocalDate tomorrow = LocalDate.now(ZONE).plusDays(1);
        try (Connection db = database().connect()) {
            for (int back = 1; back <= 4; back++) {
                for (int hour = 8; hour < 16; hour++) {
                    Instant start = tomorrow.minusWeeks(back).atTime(hour, 0).atZone(ZONE).toInstant();
                    for (int i = 0; i < 6; i++) {
                        insertCase(db, "CLOSED", CATEGORY, start.plus(Duration.ofMinutes(9L * i)), start);
                    }
                }
            }
        }

        // Act
        HttpResponse<byte[]> download = admin().getBytes("/staff/capacity.csv");
        String csv = new String(download.body(), StandardCharsets.UTF_8);

        // Assert: worked out here, from whatever the database holds in those hours (other parts' cases included)
        double expected = 0;
        double peak = 0;
        int needed = 0;
        for (int hour = 8; hour < 16; hour++) {
            int count = 0;
            for (int back = 1; back <= 4; back++) {
                Instant start = tomorrow.minusWeeks(back).atTime(hour, 0).atZone(ZONE).toInstant();
                count += (int) database().count("select count(*) from case_file where category = ? "
                        + "and opened_at >= ? and opened_at < ?", CATEGORY, utc(start), utc(start.plusSeconds(3600)));
            }
            double lambda = count / 4.0;
            expected += lambda;
            peak = Math.max(peak, lambda);
            needed = Math.max(needed, textbookNeeded(lambda));
        }
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(expected).isGreaterThanOrEqualTo(48);
        String[] line = row(csv, tomorrow + ",2,", ",survivor_personal_information,");
        assertThat(line[5]).isEqualTo(String.format(Locale.ROOT, "%.2f", expected));
        assertThat(line[6]).isEqualTo(String.format(Locale.ROOT, "%.2f", peak));
        assertThat(line[7]).isEqualTo("10.00");
        assertThat(line[8]).isEqualTo("60");
        assertThat(line[9]).isEqualTo(Integer.toString(needed));
        String[] all = row(csv, tomorrow + ",2,", ",all,");
        assertThat(all[10]).isEqualTo("1");
        assertThat(Integer.parseInt(all[9])).isGreaterThanOrEqualTo(needed);
        assertThat(csv.lines().filter(l -> l.contains(",all,")).count()).isEqualTo(21);
        HttpResponse<String> dashboard = admin().get("/staff/dashboard");
        assertThat(dashboard.body()).contains("id=\"capacity-chart-title\"", "Erlang C", "id=\"team-exposure\"");
    }

    @Test
    @DisplayName("over the daily cap, take next gives a case without imagery and says why; without it, the picture")
    void overTheCapTakesNoImagery() throws Exception {
        // Arrange: 125 minutes of exposure today for one reviewer, none for another; the two most urgent cases
        Instant now = Instant.now();
        assertThat(Duration.between(LocalDate.now(ZONE).atStartOfDay(ZONE).toInstant(), now).toMinutes())
                .as("the organisation's day is old enough for 125 minutes of it").isGreaterThan(130);
        String nonce = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        StaffClient capped = reviewer("wfcap" + nonce);
        StaffClient fresh = reviewer("wffresh" + nonce);
        long picture;
        long link;
        try (Connection db = database().connect()) {
            insertExposure(db, "wfcap" + nonce, now.minus(Duration.ofMinutes(125)), now.minusSeconds(5));
            picture = urgentCase(db, "CHILD_SEXUAL_IMAGERY", Instant.parse("1999-01-01T00:00:00Z"));
            hostedPicture(db, picture, "wf-pic-" + nonce);
            link = urgentCase(db, "OTHER_HARMFUL", Instant.parse("2000-01-01T00:00:00Z"));
            externalLink(db, link, "https://elsewhere.example/wf-" + nonce);
        }
        try {
            // Act
            capped.get("/staff/");
            HttpResponse<String> cappedNext = capped.submit("/staff/", "queue", "queue:takeNext", Map.of());
            fresh.get("/staff/");
            HttpResponse<String> freshNext = fresh.submit("/staff/", "queue", "queue:takeNext", Map.of());

            // Assert
            assertThat(cappedNext.headers().firstValue("Location")).as(cappedNext.body()).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/staff/case?id=" + link));
            assertThat(freshNext.headers().firstValue("Location")).as(freshNext.body()).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/staff/case?id=" + picture));
            String casePage = capped.get("/staff/case?id=" + link).body();
            assertThat(casePage).contains("id=\"wellbeing-limit\"", "the daily limit is 120 minutes");
            assertThat(fresh.get("/staff/case?id=" + picture).body()).doesNotContain("id=\"wellbeing-limit\"");
            assertThat(database().count("select count(*) from audit_event where actor = ? and action = 'case.claimed' "
                    + "and detail = 'take next, without imagery'", "wfcap" + nonce)).isEqualTo(1);
        } finally {
            close(picture, link);
        }
    }

    @Test
    @DisplayName("a reveal is counted until it is blurred again, and leaving the case ends what was left revealed")
    void revealsAreCounted() throws Exception {
        // Arrange: a case with a picture, held by a new reviewer
        String nonce = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String name = "wfeye" + nonce;
        StaffClient eye = reviewer(name);
        long held;
        try (Connection db = database().connect()) {
            held = urgentCase(db, "NON_CONSENSUAL_INTIMATE_IMAGE", Instant.parse("2999-01-01T00:00:00Z"));
            hostedPicture(db, held, "wf-eye-" + nonce);
            try (PreparedStatement claim = db.prepareStatement("update case_file set assignee = ?, claimed_at = ?, "
                    + "last_activity_at = ?, review_started_at = ? where id = ?")) {
                OffsetDateTime at = utc(Instant.now());
                claim.setString(1, name);
                claim.setObject(2, at);
                claim.setObject(3, at);
                claim.setObject(4, at);
                claim.setLong(5, held);
                claim.executeUpdate();
            }
        }
        try {
            // Act
            eye.get("/staff/case?id=" + held);
            eye.submit("/staff/case?id=" + held, "review", "review:items:0:reveal", Map.of());
            List<Map<String, Object>> open = exposure(name);
            eye.submit("/staff/case?id=" + held, "review", "review:items:0:blurAgain", Map.of());
            List<Map<String, Object>> blurred = exposure(name);
            eye.submit("/staff/case?id=" + held, "review", "review:items:0:reveal", Map.of());
            eye.get("/staff/case?id=" + held);
            List<Map<String, Object>> left = exposure(name);

            // Assert
            assertThat(open).hasSize(1);
            assertThat(open.get(0).get("covered_at")).isNull();
            assertThat(blurred.get(0)).containsEntry("covered_by", "blurred");
            assertThat(left).hasSize(2);
            assertThat(left.get(1)).containsEntry("covered_by", "left");
            String page = eye.get("/staff/wellbeing").body();
            assertThat(page).contains("id=\"exposure-minutes\">0<", "id=\"exposure-cap\">120<");
        } finally {
            close(held);
        }
    }

    @Test
    @DisplayName("a reviewer chooses their preview defaults, never below the organisation's minimum (blur required)")
    void previewDefaultsWithinMinimums() {
        // Arrange
        String name = "wfprefs" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        StaffClient reviewer = reviewer(name);
        reviewer.get("/staff/wellbeing");

        // Act: blur is required (its box disabled, so not sent); greyscale off, video muted
        HttpResponse<String> saved = reviewer.submit("/staff/wellbeing", "defaults", "saveDefaults",
                Map.of("muteVideo", "on"));

        // Assert
        assertThat(saved.body()).contains("id=\"blur-required\"", "Your preview defaults are saved.");
        assertThat(database().query("select blur_previews, greyscale_previews, mute_video from staff_account "
                + "where username = ?", name).get(0))
                .containsEntry("blur_previews", true).containsEntry("greyscale_previews", false)
                .containsEntry("mute_video", true);
    }

    @Test
    @DisplayName("in Chromium, a reviewer over the cap reads so on the queue and their own page: 360 and 1280 px, EN/FR")
    void capInChromium() throws Exception {
        // Arrange: a reviewer with 125 minutes of exposure today
        Instant now = Instant.now();
        assertThat(Duration.between(LocalDate.now(ZONE).atStartOfDay(ZONE).toInstant(), now).toMinutes())
                .as("the organisation's day is old enough for 125 minutes of it").isGreaterThan(130);
        String name = "wfsee" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String oneTime = StaffWorkspaceContract.create(admin(), name, "MODERATOR");
        StaffClient setup = new StaffClient(URI.create(portal().toString()));
        String password = setup.setUp(name, oneTime, "correct horse battery staple 17");
        try (Connection db = database().connect()) {
            insertExposure(db, name, now.minus(Duration.ofMinutes(125)), now.minusSeconds(5));
        }
        org.recourse.testing.PageWords words = org.recourse.testing.PageWords.ofThePortal();
        java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(shots);
        org.openqa.selenium.chrome.ChromeDriver chromium = org.recourse.testing.Browsers.chromium();
        try {
            org.recourse.it.pages.StaffSignInPage.open(chromium, portal().toString()).signIn(name, password,
                    org.recourse.staff.Totp.code(setup.secret(), org.recourse.staff.Totp.step(Instant.now()) + 1));
            List<String> problems = new ArrayList<>();
            for (String language : List.of("en", "fr")) {
                for (int width : new int[] {360, 1280}) {
                    for (String page : List.of("staff/", "staff/wellbeing", "staff/dashboard")) {
                        // Act
                        chromium.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
                        chromium.get(portal() + page + "?lang=" + language);
                        String where = language + " " + width + " px " + page + ": ";
                        java.nio.file.Files.write(shots.resolve("workforce-" + page.replace('/', '-') + language + "-"
                                + width + ".png"), chromium.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

                        // Assert
                        List<org.openqa.selenium.WebElement> limit = chromium.findElements(
                                org.openqa.selenium.By.id("wellbeing-limit"));
                        String expected = language.equals("en") ? "the daily limit is 120 minutes"
                                : "la limite quotidienne est de 120 minutes";
                        boolean saysSo = !limit.isEmpty() && limit.get(0).isDisplayed()
                                && limit.get(0).getText().contains(expected);
                        if (page.equals("staff/dashboard")) {
                            if (chromium.findElements(org.openqa.selenium.By.id("capacity-chart")).isEmpty()) {
                                problems.add(where + "no capacity chart");
                            } else {
                                java.nio.file.Files.write(shots.resolve("workforce-capacity-" + language + "-" + width
                                        + ".png"), chromium.findElement(org.openqa.selenium.By.id("capacity"))
                                        .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                            }
                        } else if (!saysSo) {
                            problems.add(where + "no visible \"" + expected + "\"");
                        }
                        Object wide = chromium.executeScript("return document.documentElement.scrollWidth"
                                + " > document.documentElement.clientWidth");
                        if (Boolean.TRUE.equals(wide)) {
                            problems.add(where + "scrolls sideways");
                        }
                        String html = chromium.getPageSource();
                        words.enumNamesIn(html).forEach(raw -> problems.add(where + "raw name " + raw));
                        if (language.equals("fr")) {
                            words.englishIn(html).forEach(english -> problems.add(where + "English \"" + english + "\""));
                        }
                        // The queue's table scrolls sideways in its own wrapper at 360 px (.ui-datatable-tablewrapper,
                        // from before this part, reported to the lead): that one rule is left to the queue's owner.
                        new com.deque.html.axecore.selenium.AxeBuilder()
                                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                                .disableRules(page.equals("staff/") ? List.of("scrollable-region-focusable") : List.of())
                                .analyze(chromium).getViolations()
                                .forEach(rule -> problems.add(where + "axe " + rule.getId()));
                    }
                }
            }
            assertThat(problems).isEmpty();
        } finally {
            chromium.quit();
        }
    }

    /** A new moderator, signed in. */
    StaffClient reviewer(String name) {
        String oneTime = StaffWorkspaceContract.create(admin(), name, "MODERATOR");
        StaffClient client = new StaffClient(URI.create(portal().toString()));
        client.firstSignIn(name, oneTime, "correct horse battery staple 17");
        return client;
    }

    private List<Map<String, Object>> exposure(String name) {
        return database().query("select revealed_at, reveal_ends, covered_at, covered_by from reviewer_exposure "
                + "where username = ? order by id", name);
    }

    /** Erlang C by the textbook sum: the fewest reviewers with P(wait &gt; 1 h) ≤ 20 % at 10 minutes a case. */
    private static int textbookNeeded(double lambda) {
        if (lambda == 0) {
            return 0;
        }
        double a = lambda * HANDLING.toSeconds() / 3600.0;
        for (int c = (int) Math.floor(a) + 1; ; c++) {
            double sum = 0;
            double term = 1;
            for (int k = 0; k < c; k++) {
                sum += term;
                term = term * a / (k + 1);
            }
            double last = term * c / (c - a);
            double late = last / (sum + last) * Math.exp(-(c - a) * WINDOW.toSeconds() / (double) HANDLING.toSeconds());
            if (late <= 0.2) {
                return c;
            }
        }
    }

    private static String[] row(String csv, String start, String category) {
        Optional<String> line = csv.lines().filter(l -> l.startsWith(start) && l.contains(category)).findFirst();
        assertThat(line).as(start + category + " in\n" + csv).isPresent();
        return line.get().split(",", -1);
    }

    private static long insertCase(Connection db, String status, String category, Instant opened, Instant due)
            throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into case_file (version, status, category, self_reported, report_count, opened_at,
                    review_due_at, queue_due_at, status_changed_at, status_changed_by, severity, closed_at)
                values (0, ?, ?, false, 1, ?, ?, ?, ?, 'workforce-test', ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, status);
            insert.setString(2, category);
            insert.setObject(3, utc(opened));
            insert.setObject(4, utc(due));
            insert.setObject(5, utc(due));
            insert.setObject(6, utc(opened));
            insert.setInt(7, "CHILD_SEXUAL_IMAGERY".equals(category) ? 100 : 10);
            insert.setObject(8, "CLOSED".equals(status) ? utc(opened.plusSeconds(300)) : null);
            insert.executeUpdate();
            return key(insert);
        }
    }

    /**
     * An open case due long ago, its SLA marks already set: the SLA watch (every second here) would otherwise lock it
     * to mark it overdue, and "take next" skips a locked row.
     */
    private static long urgentCase(Connection db, String category, Instant due) throws Exception {
        long id = insertCase(db, "OPEN", category, Instant.now().minusSeconds(60), due);
        try (PreparedStatement marks = db.prepareStatement("update case_file set at_risk_at = ?, overdue_at = ?, "
                + "breach_notified_at = ? where id = ?")) {
            OffsetDateTime now = utc(Instant.now());
            marks.setObject(1, now);
            marks.setObject(2, now);
            marks.setObject(3, now);
            marks.setLong(4, id);
            marks.executeUpdate();
        }
        return id;
    }

    private static void hostedPicture(Connection db, long caseId, String platformId) throws Exception {
        long content;
        try (PreparedStatement insert = db.prepareStatement("""
                insert into content_item (version, platform_content_id, url, media_type, visibility, visibility_since,
                    first_seen) values (0, ?, ?, 'image/png', 'HIDDEN_PENDING_REVIEW', ?, ?)""",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, platformId);
            insert.setString(2, "https://platform.example/" + platformId);
            insert.setObject(3, utc(Instant.now()));
            insert.setObject(4, utc(Instant.now()));
            insert.executeUpdate();
            content = key(insert);
        }
        try (PreparedStatement media = db.prepareStatement("insert into content_media (content_id, bytes) values (?, ?)")) {
            media.setLong(1, content);
            media.setBytes(2, CraftedPictures.drawing("png", 64, 48));
            media.executeUpdate();
        }
        try (PreparedStatement item = db.prepareStatement("""
                insert into case_item (case_id, content_id, location, kind, status, added_at)
                values (?, ?, ?, 'HOSTED', 'PENDING_REVIEW', ?)""")) {
            item.setLong(1, caseId);
            item.setLong(2, content);
            item.setString(3, "https://platform.example/" + platformId);
            item.setObject(4, utc(Instant.now()));
            item.executeUpdate();
        }
    }

    private static void externalLink(Connection db, long caseId, String location) throws Exception {
        try (PreparedStatement item = db.prepareStatement("""
                insert into case_item (case_id, location, kind, status, added_at)
                values (?, ?, 'EXTERNAL', 'PENDING_REVIEW', ?)""")) {
            item.setLong(1, caseId);
            item.setString(2, location);
            item.setObject(3, utc(Instant.now()));
            item.executeUpdate();
        }
    }

    private static void insertExposure(Connection db, String name, Instant from, Instant to) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into reviewer_exposure (username, item_id, "
                + "revealed_at, reveal_ends, covered_at, covered_by) values (?, 0, ?, ?, ?, 'blurred')")) {
            insert.setString(1, name);
            insert.setObject(2, utc(from));
            insert.setObject(3, utc(to.plusSeconds(60)));
            insert.setObject(4, utc(to));
            insert.executeUpdate();
        }
    }

    /** Closes this test's cases again, so no other part's "take next" meets them. */
    private void close(long... cases) throws Exception {
        try (Connection db = database().connect();
                PreparedStatement update = db.prepareStatement("update case_file set status = 'CLOSED', "
                        + "assignee = null, closed_at = ? where id = ?")) {
            for (long id : cases) {
                update.setObject(1, utc(Instant.now()));
                update.setLong(2, id);
                update.executeUpdate();
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static long key(PreparedStatement insert) throws Exception {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
