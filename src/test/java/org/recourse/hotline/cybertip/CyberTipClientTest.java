package org.recourse.hotline.cybertip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.hotline.OpenedRecords.aRecord;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.hotline.ReportContent;
import org.recourse.testing.CyberTiplineReceiver;

@DisplayName("The CyberTipline client, against the local test receiver")
class CyberTipClientTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final List<CyberTipSchema> OURS = List.of(CyberTipSchema.ours());
    private static final byte[] PICTURE = "pretend picture bytes".getBytes(StandardCharsets.UTF_8);

    private CyberTiplineReceiver receiver;
    private CyberTipClient client;

    @BeforeEach
    void start() {
        receiver = CyberTiplineReceiver.start("esp", "s3cret");
        client = new CyberTipClient(URI.create(receiver.url()), "esp", "s3cret", Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    @DisplayName("status, submit, upload with its MD5 checked, fileinfo and finish: one finished report")
    void wholeFlow() throws Exception {
        // Arrange
        ReportContent content = aRecord().content(NOW);
        ReportContent.FileContent file = content.files().get(0);

        // Act
        CyberTipResponse status = client.status();
        CyberTipSchema served = CyberTipSchema.served(client.servedSchema());
        long reportId = client.submit(CyberTipXml.report(content), List.of(CyberTipSchema.ours(), served));
        String fileId = client.upload(reportId, file.originalFileName(), file.mediaType(), PICTURE,
                CyberTiplineReceiverMd5.of(PICTURE));
        client.fileInfo(CyberTipXml.fileDetails(reportId, fileId, file), OURS);
        List<String> files = client.finish(reportId);

        // Assert
        assertThat(status.succeeded()).isTrue();
        assertThat(files).containsExactly(fileId);
        assertThat(receiver.finished()).hasSize(1);
        CyberTiplineReceiver.UploadedFile received = receiver.finished().get(0).files().get(0);
        assertThat(received.md5()).isEqualTo(CyberTiplineReceiverMd5.of(PICTURE));
        assertThat(received.details()).contains("<fileId>" + fileId + "</fileId>");
    }

    @Test
    @DisplayName("wrong or missing credentials: 401, an authentication failure")
    void unauthorized() {
        // Arrange
        CyberTipClient wrong = new CyberTipClient(URI.create(receiver.url()), "esp", "guess", Duration.ofSeconds(5));

        // Act / Assert
        assertThatThrownBy(wrong::status).isInstanceOf(CyberTipException.class)
                .extracting(e -> ((CyberTipException) e).kind()).isEqualTo(CyberTipException.Kind.UNAUTHORIZED);
    }

    @Test
    @DisplayName("XML not valid against the schema is refused with 4100 (and ours is never sent unvalidated)")
    void invalidXml() {
        // Arrange
        byte[] outOfOrder = """
                <report><reporter><reportingPerson/></reporter><incidentSummary>
                <incidentType>Child Sex Tourism</incidentType><incidentDateTime>2026-12-01T00:00:00Z</incidentDateTime>
                </incidentSummary></report>""".getBytes(StandardCharsets.UTF_8);

        // Act / Assert
        assertRefused(() -> client.submit(outOfOrder, List.of()), 4100);
        assertThatThrownBy(() -> client.submit(outOfOrder, OURS)).isInstanceOf(CyberTipException.class)
                .extracting(e -> ((CyberTipException) e).kind()).isEqualTo(CyberTipException.Kind.INVALID);
        assertThat(receiver.reports()).isEmpty();
    }

    @Test
    @DisplayName("an unknown report: 5001 for upload, fileinfo, finish and retract")
    void unknownReport() {
        assertRefused(() -> client.upload(999, "a.png", "image/png", PICTURE, CyberTiplineReceiverMd5.of(PICTURE)),
                5001);
        assertRefused(() -> client.finish(999), 5001);
        assertRefused(() -> client.retract(999), 5001);
    }

    @Test
    @DisplayName("after finish: upload, finish and retract are refused with 5102; after retract with 5101")
    void afterFinishOrRetract() throws Exception {
        // Arrange
        long finished = client.submit(CyberTipXml.report(aRecord().content(NOW)), OURS);
        client.finish(finished);
        long retracted = client.submit(CyberTipXml.report(aRecord().content(NOW)), OURS);
        client.retract(retracted);

        // Act / Assert
        assertRefused(() -> client.upload(finished, "a.png", "image/png", PICTURE, CyberTiplineReceiverMd5.of(PICTURE)),
                5102);
        assertRefused(() -> client.finish(finished), 5102);
        assertRefused(() -> client.retract(finished), 5102);
        assertRefused(() -> client.upload(retracted, "a.png", "image/png", PICTURE,
                CyberTiplineReceiverMd5.of(PICTURE)), 5101);
        assertRefused(() -> client.finish(retracted), 5101);
    }

    @Test
    @DisplayName("an MD5 that is not ours fails the upload")
    void hashMismatch() throws Exception {
        // Arrange
        long reportId = client.submit(CyberTipXml.report(aRecord().content(NOW)), OURS);

        // Act / Assert
        assertThatThrownBy(() -> client.upload(reportId, "a.png", "image/png", PICTURE,
                "00000000000000000000000000000000")).isInstanceOf(CyberTipException.class)
                .extracting(e -> ((CyberTipException) e).kind()).isEqualTo(CyberTipException.Kind.HASH_MISMATCH);
    }

    @Test
    @DisplayName("a receiver that is down is a transient failure")
    void down() {
        // Arrange
        receiver.down();

        // Act / Assert
        assertThatThrownBy(client::status).isInstanceOf(CyberTipException.class)
                .matches(e -> ((CyberTipException) e).isTransient());
    }

    @Test
    @DisplayName("an answer that is too large, or not XML, is a bad answer and is not read to the end")
    void hostileAnswers() throws IOException {
        // Arrange
        HttpServer hostile = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hostile.createContext("/ispws/status", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[8192];
            try (var out = exchange.getResponseBody()) {
                for (int i = 0; i < 1000; i++) {
                    out.write(chunk);
                }
            } catch (IOException closedByClient) {
                // expected: the client stops reading at its bound
            }
        });
        hostile.start();
        try {
            CyberTipClient towardsHostile = new CyberTipClient(URI.create("http://127.0.0.1:"
                    + hostile.getAddress().getPort() + "/ispws"), "esp", "s3cret", Duration.ofSeconds(5));

            // Act / Assert
            assertThatThrownBy(towardsHostile::status).isInstanceOf(CyberTipException.class)
                    .extracting(e -> ((CyberTipException) e).kind()).isEqualTo(CyberTipException.Kind.BAD_ANSWER);
        } finally {
            hostile.stop(0);
        }
    }

    @Test
    @DisplayName("an upload without a file is refused with 4200")
    void uploadWithoutFile() throws Exception {
        // Arrange
        long reportId = client.submit(CyberTipXml.report(aRecord().content(NOW)), OURS);
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(URI.create(receiver.url() + "/upload"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "esp:s3cret".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "--b\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n" + reportId + "\r\n--b--\r\n"))
                .build();

        // Act
        String answer = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();

        // Assert
        assertThat(answer).contains("<responseCode>4200</responseCode>");
    }

    @Test
    @DisplayName("a redirect is not followed: the credentials never go to another address")
    void noRedirect() throws IOException {
        // Arrange
        HttpServer redirecting = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirecting.createContext("/ispws/status", exchange -> {
            exchange.getResponseHeaders().add("Location", receiver.url() + "/status");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirecting.start();
        try {
            CyberTipClient client = new CyberTipClient(URI.create("http://127.0.0.1:"
                    + redirecting.getAddress().getPort() + "/ispws"), "esp", "s3cret", Duration.ofSeconds(5));

            // Act / Assert
            assertThatThrownBy(client::status).isInstanceOf(CyberTipException.class).hasMessageContaining("HTTP 302");
            assertThat(receiver.requests()).as("nothing reached the address redirected to").isZero();
        } finally {
            redirecting.stop(0);
        }
    }

    @Test
    @DisplayName("the password is in no log line: not in the client's description, nor in a refusal's message")
    void passwordNeverShown() {
        // Arrange
        CyberTipClient wrong = new CyberTipClient(URI.create(receiver.url()), "esp", "hunter2-secret",
                Duration.ofSeconds(5));

        // Act
        String described = wrong.toString();
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(wrong::status);

        // Assert
        assertThat(described).doesNotContain("hunter2-secret");
        assertThat(refused.getMessage()).doesNotContain("hunter2-secret")
                .doesNotContain(java.util.Base64.getEncoder().encodeToString("esp:hunter2-secret"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void assertRefused(Call call, int code) {
        assertThatThrownBy(call::run).isInstanceOf(CyberTipException.class)
                .matches(e -> ((CyberTipException) e).kind() == CyberTipException.Kind.REFUSED
                        && ((CyberTipException) e).code() == code, "refused with " + code);
    }

    /** The MD5 the way the vault gives it: lower-case hex. */
    static final class CyberTiplineReceiverMd5 {
        static String of(byte[] bytes) {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                        .digest(bytes));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
