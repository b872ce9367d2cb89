package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testing.Http;
import org.recourse.testing.RawHttp;
import org.recourse.testing.TestDatabase;

/**
 * What intake promises, checked from outside against a real Payara Micro: each database gets a subclass that
 * deploys the packaged WAR pointed at it. Every test reports its own demo picture, so the order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
abstract class IntakeContract {

    @ArquillianResource
    URL base;

    Http http;

    abstract TestDatabase database();

    /**
     * The address Arquillian gave each concrete class, for its nested classes: JUnit makes a fresh instance of this
     * class for their tests, and Arquillian fills in only the nested instance.
     */
    private static final Map<Class<?>, URL> DEPLOYED = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeEach
    void connect() throws Exception {
        if (base == null) {
            base = DEPLOYED.get(getClass());
        } else {
            DEPLOYED.put(getClass(), base);
        }
        http = new Http(base.toURI());
    }

    @Test
    @DisplayName("An API report is stored, hides the content before the 201 is read, and can be followed")
    void apiReportHidesAtOnce() {
        // Arrange
        assertThat(http.get("/media/demo-01").statusCode()).isEqualTo(200);

        // Act
        HttpResponse<String> response = http.postJson("/api/v1/reports",
                "{\"items\":[{\"contentId\":\"demo-01\"}],\"category\":\"child_sexual_imagery\",\"selfReport\":true}");

        // Assert
        assertThat(response.statusCode()).isEqualTo(201);
        JsonObject body = Http.json(response);
        String reference = body.getString("reference");
        assertThat(reference).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/reports/" + reference.replace("-", "")));
        assertThat(body.getInt("itemsHidden")).isEqualTo(1);
        assertThat(body.getString("status")).isEqualTo("received");
        assertThat(body.getString("nextSteps")).contains("believe you");
        assertThat(body.getJsonObject("contact").getString("email")).contains("@");
        assertThat(Instant.parse(body.getString("reviewDueBy"))).isBefore(Instant.now().plusSeconds(3601));
        HttpResponse<String> media = http.get("/media/demo-01");
        assertThat(media.statusCode()).isEqualTo(451);
        assertThat(media.headers().firstValue("Cache-Control")).hasValue("no-store");

        List<Map<String, Object>> stored = database().query("""
                select r.category, r.self_report, c.status, c.report_count, i.kind, ci.visibility
                from report r join case_file c on c.id = r.case_id
                join report_item ri on ri.report_id = r.id join case_item i on i.id = ri.case_item_id
                join content_item ci on ci.id = i.content_id where r.reference = ?""", reference.replace("-", ""));
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).containsEntry("category", "CHILD_SEXUAL_IMAGERY").containsEntry("status", "OPEN")
                .containsEntry("kind", "HOSTED").containsEntry("visibility", "HIDDEN_PENDING_REVIEW");
        assertThat(http.get("/api/v1/reports/" + reference.toLowerCase()).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("A form post without JavaScript files the report and shows the reference on the confirmation")
    void formReport() {
        // Act
        HttpResponse<String> page = http.postForm("/report",
                Http.reportForm("http://localhost:8080/media/demo-02\nhttps://elsewhere.example/p/9", "survivor_adult_image"));

        // Assert
        assertThat(page.statusCode()).isEqualTo(200);
        String reference = page.body().replaceAll("(?s).*id=\"reference\">([0-9A-Z-]{19})<.*", "$1");
        assertThat(reference).hasSize(19);
        assertThat(page.body()).contains("now hidden from everyone").contains("not on this platform");
        assertThat(http.get("/media/demo-02").statusCode()).isEqualTo(451);
        assertThat(database().query("""
                select i.kind from report r join report_item ri on ri.report_id = r.id
                join case_item i on i.id = ri.case_item_id where r.reference = ? order by i.kind""",
                reference.replace("-", "")))
                .extracting(row -> row.get("kind")).containsExactly("EXTERNAL", "HOSTED");
        HttpResponse<String> receipt = http.postForm("/receipt", Map.of("reference", reference));
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).startsWith("attachment"));
        assertThat(receipt.body()).contains(reference);
    }

    @Test
    @DisplayName("A second report on the same content joins the open case, with its own reference")
    void secondReportJoins() {
        // Arrange
        JsonObject first = Http.json(http.postJson("/api/v1/reports",
                "{\"items\":[{\"contentId\":\"demo-03\"}],\"category\":\"other_harmful\"}"));

        // Act
        HttpResponse<String> second = http.postJson("/api/v1/reports",
                "{\"items\":[{\"url\":\"http://localhost:8080/media/demo-03\"}],\"category\":\"survivor_harassment\"}");

        // Assert
        assertThat(second.statusCode()).isEqualTo(201);
        JsonObject body = Http.json(second);
        assertThat(body.getBoolean("joinedExistingCase")).isTrue();
        assertThat(body.getString("reference")).isNotEqualTo(first.getString("reference"));
        assertThat(Instant.parse(body.getString("reviewDueBy"))).isBefore(Instant.parse(first.getString("reviewDueBy")));
        List<Map<String, Object>> cases = database().query("""
                select distinct c.id, c.report_count, c.category from report r join case_file c on c.id = r.case_id
                where r.reference in (?, ?)""", first.getString("reference").replace("-", ""),
                body.getString("reference").replace("-", ""));
        assertThat(cases).hasSize(1);
        assertThat(((Number) cases.get(0).get("report_count")).intValue()).isEqualTo(2);
        assertThat(cases.get(0)).containsEntry("category", "SURVIVOR_HARASSMENT");
    }

    @Test
    @DisplayName("Reports sent at the same moment on the same content all land on one case")
    void concurrentReportsShareOneCase() throws Exception {
        // Arrange
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<HttpResponse<String>>> reports = IntStream.range(0, 6)
                .mapToObj(i -> (Callable<HttpResponse<String>>) () -> http.postJson("/api/v1/reports",
                        "{\"items\":[{\"contentId\":\"demo-04\"}],\"category\":\"survivor_childhood_image\"}"))
                .toList();

        // Act
        List<Future<HttpResponse<String>>> futures = pool.invokeAll(reports);
        pool.shutdown();

        // Assert
        List<String> references = new ArrayList<>();
        for (Future<HttpResponse<String>> future : futures) {
            assertThat(future.get().statusCode()).isEqualTo(201);
            references.add(Http.json(future.get()).getString("reference").replace("-", ""));
        }
        assertThat(references).doesNotHaveDuplicates();
        List<Map<String, Object>> cases = database().query("select c.id, c.report_count from case_item i "
                + "join case_file c on c.id = i.case_id join content_item ci on ci.id = i.content_id "
                + "where ci.platform_content_id = 'demo-04'");
        assertThat(cases).hasSize(1);
        assertThat(((Number) cases.get(0).get("report_count")).intValue()).isEqualTo(6);
    }

    static List<Arguments> badReports() {
        String manyItems = IntStream.range(0, 21).mapToObj(i -> "{\"url\":\"https://elsewhere.example/" + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        String megabyte = "x".repeat(1024 * 1024);
        return List.of(
                Arguments.of("no items", "{\"items\":[],\"category\":\"other_harmful\"}", "items"),
                Arguments.of("21 items", "{\"items\":" + manyItems + ",\"category\":\"other_harmful\"}", "items"),
                Arguments.of("unknown category", "{\"items\":[{\"contentId\":\"demo-05\"}],\"category\":\"spam\"}", "category"),
                Arguments.of("1 MB of details", "{\"items\":[{\"contentId\":\"demo-05\"}],\"category\":\"other_harmful\","
                        + "\"details\":\"" + megabyte + "\"}", "details"),
                Arguments.of("script tags", "{\"items\":[{\"contentId\":\"demo-05\"}],\"category\":\"other_harmful\","
                        + "\"details\":\"<script>alert(1)</script>\"}", "details"),
                Arguments.of("script tags in a URL", "{\"items\":[{\"url\":\"https://x.example/<script>alert(1)</script>\"}],"
                        + "\"category\":\"other_harmful\"}", "items[0].url"),
                Arguments.of("malformed URL", "{\"items\":[{\"url\":\"http//demo-05\"}],\"category\":\"other_harmful\"}",
                        "items[0].url"),
                Arguments.of("unknown content id", "{\"items\":[{\"contentId\":\"no-such-item\"}],\"category\":\"other_harmful\"}",
                        "items[0].contentId"),
                Arguments.of("wrong JSON types", "{\"items\":{\"contentId\":\"demo-05\"},\"category\":7,\"selfReport\":\"yes\"}",
                        "items"),
                Arguments.of("email without consent", "{\"items\":[{\"contentId\":\"demo-05\"}],\"category\":\"other_harmful\","
                        + "\"contact\":{\"email\":\"me@example.org\"}}", "contact.consent"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReports")
    @DisplayName("Bad input gets a field error and stores nothing")
    void badInputStoresNothing(String what, String json, String field) {
        // Arrange
        Map<String, Long> before = database().footprint();

        // Act
        HttpResponse<String> response = http.postJson("/api/v1/reports", json);

        // Assert
        assertThat(response.statusCode()).as(what).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject problem = Http.json(response);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field")).contains(field);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .allSatisfy(error -> assertThat(error.getString("message")).isNotBlank());
        assertThat(database().footprint()).isEqualTo(before);
        assertThat(http.get("/media/demo-05").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("Malformed JSON, an oversized body and a wrong media type get problem documents")
    void transportErrors() {
        Map<String, Long> before = database().footprint();

        HttpResponse<String> malformed = http.postJson("/api/v1/reports", "{\"items\": [");
        // Refused before it is read, while the client still sends: java.net.http would not wait for that answer.
        RawHttp.Answer oversized = RawHttp.post(http.base(), "/api/v1/reports", "application/json", 3 * 1024 * 1024,
                "y", false);
        HttpResponse<String> wrongType = http.post("/api/v1/reports", "text/plain", "demo-05 please");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(Http.json(malformed).getString("detail")).contains("not valid JSON");
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrongType.statusCode()).isEqualTo(415);
        for (HttpResponse<String> response : List.of(malformed, wrongType)) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(database().footprint()).isEqualTo(before);
    }

    @Test
    @DisplayName("The form shows every problem beside its field and stores nothing")
    void formErrors() {
        Map<String, Long> before = database().footprint();

        HttpResponse<String> page = http.postForm("/report", Http.reportForm("not a link at all", null));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("error-summary").contains("id=\"locations-error\"")
                .contains("id=\"category-error\"").contains("Please choose what the content shows.")
                .contains("aria-invalid=\"true\"");
        assertThat(database().footprint()).isEqualTo(before);
    }

    @Test
    @DisplayName("Unknown references answer 404, malformed ones 400, and the API is described at /openapi")
    void lookupAndDescription() {
        HttpResponse<String> unknown = http.get("/api/v1/reports/0000-0000-0000-0000");
        HttpResponse<String> typo = http.get("/api/v1/reports/not-a-reference");
        HttpResponse<String> openapi = http.get("/openapi");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(Http.json(unknown).getString("title")).isEqualTo("Report not found");
        assertThat(Http.json(typo).getString("title")).isEqualTo("Not a reference number");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/reports").contains("/api/v1/reports/{reference}")
                .contains("child_sexual_imagery");
    }
}
