package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.htmlunit.html.DomElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testing.Http;
import org.recourse.testing.PageMarkup;
import org.recourse.testing.PayaraProcess;
import org.recourse.testing.TestDatabase;

/**
 * What a reporter can rely on without reading the code: no trace of them is kept, the pages are locked down, a flood
 * is slowed kindly, and a way out is always one plain link away. Each nested group runs its own packaged portal on H2
 * in a fresh data folder, one after the other.
 */
@DisplayName("Privacy and hardening of the packaged portal")
class PrivacyAndHardeningIT {

    static final String USER_AGENT = "Recourse-Privacy-Probe/7.3 ua-9f1c2";
    static final String FORWARDED_FOR = "203.0.113.77";
    static final String LOOPBACK = "127.0.0.1";
    static final int LIMIT = 5;

    static Path freshDataDir(String name) {
        return Path.of("target", "it-data", name + "-" + System.nanoTime()).toAbsolutePath();
    }

    static String compact(String displayReference) {
        return displayReference.replace("-", "");
    }

    /** The reference shown on the confirmation page. */
    static String referenceOn(HttpResponse<String> confirmation) {
        String reference = confirmation.body().replaceAll("(?s).*id=\"reference\">([0-9A-Z-]{19})<.*", "$1");
        assertThat(reference).as("the reference on the confirmation page").hasSize(19);
        return reference;
    }

    @Nested
    @DisplayName("No trace of the reporter")
    class NoTrace {

        @Test
        @DisplayName("Neither the browser, the forwarded address nor the client address reaches the database, "
                + "its files or the log")
        void nothingStored() throws IOException {
            // Arrange
            Path dataDir = freshDataDir("privacy");
            String[] identifying = {"User-Agent", USER_AGENT, "X-Forwarded-For", FORWARDED_FOR};

            // Act
            try (PayaraProcess portal = PayaraProcess.start("privacy", Map.of(
                    "RECOURSE_DATA_DIR", dataDir.toString(), "RECOURSE_RATE_LIMIT_REPORTS", Integer.toString(LIMIT)))) {
                Http http = new Http(portal.base());
                HttpResponse<String> api = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"demo-05\"},"
                        + "{\"url\":\"https://elsewhere.example/privacy/api\"}],\"category\":\"survivor_adult_image\","
                        + "\"details\":\"Posted without my consent.\"}", identifying);
                HttpResponse<String> form = http.postForm("/report", Http.reportForm("demo-06\nhttps://elsewhere.example/privacy/form",
                        "non_consensual_intimate_image"), identifying);
                // The paths where logging usually leaks: bad input and unknown pages.
                http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"no-such-item\"}]}", identifying);
                http.get("/no-such-page", identifying);
                portal.stop();
                // What the process printed, and any log file Payara keeps in its runtime directory.
                String log = portal.log() + rawBytesOf(portal.workDirectory().resolve("runtime").resolve("logs"));

                // Assert
                assertThat(api.statusCode()).isEqualTo(201);
                assertThat(form.statusCode()).isEqualTo(200);
                List<String> references = List.of(compact(Http.json(api).getString("reference")),
                        compact(referenceOn(form)));
                assertThat(log).as("the portal's logs").contains("ready in");
                assertNoTrace(log, "the portal's logs");
                String files = rawBytesOf(dataDir);
                assertThat(files).as("the raw database files").contains(references.get(0));
                assertNoTrace(files, "the raw database files");
                String dump = TestDatabase.h2(TestDatabase.h2Url(dataDir.resolve("recourse"))).dumpAsText();
                assertThat(dump).as("the database dump").contains(references).contains("privacy/form");
                assertNoTrace(dump, "the database dump");
            }
        }

        private static void assertNoTrace(String text, String where) {
            assertThat(text).as(where).doesNotContain(USER_AGENT).doesNotContain("ua-9f1c2")
                    .doesNotContain("Privacy-Probe").doesNotContain(FORWARDED_FOR).doesNotContain(LOOPBACK);
        }

        /** Every file below a folder as Latin-1 text, so any ASCII string stored in it can be found. */
        private static String rawBytesOf(Path folder) throws IOException {
            StringBuilder all = new StringBuilder();
            if (!Files.isDirectory(folder)) {
                return "";
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                }
            }
            return all.toString();
        }
    }

    /**
     * One portal for the checks that need it running. It trusts X-Forwarded-For (as behind a proxy), so each test
     * that submits comes from a client address of its own and its rate-limit budget does not depend on test order.
     */
    @Nested
    @DisplayName("A locked-down portal")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class LockedDown {

        PayaraProcess portal;
        Http http;
        TestDatabase database;

        @BeforeAll
        void start() {
            Path dataDir = freshDataDir("hardening");
            String url = TestDatabase.h2Url(dataDir.resolve("recourse"));
            portal = PayaraProcess.start("hardening", Map.of("RECOURSE_DB_URL", url,
                    "RECOURSE_RATE_LIMIT_REPORTS", Integer.toString(LIMIT), "RECOURSE_HTTP_TRUST_FORWARDED_HEADERS", "true"));
            http = new Http(portal.base());
            database = TestDatabase.h2(url);
        }

        @AfterAll
        void stop() {
            if (portal != null) {
                portal.close();
            }
        }

        HttpResponse<String> apiReport(String client, String items) {
            return http.postJson("/api/v1/reports", "{\"items\":[" + items + "],\"category\":\"other_harmful\"}",
                    "X-Forwarded-For", client);
        }

        HttpResponse<String> formReport(String client, String locations) {
            return http.postForm("/report", Http.reportForm(locations, "other_harmful"), "X-Forwarded-For", client);
        }

        Stream<Named<Supplier<HttpResponse<String>>>> everyKindOfResponse() {
            return Stream.of(
                    Named.of("home page", () -> http.get("/")),
                    Named.of("report form", () -> http.get("/report")),
                    Named.of("report form for an item", () -> http.get("/report?content=demo-03")),
                    Named.of("gallery", () -> http.get("/gallery")),
                    Named.of("confirmation", () -> formReport("198.51.100.1", "https://elsewhere.example/headers/form")),
                    Named.of("visible media", () -> http.get("/media/demo-01")),
                    Named.of("hidden media", () -> {
                        apiReport("198.51.100.2", "{\"contentId\":\"demo-12\"}");
                        return http.get("/media/demo-12");
                    }),
                    Named.of("API report", () -> apiReport("198.51.100.3", "{\"url\":\"https://elsewhere.example/headers/api\"}")),
                    Named.of("API problem", () -> http.get("/api/v1/reports/0000-0000-0000-0000")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("everyKindOfResponse")
        @DisplayName("Security headers on every kind of response, and nothing that names the server")
        void securityHeaders(Supplier<HttpResponse<String>> request) {
            // Act
            HttpResponse<String> response = request.get();

            // Assert
            assertThat(response.statusCode()).isIn(200, 201, 404, 451);
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'none'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
            assertThat(response.headers().map().keySet()).noneMatch(name -> name.equalsIgnoreCase("Server"))
                    .noneMatch(name -> name.equalsIgnoreCase("X-Powered-By"));
        }

        @Test
        @DisplayName("Showing and posting the report form sets no cookie: the public views are stateless")
        void noSession() {
            // Act
            List<HttpResponse<String>> responses = List.of(http.get("/report"), http.get("/report?content=demo-04"),
                    formReport("198.51.100.4", "https://elsewhere.example/session"));

            // Assert
            assertThat(responses.get(2).body()).contains("id=\"reference\"");
            for (HttpResponse<String> response : responses) {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().allValues("Set-Cookie")).as(response.uri().toString()).isEmpty();
            }
        }

        Stream<Named<Supplier<HttpResponse<String>>>> publicPages() {
            return Stream.of(
                    Named.of("home page", () -> http.get("/")),
                    Named.of("report form", () -> http.get("/report")),
                    Named.of("gallery", () -> http.get("/gallery")),
                    Named.of("confirmation", () -> formReport("198.51.100.5", "https://elsewhere.example/pages")),
                    Named.of("form with errors", () -> formReport("198.51.100.6", "not a link at all")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("publicPages")
        @DisplayName("Every public page has a plain 'Leave this site' link and no inline script or event handler")
        void quickExitAndNoInlineScript(Supplier<HttpResponse<String>> request) {
            // Act
            HttpResponse<String> page = request.get();
            PageMarkup markup = PageMarkup.parse(page.body());

            // Assert
            assertThat(page.statusCode()).isEqualTo(200);
            DomElement exit = markup.byId("quick-exit").orElseThrow(() -> new AssertionError("no #quick-exit"));
            assertThat(exit.getTagName()).isEqualToIgnoringCase("a");
            assertThat(exit.getTextContent()).contains("Leave this site");
            URI target = URI.create(exit.getAttribute("href"));
            assertThat(target.getScheme()).isEqualTo("https");
            assertThat(target.getHost()).isNotBlank().isNotEqualTo(portal.base().getHost()).isNotEqualTo("localhost");
            assertThat(markup.inlineScripts()).isEmpty();
            assertThat(markup.eventHandlerAttributes()).isEmpty();
            assertThat(page.body().toLowerCase()).doesNotContain(";jsessionid");
        }

        @Test
        @DisplayName("The 6th API report from one client in the window gets 429 with Retry-After, and stores nothing")
        void apiRateLimit() {
            // Arrange
            String client = "198.51.100.21";
            for (int i = 1; i <= LIMIT; i++) {
                assertThat(apiReport(client, "{\"url\":\"https://elsewhere.example/limit/api/" + i + "\"}").statusCode())
                        .as("report %d of %d", i, LIMIT).isEqualTo(201);
            }
            Map<String, Long> before = database.footprint();

            // Act
            HttpResponse<String> refused = apiReport(client, "{\"contentId\":\"demo-11\"}");

            // Assert
            assertThat(refused.statusCode()).isEqualTo(429);
            assertRetryAfter(refused);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonObject problem = Http.json(refused);
            assertThat(problem.getInt("status")).isEqualTo(429);
            assertThat(problem.getString("detail")).contains("try again");
            assertThat(database.footprint()).isEqualTo(before);
            assertThat(http.get("/media/demo-11").statusCode()).isEqualTo(200);
            assertThat(apiReport("198.51.100.22", "{\"url\":\"https://elsewhere.example/limit/other\"}").statusCode())
                    .as("another client, same moment").isEqualTo(201);
        }

        @Test
        @DisplayName("The 6th form post from one client in the window gets a kind 429 page with Retry-After, and stores nothing")
        void formRateLimit() {
            // Arrange
            String client = "198.51.100.23";
            for (int i = 1; i <= LIMIT; i++) {
                HttpResponse<String> accepted = formReport(client, "https://elsewhere.example/limit/form/" + i);
                assertThat(accepted.statusCode()).as("report %d of %d", i, LIMIT).isEqualTo(200);
                referenceOn(accepted);
            }
            Map<String, Long> before = database.footprint();

            // Act
            HttpResponse<String> refused = formReport(client, "demo-10");

            // Assert
            assertThat(refused.statusCode()).isEqualTo(429);
            assertRetryAfter(refused);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(refused.body()).contains("Please wait a little").contains("try again")
                    .contains("Nothing you sent before has been lost");
            assertThat(database.footprint()).isEqualTo(before);
            assertThat(http.get("/media/demo-10").statusCode()).isEqualTo(200);
        }

        private static void assertRetryAfter(HttpResponse<String> response) {
            assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(value -> {
                assertThat(value).matches("[0-9]+");
                assertThat(Long.parseLong(value)).isPositive().isLessThanOrEqualTo(3600);
            });
        }
    }
}
