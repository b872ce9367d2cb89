package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTable;
import org.htmlunit.html.HtmlTableRow;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.clients.ApiKey;
import org.recourse.testing.Browsers;
import org.recourse.testing.Deployments;
import org.recourse.testing.Http;
import org.recourse.testing.TestDatabase;
import org.recourse.transparency.PublishedSeries;

/**
 * The public transparency figures against cases the test makes itself, on a real Payara Micro: this month, reports
 * filed through the public API hide their items (so the time to hidden is measured from what the portal recorded);
 * last month and the month before, realistic rows of decided cases, decisions, hotline reports and stay-down blocks go
 * straight into the database. Every series, month and category of the JSON is then compared with what was made
 * (everything not made must read "fewer than 5"), the CSV says the same, and the page works without JavaScript in
 * English and in French.
 */
@ExtendWith(ArquillianExtension.class)
abstract class TransparencyContract {

    private static final String FEWER = "fewer than 5";
    /** Per portal class: the expected figures, keyed "series/month/category" (category "all" for the total). */
    private static final Map<Class<?>, Map<String, Expected>> MADE = new HashMap<>();

    @ArquillianResource
    URL base;

    Http http;

    abstract TestDatabase database();

    /** What a cell must read: a count (null: fewer than 5), and for times and shares their published values. */
    record Expected(Long count, Long medianSeconds, Long p90Seconds, Integer percent) {

        static Expected count(long count) {
            return new Expected(count, null, null, null);
        }
    }

    static WebArchive deployment(Map<String, String> database) {
        Map<String, String> settings = new HashMap<>(database);
        settings.put("recourse.demo.enabled", "false");
        settings.put("recourse.rate-limit.reports", "100");
        return Deployments.recourse(settings);
    }

    @BeforeEach
    void arrange() throws Exception {
        http = new Http(base.toURI());
        synchronized (MADE) {
            if (!MADE.containsKey(getClass())) {
                MADE.put(getClass(), make());
            }
        }
    }

    private Map<String, Expected> make() throws Exception {
        Map<String, Expected> expected = new HashMap<>();
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        // This month, through the public API: 7 items, 6 reports of child sexual imagery on 6 of them, one more
        // report on the first (already hidden: not counted again), 2 reports of other harmful content on the 7th.
        String key = apiKey();
        for (int i = 1; i <= 7; i++) {
            register("tr-" + i, key);
        }
        for (int i = 1; i <= 6; i++) {
            report("tr-" + i, "child_sexual_imagery");
        }
        report("tr-1", "child_sexual_imagery");
        report("tr-7", "other_harmful");
        report("tr-7", "other_harmful");
        put(expected, "reports_received", now, "child_sexual_imagery", Expected.count(7));
        put(expected, "reports_received", now, "all", Expected.count(9));
        put(expected, "items_hidden", now, "child_sexual_imagery", Expected.count(6));
        put(expected, "items_hidden", now, "all", Expected.count(7));
        put(expected, "time_to_hidden", now, "child_sexual_imagery", new Expected(6L, 0L, 0L, null));
        put(expected, "time_to_hidden", now, "all", new Expected(7L, 0L, 0L, null));
        // Each item hidden gets its statement of reasons (hidden pending review), issued by the portal itself.
        put(expected, "statements_issued", now, "child_sexual_imagery", Expected.count(6));
        put(expected, "statements_issued", now, "all", Expected.count(7));

        // Last month, in the database: 6 cases of a survivor's adult image decided in 10..60 minutes, due after 45
        // (4 within), their items removed (5) or restored (1), 5 hotline reports sent (and 1 not yet), 1 referral by
        // hand, and 5 uploads stopped by stay-down screening.
        YearMonth last = now.minusMonths(1);
        Instant opened = last.atDay(10).atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(9));
        try (Connection db = database().connect()) {
            for (int i = 1; i <= 6; i++) {
                long caseId = decidedCase(db, "SURVIVOR_ADULT_IMAGE", opened, Duration.ofMinutes(10L * i),
                        Duration.ofMinutes(45));
                long item = item(db, caseId, opened, null);
                Instant decided = opened.plus(Duration.ofMinutes(10L * i));
                long decision = decision(db, item, i == 6 ? "RESTORE" : "REMOVE", decided);
                // Each decision's statement of reasons, and the uploader's appeal against it, decided a week later:
                // five restored (reversed), one upheld.
                long statement = statement(db, caseId, "SURVIVOR_ADULT_IMAGE", i == 6 ? "RESTORED" : "REMOVED",
                        decided);
                appeal(db, decision, statement, caseId, decided.plus(Duration.ofDays(1)), i == 6 ? "UPHELD" : "RESTORED",
                        decided.plus(Duration.ofDays(7)));
                if (i <= 5) {
                    hotlineReport(db, caseId, item, 100 + i, opened.plus(Duration.ofHours(2)));
                    item(db, caseId, opened.plus(Duration.ofDays(1)), "bank:" + i);
                }
            }
            long unsent = decidedCase(db, "CHILD_SEXUAL_IMAGERY", opened, Duration.ofMinutes(5), Duration.ofHours(1));
            long unsentItem = item(db, unsent, opened, null);
            hotlineReport(db, unsent, unsentItem, 200, null);
            referral(db, unsent, opened.plus(Duration.ofHours(3)));
            // Its removal's statement, and an appeal against it still waiting in the appeal queue.
            Instant removed = opened.plus(Duration.ofMinutes(5));
            long unsentStatement = statement(db, unsent, "CHILD_SEXUAL_IMAGERY", "REMOVED", removed);
            appeal(db, decision(db, unsentItem, "REMOVE", removed), unsentStatement, unsent,
                    removed.plus(Duration.ofDays(2)), "SUBMITTED", null);
            // Three months ago: 6 reports of other harmful content, each restored after 2 hours (no violation), and
            // each reporter asked for a second look; 5 answers took the content down, 1 kept the decision.
            Instant earlier = now.minusMonths(3).atDay(5).atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(8));
            for (int i = 1; i <= 6; i++) {
                long caseId = decidedCase(db, "OTHER_HARMFUL", earlier, Duration.ofHours(2), Duration.ofHours(24));
                long item = item(db, caseId, earlier, null);
                decision(db, item, "RESTORE", earlier.plus(Duration.ofHours(2)));
                long report = report(db, caseId, item, "tr-review-" + i, earlier);
                reviewRequest(db, report, caseId, earlier.plus(Duration.ofHours(3)), i == 6 ? "STANDS" : "TAKEN_DOWN",
                        earlier.plus(Duration.ofDays(1)));
            }
            // The month before: 3 decided cases, too few for a time or a share.
            Instant before = now.minusMonths(2).atDay(3).atStartOfDay().toInstant(ZoneOffset.UTC);
            for (int i = 1; i <= 3; i++) {
                decidedCase(db, "OTHER_HARMFUL", before, Duration.ofHours(i), Duration.ofHours(24));
            }
        }
        put(expected, "time_to_decision", last, "survivor_adult_image", new Expected(6L, 1800L, 3600L, null));
        put(expected, "time_to_decision", last, "all", new Expected(7L, 1800L, 3600L, null));
        put(expected, "decided_within_sla", last, "survivor_adult_image", new Expected(6L, null, null, 66));
        put(expected, "decided_within_sla", last, "all", new Expected(7L, null, null, 71));
        put(expected, "items_removed", last, "survivor_adult_image", Expected.count(5));
        put(expected, "items_removed", last, "all", Expected.count(6));
        put(expected, "statements_issued", last, "survivor_adult_image", Expected.count(6));
        put(expected, "statements_issued", last, "all", Expected.count(7));
        put(expected, "appeals_received", last, "survivor_adult_image", Expected.count(6));
        put(expected, "appeals_received", last, "all", Expected.count(7));
        put(expected, "appeals_decided", last, "survivor_adult_image", Expected.count(6));
        put(expected, "appeals_decided", last, "all", Expected.count(6));
        put(expected, "appeals_reversed", last, "survivor_adult_image", Expected.count(5));
        put(expected, "appeals_reversed", last, "all", Expected.count(5));
        YearMonth third = now.minusMonths(3);
        for (String category : List.of("other_harmful", "all")) {
            put(expected, "reports_received", third, category, Expected.count(6));
            put(expected, "time_to_decision", third, category, new Expected(6L, 7200L, 7200L, null));
            put(expected, "decided_within_sla", third, category, new Expected(6L, null, null, 100));
            put(expected, "items_restored", third, category, Expected.count(6));
            put(expected, "review_requests_received", third, category, Expected.count(6));
            put(expected, "review_requests_taken_down", third, category, Expected.count(5));
        }
        put(expected, "hotline_referrals", last, "survivor_adult_image", Expected.count(5));
        put(expected, "hotline_referrals", last, "all", Expected.count(6));
        put(expected, "staydown_blocks", last, "survivor_adult_image", Expected.count(5));
        put(expected, "staydown_blocks", last, "all", Expected.count(5));
        return expected;
    }

    private static void put(Map<String, Expected> expected, String series, YearMonth month, String category,
            Expected value) {
        expected.put(series + "/" + month + "/" + category, value);
    }

    @Test
    @DisplayName("every figure of the JSON is what the test made, and everything else reads 'fewer than 5'")
    void json() {
        // Act
        HttpResponse<String> answer = http.get("/transparency.json");

        // Assert
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("application/json"));
        JsonObject document = Http.json(answer);
        assertThat(document.getInt("threshold")).isEqualTo(5);
        Map<String, Expected> expected = MADE.get(getClass());
        int checked = 0;
        for (JsonValue value : document.getJsonArray("figures")) {
            JsonObject row = value.asJsonObject();
            String at = row.getString("series") + "/" + row.getString("month") + "/" + row.getString("category");
            Expected want = expected.getOrDefault(at, new Expected(null, null, null, null));
            JsonValue count = row.get("count");
            if (want.count() == null) {
                assertThat(count.getValueType()).as(at).isEqualTo(JsonValue.ValueType.STRING);
                assertThat(row.getString("count")).as(at).isEqualTo(FEWER);
            } else {
                assertThat(row.getJsonNumber("count").longValue()).as(at).isEqualTo(want.count());
            }
            assertThat(number(row, "medianSeconds")).as(at + " median").isEqualTo(want.medianSeconds());
            assertThat(number(row, "p90Seconds")).as(at + " p90").isEqualTo(want.p90Seconds());
            Long percent = number(row, "percent");
            assertThat(percent == null ? null : percent.intValue()).as(at + " percent").isEqualTo(want.percent());
            checked++;
        }
        // Every series × 12 months × (7 categories + all).
        assertThat(checked).isEqualTo(PublishedSeries.ALL.size() * 12 * 8);
    }

    private static Long number(JsonObject row, String name) {
        return row.isNull(name) ? null : row.getJsonNumber(name).longValue();
    }

    @Test
    @DisplayName("the CSV carries the same figures, with 'fewer than 5' written out")
    void csv() {
        // Act
        HttpResponse<String> answer = http.get("/transparency.csv");

        // Assert
        assertThat(answer.statusCode()).isEqualTo(200);
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        YearMonth last = now.minusMonths(1);
        List<String> lines = answer.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("series,month,category,count,median_seconds,p90_seconds,percent");
        assertThat(lines).hasSize(1 + PublishedSeries.ALL.size() * 12 * 8)
                .contains("reports_received," + now + ",all,9,,,", "reports_received," + now
                        + ",other_harmful,fewer than 5,,,", "time_to_hidden," + now + ",child_sexual_imagery,6,0,0,",
                        "time_to_decision," + last + ",survivor_adult_image,6,1800,3600,",
                        "decided_within_sla," + last + ",all,7,,,71", "items_restored," + last
                        + ",survivor_adult_image,fewer than 5,,,");
    }

    @Test
    @DisplayName("the page works without JavaScript in English and in French: footer link, category form, tables")
    void pageWithoutJavaScript() throws Exception {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        try (WebClient browser = Browsers.withoutJavaScript()) {
            // Arrange: from the start page's footer
            HtmlPage start = browser.getPage(base.toString());
            HtmlPage page = start.<HtmlAnchor>getHtmlElementById("footer-transparency").click();

            // Assert: English, all categories
            assertThat(page.getUrl().getPath()).isEqualTo("/transparency");
            assertThat(page.getTitleText()).startsWith("Transparency");
            String reports = page.getHtmlElementById("reports_received-table").asNormalizedText();
            assertThat(reports).contains("Month").contains("All categories");
            assertThat(page.getHtmlElementById("time_to_hidden-table").asNormalizedText()).contains("0 s");
            assertThat(page.getElementById("chart-reports_received-title").getTextContent())
                    .isEqualTo("Chart: Reports received, All categories, by month");
            assertThat(page.asNormalizedText()).contains("fewer than 5").contains("How these figures are made");
            assertThat(cell(page, "appeals_reversed", monthInEnglish(now.minusMonths(1)))).isEqualTo("5");
            assertThat(cell(page, "appeals_received", monthInEnglish(now.minusMonths(1)))).isEqualTo("7");
            assertThat(cell(page, "review_requests_taken_down", monthInEnglish(now.minusMonths(3)))).isEqualTo("5");
            assertThat(cell(page, "review_requests_stood", monthInEnglish(now.minusMonths(3))))
                    .isEqualTo("fewer than 5");
            assertThat(page.getHtmlElementById("methodology-redress").asNormalizedText())
                    .contains("counted as received in the month it arrived");
            // Each table is folded under the chart, and opens without script
            HtmlElement folded = page.getHtmlElementById("reports_received-data");
            assertThat(folded.getTagName()).isEqualTo("details");
            assertThat(folded.hasAttribute("open")).isFalse();
            assertThat(folded.getFirstElementChild().asNormalizedText())
                    .isEqualTo("Reports received: the figures month by month");
            assertThat(page.asNormalizedText()).doesNotContain(reports);

            // Act: choose a category with the plain GET form
            HtmlForm form = page.getFirstByXPath("//form[contains(@class,'transparency-filter')]");
            form.<HtmlSelect>getSelectByName("category").setSelectedAttribute("child_sexual_imagery", true);
            HtmlButton show = form.getFirstByXPath(".//button[@type='submit']");
            HtmlPage chosen = show.click();

            // Assert: the category's own figures
            assertThat(chosen.getUrl().getQuery()).isEqualTo("category=child_sexual_imagery");
            HtmlTable table = chosen.getHtmlElementById("reports_received-table");
            assertThat(table.getCaptionText()).contains("Sexual images of children");
            HtmlTableRow thisMonth = table.getRow(table.getRowCount() - 1);
            assertThat(thisMonth.getCell(0).asNormalizedText()).isEqualTo(monthInEnglish(now));
            assertThat(thisMonth.getCell(1).asNormalizedText()).isEqualTo("7");

            // Act: in French
            HtmlPage french = browser.getPage(base + "transparency?lang=fr&category=child_sexual_imagery");

            // Assert
            assertThat(french.getDocumentElement().getAttribute("lang")).startsWith("fr");
            assertThat(french.getTitleText()).startsWith("Transparence");
            assertThat(french.asNormalizedText()).contains("Signalements reçus").contains("moins de 5")
                    .contains("Comment ces chiffres sont établis").contains("Images sexuelles d'enfants")
                    .contains("Exposés des motifs remis").contains("Appels reçus")
                    .contains("Réexamens : le contenu a été retiré");
            assertThat(french.getHtmlElementById("reports_received-data").getFirstElementChild().asNormalizedText())
                    .isEqualTo("Signalements reçus : les chiffres mois par mois");
            assertThat(french.<HtmlAnchor>getHtmlElementById("footer-transparency").getTextContent())
                    .isEqualTo("Transparence : nos chiffres");
        }
    }

    /** The figure a series' table shows for a month. */
    private static String cell(HtmlPage page, String series, String month) {
        HtmlTable table = page.getHtmlElementById(series + "-table");
        for (HtmlTableRow row : table.getRows()) {
            if (row.getCell(0).asNormalizedText().equals(month)) {
                return row.getCell(1).asNormalizedText();
            }
        }
        throw new AssertionError("No row for " + month + " in " + series);
    }

    private static String monthInEnglish(YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + month.getYear();
    }

    private String apiKey() throws Exception {
        ApiKey key = ApiKey.generate();
        try (Connection connection = database().connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                values ('Uploads', ?, ?, 'content:register', ?, 'test')""")) {
            insert.setString(1, key.prefix());
            insert.setString(2, key.hash());
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return key.value();
    }

    private void register(String contentId, String key) {
        HttpResponse<String> answer = http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId
                + "\",\"url\":\"https://platform.example/p/" + contentId + "\",\"mediaType\":\"image/png\","
                + "\"uploaderId\":\"u-" + contentId + "\",\"bytes\":\""
                + Base64.getEncoder().encodeToString(("picture " + contentId).getBytes()) + "\"}",
                "Authorization", "Bearer " + key);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    private void report(String contentId, String category) {
        HttpResponse<String> filed = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"" + category + "\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    }

    private static long decidedCase(Connection db, String category, Instant opened, Duration took, Duration window)
            throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into case_file (version, status, category, self_reported, report_count, opened_at,
                    review_due_at, queue_due_at, status_changed_at, status_changed_by, closed_at)
                values (0, 'CLOSED', ?, false, 1, ?, ?, ?, ?, 'mona', ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, category);
            insert.setObject(2, utc(opened));
            insert.setObject(3, utc(opened.plus(window)));
            insert.setObject(4, utc(opened.plus(window)));
            insert.setObject(5, utc(opened.plus(took)));
            insert.setObject(6, utc(opened.plus(took)));
            insert.executeUpdate();
            return key(insert);
        }
    }

    private static long item(Connection db, long caseId, Instant added, String matchSource) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into case_item (case_id, location, kind, status, added_at, match_source)
                values (?, ?, 'EXTERNAL', 'REMOVED', ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, caseId);
            insert.setString(2, "https://elsewhere.example/" + caseId + "/" + added.toEpochMilli());
            insert.setObject(3, utc(added));
            insert.setString(4, matchSource);
            insert.executeUpdate();
            return key(insert);
        }
    }

    private static long decision(Connection db, long item, String decision, Instant at) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into item_decision (case_item_id, decision, reason_code, decided_by, decided_at)
                values (?, ?, ?, 'mona', ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, item);
            insert.setString(2, decision);
            insert.setString(3, "REMOVE".equals(decision) ? "SURVIVOR_IMAGE" : "NO_VIOLATION");
            insert.setObject(4, utc(at));
            insert.executeUpdate();
            return key(insert);
        }
    }

    /** A statement of reasons as {@code statements.RestrictionStatements} stores one for a decided outside item. */
    private static long statement(Connection db, long caseId, String category, String restriction, Instant issued)
            throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into statement_of_reasons (public_id, scope, subject_key, version, case_id, restriction,
                    category, detection, decision_reason, policy_ground, illegal, automated_detection,
                    automated_decision, issued_at)
                values (?, 'CONTENT', ?, 1, ?, ?, ?, 'REPORT', 'SURVIVOR_IMAGE', 'Policy 4.2', false, false,
                    'NOT_AUTOMATED', ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "sor_tr" + caseId + "x" + issued.toEpochMilli());
            insert.setString(2, "content:tr-" + caseId);
            insert.setLong(3, caseId);
            insert.setString(4, restriction);
            insert.setString(5, category);
            insert.setObject(6, utc(issued));
            insert.executeUpdate();
            return key(insert);
        }
    }

    /** An uploader's appeal against a decision; {@code decided} null while it waits in the appeal queue. */
    private static void appeal(Connection db, long decision, long statement, long caseId, Instant submitted,
            String status, Instant decided) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into appeal (version, reference, item_decision_id, statement_id, case_id, submitted_by,
                    uploader_text, status, protected_content, submitted_at, due_at, decided_by, decided_at,
                    justification)
                values (0, ?, ?, ?, ?, 'Uploads', 'It was mine to post.', ?, false, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, "AP" + decision);
            insert.setLong(2, decision);
            insert.setLong(3, statement);
            insert.setLong(4, caseId);
            insert.setString(5, status);
            insert.setObject(6, utc(submitted));
            insert.setObject(7, utc(submitted.plus(Duration.ofDays(7))));
            insert.setString(8, decided == null ? null : "lee");
            insert.setObject(9, decided == null ? null : utc(decided));
            insert.setString(10, decided == null ? null : "Records of age and consent checked.");
            insert.executeUpdate();
        }
    }

    /** A person's report naming the case's item (counted among the reports received). */
    private static long report(Connection db, long caseId, long item, String reference, Instant received)
            throws Exception {
        long id;
        try (PreparedStatement insert = db.prepareStatement("""
                insert into report (reference, case_id, category, self_report, received_at)
                values (?, ?, 'OTHER_HARMFUL', false, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, reference);
            insert.setLong(2, caseId);
            insert.setObject(3, utc(received));
            insert.executeUpdate();
            id = key(insert);
        }
        try (PreparedStatement link = db.prepareStatement("insert into report_item (report_id, case_item_id) values (?, ?)")) {
            link.setLong(1, id);
            link.setLong(2, item);
            link.executeUpdate();
        }
        return id;
    }

    /** A reporter's request for a second look, answered by a supervisor. */
    private static void reviewRequest(Connection db, long report, long caseId, Instant requested, String answer,
            Instant answered) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into review_request (version, report_id, case_id, requested_at, due_at, status, answered_by,
                    answered_at, answer_note)
                values (0, ?, ?, ?, ?, ?, 'lee', ?, 'Looked again.')""")) {
            insert.setLong(1, report);
            insert.setLong(2, caseId);
            insert.setObject(3, utc(requested));
            insert.setObject(4, utc(requested.plus(Duration.ofDays(3))));
            insert.setString(5, answer);
            insert.setObject(6, utc(answered));
            insert.executeUpdate();
        }
    }

    private static void hotlineReport(Connection db, long caseId, long item, long record, Instant sent)
            throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into hotline_report (version, record_id, case_id, item_id, hotline, stage, escalated, status,
                    attempts, next_attempt_at, sent_at, deadline_at, created_at)
                values (0, ?, ?, ?, 'NCMEC', 'SENT', false, ?, 1, ?, ?, ?, ?)""")) {
            Instant created = sent == null ? Instant.now() : sent.minus(Duration.ofMinutes(5));
            insert.setLong(1, record);
            insert.setLong(2, caseId);
            insert.setLong(3, item);
            insert.setString(4, sent == null ? "PENDING" : "SENT");
            insert.setObject(5, utc(created.plus(Duration.ofDays(3650))));
            insert.setObject(6, sent == null ? null : utc(sent));
            insert.setObject(7, utc(created.plus(Duration.ofDays(1))));
            insert.setObject(8, utc(created));
            insert.executeUpdate();
        }
    }

    private static void referral(Connection db, long caseId, Instant sent) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into hotline_referral (record_id, case_id, recipient, kind, external_reference, sent_at,
                    recorded_by, recorded_at)
                values (300, ?, 'POLICE', 'PACKAGE', 'PD-1', ?, 'lee', ?)""")) {
            insert.setLong(1, caseId);
            insert.setObject(2, utc(sent));
            insert.setObject(3, utc(sent));
            insert.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static long key(PreparedStatement insert) throws Exception {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
