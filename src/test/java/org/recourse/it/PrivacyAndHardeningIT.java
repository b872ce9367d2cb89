package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.recourse.testing.LocalPeer;
import org.recourse.testing.PageMarkup;
import org.recourse.testing.PayaraProcess;
import org.recourse.testing.RawHttp;
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
     * One portal for the checks that need it running. It trusts a proxy at 127.0.0.1 (as behind one on the same
     * machine), so each test that submits from there comes as a client address of its own (X-Forwarded-For) and its
     * rate-limit budget does not depend on test order; a connection from another address of this machine
     * ({@link #untrustedPeer()}) is a client nobody vouches for.
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
                    "RECOURSE_RATE_LIMIT_REPORTS", Integer.toString(LIMIT), "RECOURSE_HTTP_TRUSTED_PROXIES", "127.0.0.1/32"));
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

        // ===== Issue 11, finding 3: every door to a report or a survivor's submission is counted =====

        /** The report form's fields as a link would carry them. */
        private String formByLink(String path, String location) {
            return path + "?report=report&locations=" + java.net.URLEncoder.encode(location, StandardCharsets.UTF_8)
                    + "&category=other_harmful&send=Send&jakarta.faces.ViewState=stateless";
        }

        private HttpResponse<String> hashes(String client, int seed) {
            String hex = String.format("%064x", seed);
            return http.postForm("/hash", Map.of("hashes", "hashes", "sha256", hex, "pdq", hex.replace('0', 'a'),
                    "quality", "100", "send", "x", "jakarta.faces.ViewState", "stateless"), "X-Forwarded-For", client);
        }

        /** This machine as a peer that is not the trusted proxy: IPv6 loopback, or else another address of its own. */
        private Http untrustedPeer() {
            return new Http(URI.create("http://" + LocalPeer.otherThanIpv4Loopback(portal.port()) + ":" + portal.port() + "/"));
        }

        @Test
        @DisplayName("A form action by link (GET or HEAD with a view state) answers 405 with Allow: POST and files nothing")
        void formActionByLink() {
            // Arrange
            Map<String, Long> before = database.footprint();
            long submissions = database.count("select count(*) from hash_submission");

            // Act
            HttpResponse<String> get = http.get(formByLink("/report", "https://elsewhere.example/by-link/get"),
                    "X-Forwarded-For", "198.51.100.31");
            HttpResponse<String> getPage = http.get(formByLink("/report.xhtml", "https://elsewhere.example/by-link/xhtml"),
                    "X-Forwarded-For", "198.51.100.31");
            HttpResponse<String> head = http.head(formByLink("/report", "https://elsewhere.example/by-link/head"),
                    "X-Forwarded-For", "198.51.100.31");
            HttpResponse<String> hash = http.get("/hash?hashes=hashes&sha256=" + "b".repeat(64) + "&quality=100&send=x"
                    + "&jakarta.faces.ViewState=stateless", "X-Forwarded-For", "198.51.100.31");
            HttpResponse<String> put = http.send("PUT", formByLink("/report", "https://elsewhere.example/by-link/put"),
                    "text/plain", java.net.http.HttpRequest.BodyPublishers.noBody());

            // Assert
            for (HttpResponse<String> refused : List.of(get, getPage, head, hash)) {
                assertThat(refused.statusCode()).as(refused.request().method() + " " + refused.uri()).isEqualTo(405);
                assertThat(refused.headers().firstValue("Allow")).hasValue("POST");
            }
            assertThat(get.body()).contains("This form is sent from its page").doesNotContain("id=\"reference\"");
            assertThat(put.statusCode()).isEqualTo(405);
            assertThat(put.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
            assertThat(database.footprint()).isEqualTo(before);
            assertThat(database.count("select count(*) from hash_submission")).isEqualTo(submissions);
            assertThat(http.get("/report?content=demo-02").statusCode()).as("the form itself still opens").isEqualTo(200);
        }

        @Test
        @DisplayName("The API with a trailing slash counts against the same limit")
        void trailingSlash() {
            // Arrange
            String client = "198.51.100.32";
            for (int i = 1; i <= LIMIT; i++) {
                assertThat(http.postJson("/api/v1/reports/", "{\"items\":[{\"url\":\"https://elsewhere.example/slash/"
                        + i + "\"}],\"category\":\"other_harmful\"}", "X-Forwarded-For", client).statusCode())
                        .as("report %d of %d", i, LIMIT).isEqualTo(201);
            }
            Map<String, Long> before = database.footprint();

            // Act
            HttpResponse<String> slash = http.postJson("/api/v1/reports/", "{\"items\":[{\"url\":\"https://elsewhere."
                    + "example/slash/over\"}],\"category\":\"other_harmful\"}", "X-Forwarded-For", client);
            HttpResponse<String> plain = apiReport(client, "{\"url\":\"https://elsewhere.example/slash/plain\"}");

            // Assert
            assertThat(slash.statusCode()).isEqualTo(429);
            assertRetryAfter(slash);
            assertThat(plain.statusCode()).isEqualTo(429);
            assertThat(database.footprint()).isEqualTo(before);
        }

        @Test
        @DisplayName("A survivor's hashes count against the same limit as reports, form and API alike")
        void oneBudgetForEveryDoor() {
            // Arrange: the limit spent over the three doors
            String client = "198.51.100.33";
            assertThat(formReport(client, "https://elsewhere.example/budget/form").statusCode()).isEqualTo(200);
            assertThat(apiReport(client, "{\"url\":\"https://elsewhere.example/budget/api\"}").statusCode()).isEqualTo(201);
            for (int i = 3; i <= LIMIT; i++) {
                assertThat(hashes(client, i).body()).as("submission %d of %d", i, LIMIT).contains("id=\"reference\"");
            }
            long submissions = database.count("select count(*) from hash_submission");
            Map<String, Long> before = database.footprint();

            // Act
            HttpResponse<String> hash = hashes(client, 99);
            HttpResponse<String> form = formReport(client, "https://elsewhere.example/budget/form-over");
            HttpResponse<String> api = apiReport(client, "{\"url\":\"https://elsewhere.example/budget/api-over\"}");

            // Assert
            assertThat(hash.statusCode()).isEqualTo(429);
            assertRetryAfter(hash);
            assertThat(hash.body()).contains("Please wait a little").doesNotContain("id=\"reference\"");
            assertThat(form.statusCode()).isEqualTo(429);
            assertThat(api.statusCode()).isEqualTo(429);
            assertThat(database.count("select count(*) from hash_submission")).isEqualTo(submissions);
            assertThat(database.footprint()).isEqualTo(before);
        }

        @Test
        @DisplayName("Behind the trusted proxy the client is the rightmost untrusted address: a forged one to its left "
                + "does not reset the count")
        void forgedLeftmostAddress() {
            // Arrange
            String client = "198.51.100.34";
            for (int i = 1; i <= LIMIT; i++) {
                assertThat(apiReport(client, "{\"url\":\"https://elsewhere.example/forged/" + i + "\"}").statusCode())
                        .isEqualTo(201);
            }

            // Act: what a client sends when it writes its own X-Forwarded-For and the proxy appends the real address
            HttpResponse<String> forged = http.postJson("/api/v1/reports", "{\"items\":[{\"url\":\"https://elsewhere."
                            + "example/forged/over\"}],\"category\":\"other_harmful\"}",
                    "X-Forwarded-For", "203.0.113.99, " + client);

            // Assert
            assertThat(forged.statusCode()).isEqualTo(429);
        }

        @Test
        @DisplayName("From a peer that is not a trusted proxy, X-Forwarded-For and X-Forwarded-Proto are not believed")
        void untrustedPeerForwarding() {
            // Arrange
            Http peer = untrustedPeer();
            for (int i = 1; i <= LIMIT; i++) {
                assertThat(peer.postJson("/api/v1/reports", "{\"items\":[{\"url\":\"https://elsewhere.example/peer/" + i
                        + "\"}],\"category\":\"other_harmful\"}").statusCode()).as("report %d", i).isEqualTo(201);
            }

            // Act
            HttpResponse<String> forged = peer.postJson("/api/v1/reports", "{\"items\":[{\"url\":\"https://elsewhere."
                    + "example/peer/over\"}],\"category\":\"other_harmful\"}", "X-Forwarded-For", "198.51.100.35");
            HttpResponse<String> forgedForm = peer.postForm("/report", Http.reportForm("https://elsewhere.example/peer/f",
                    "other_harmful"), "X-Forwarded-For", "198.51.100.36");
            HttpResponse<String> forgedHttps = peer.get("/", "X-Forwarded-Proto", "https");
            HttpResponse<String> proxiedHttps = http.get("/", "X-Forwarded-Proto", "https");

            // Assert
            assertThat(forged.statusCode()).isEqualTo(429);
            assertThat(forgedForm.statusCode()).isEqualTo(429);
            assertThat(forgedHttps.headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(proxiedHttps.headers().firstValue("Strict-Transport-Security")).as("from the trusted proxy")
                    .hasValueSatisfying(value -> assertThat(value).startsWith("max-age="));
        }

        @Test
        @DisplayName("IPv6 clients are counted per /64: a new address in the same network does not reset the count")
        void ipv6PerNetwork() {
            // Arrange
            for (int i = 1; i <= LIMIT; i++) {
                assertThat(apiReport("2001:db8:77:1::" + i, "{\"url\":\"https://elsewhere.example/v6/" + i + "\"}")
                        .statusCode()).isEqualTo(201);
            }

            // Act
            HttpResponse<String> sameNetwork = apiReport("2001:db8:77:1:ffff::99", "{\"url\":\"https://elsewhere.example/v6/x\"}");
            HttpResponse<String> nextNetwork = apiReport("2001:db8:77:2::1", "{\"url\":\"https://elsewhere.example/v6/y\"}");

            // Assert
            assertThat(sameNetwork.statusCode()).isEqualTo(429);
            assertThat(nextNetwork.statusCode()).isEqualTo(201);
        }

        // ===== Issue 11, finding 12: every body has a limit, enforced while it is read =====

        private static final long HUNDRED_MB = 100L * 1024 * 1024;
        /** Far below what a server that reads a whole 100 MB (or drains 32 MB) takes; far above each limit plus what
         *  the loopback socket buffers hold. */
        private static final long READ_BOUND = 16L * 1024 * 1024;
        private static final Duration TIME_BOUND = Duration.ofSeconds(10);

        @ParameterizedTest(name = "chunked: {0}")
        @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
        @DisplayName("A public page takes no multipart body: 20 MB to /status get 415 at once, the rest unread")
        void noMultipartOnPublicPages(boolean chunked) {
            // Act
            RawHttp.Answer answer = RawHttp.post(portal.base(), "/status", "multipart/form-data; boundary=x",
                    20L * 1024 * 1024, "0123456789", chunked);

            // Assert
            assertThat(answer.status()).isIn(chunked ? List.of(411, 415) : List.of(415));
            assertThat(answer.body()).contains(chunked ? "Nothing was stored" : "Files cannot be sent here");
            assertThat(answer.bodyBytesSent()).isLessThan(READ_BOUND);
            assertThat(answer.took()).isLessThan(TIME_BOUND);
        }

        @ParameterizedTest(name = "chunked: {0}")
        @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
        @DisplayName("A form body over the page's limit gets the calm 413 page in the reader's language, the rest unread")
        void oversizedForms(boolean chunked) {
            // Act
            RawHttp.Answer english = RawHttp.post(portal.base(), "/status", "application/x-www-form-urlencoded",
                    HUNDRED_MB, "a", chunked);
            RawHttp.Answer french = RawHttp.post(portal.base(), "/report", "application/x-www-form-urlencoded",
                    HUNDRED_MB, "a", chunked, "Accept-Language", "fr-CA", "X-Forwarded-For", "198.51.100.39");

            // Assert
            assertThat(english.status()).isEqualTo(413);
            assertThat(english.header("Content-Type")).startsWith("text/html");
            assertThat(english.body()).contains("Too much to send at once").contains("64 KB")
                    .contains("id=\"quick-exit\"");
            assertThat(french.status()).isEqualTo(413);
            assertThat(french.body()).contains("lang=\"fr-CA\"").contains("Trop de données à envoyer d&#39;un coup");
            for (RawHttp.Answer answer : List.of(english, french)) {
                assertThat(answer.bodyBytesSent()).isLessThan(READ_BOUND);
                assertThat(answer.took()).isLessThan(TIME_BOUND);
            }
        }

        @ParameterizedTest(name = "chunked: {0}")
        @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
        @DisplayName("An API body over its limit gets a 413 problem document (or an earlier 401), the rest unread")
        void oversizedApiBodies(boolean chunked) {
            // Act
            RawHttp.Answer report = RawHttp.post(portal.base(), "/api/v1/reports/", "application/json", HUNDRED_MB, " ",
                    chunked, "X-Forwarded-For", "198.51.100.37");
            RawHttp.Answer content = RawHttp.post(portal.base(), "/api/v1/content", "application/json", HUNDRED_MB, " ",
                    chunked);

            // Assert
            assertThat(report.status()).isEqualTo(413);
            assertThat(report.bodyBytesSent()).isLessThan(READ_BOUND);
            // Without a key, chunked, the content API answers 401 before reading; with a length over 24 MB, 413.
            assertThat(content.status()).isEqualTo(chunked ? 401 : 413);
            assertThat(content.bodyBytesSent()).isLessThan(READ_BOUND);
            for (RawHttp.Answer answer : List.of(report, content)) {
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                assertThat(answer.body()).contains("\"status\":" + answer.status());
                assertThat(answer.took()).isLessThan(TIME_BOUND);
            }
        }

        @Test
        @DisplayName("A report form sent chunked, or over HTTP/2 without a length, within the limit is filed as usual")
        void formsWithoutLength() {
            // Arrange
            String body = Http.reportForm("https://elsewhere.example/chunked/form", "other_harmful").entrySet().stream()
                    .map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(java.util.stream.Collectors.joining("&"));

            // Act
            RawHttp.Answer chunked = RawHttp.post(portal.base(), "/report", "application/x-www-form-urlencoded",
                    body.length(), body, true, "X-Forwarded-For", "198.51.100.38");
            HttpResponse<String> http2 = http.send("POST", "/report", "application/x-www-form-urlencoded",
                    java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))),
                    "X-Forwarded-For", "198.51.100.38");

            // Assert
            assertThat(chunked.status()).isEqualTo(200);
            assertThat(chunked.body()).contains("id=\"reference\"");
            assertThat(http2.statusCode()).isEqualTo(200);
            assertThat(referenceOn(http2)).isNotBlank();
        }

        private static void assertRetryAfter(HttpResponse<String> response) {
            assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(value -> {
                assertThat(value).matches("[0-9]+");
                assertThat(Long.parseLong(value)).isPositive().isLessThanOrEqualTo(3600);
            });
        }
    }
}