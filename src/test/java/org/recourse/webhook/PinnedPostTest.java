package org.recourse.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.platform.web.AddressBlock;

/**
 * The request a webhook sends, against real servers on loopback: it goes to the vetted address whatever the name says,
 * carries the URL's own Host header, does not follow a redirect, and over TLS checks the certificate against the
 * URL's host name (not the address connected to).
 */
@DisplayName("Pinned webhook request: vetted address, the URL's Host and TLS name, no redirects")
class PinnedPostTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json");
    private static final byte[] BODY = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void serve(HttpServer created) {
        server = created;
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " Host="
                        + exchange.getRequestHeaders().getFirst("Host") + " body=" + new String(in.readAllBytes(),
                        StandardCharsets.UTF_8));
            }
            if (exchange.getRequestURI().getPath().equals("/moved")) {
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + server.getAddress().getPort()
                        + "/inside");
                exchange.sendResponseHeaders(302, -1);
            } else {
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
    }

    private TargetPolicy.Target target(String url) throws Exception {
        // "platform.test" and "other.test" are this machine for the test; the range admits it.
        TargetPolicy policy = new TargetPolicy(List.of(AddressBlock.parse("127.0.0.0/8")), own -> false,
                host -> new InetAddress[] {LOOPBACK});
        return policy.vet(url);
    }

    @Test
    @DisplayName("posts to the vetted address with the URL's Host header, path and query")
    void postsToTheVettedAddress() throws Exception {
        // Arrange
        serve(HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0));
        int port = server.getAddress().getPort();

        // Act
        int status = PinnedPost.withDefaultTrust().post(target("http://platform.test:" + port + "/hooks?v=2"),
                HEADERS, BODY, Duration.ofSeconds(5));

        // Assert
        assertThat(status).isEqualTo(204);
        assertThat(seen).containsExactly("POST /hooks?v=2 Host=platform.test:" + port + " body={\"id\":\"evt_1\"}");
    }

    @Test
    @DisplayName("a redirect is its status (3xx), and the address it names is never asked")
    void doesNotFollowRedirects() throws Exception {
        // Arrange
        serve(HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0));

        // Act
        int status = PinnedPost.withDefaultTrust().post(target("http://platform.test:" + server.getAddress().getPort()
                + "/moved"), HEADERS, BODY, Duration.ofSeconds(5));

        // Assert
        assertThat(status).isEqualTo(302);
        assertThat(WebhookFailure.ofStatus(status)).isEqualTo(WebhookFailure.HTTP_3XX);
        assertThat(seen).hasSize(1).noneMatch(line -> line.contains("/inside"));
    }

    @Test
    @DisplayName("over TLS the certificate must name the URL's host: the right name passes, another fails")
    void tlsChecksTheUrlsHostName(@TempDir Path folder) throws Exception {
        // Arrange: a certificate for platform.test only, trusted by the client
        SSLContext context = tlsFor("platform.test", folder);
        HttpsServer https = HttpsServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(context));
        serve(https);
        int port = https.getAddress().getPort();
        PinnedPost post = new PinnedPost(context.getSocketFactory());

        // Act
        int status = post.post(target("https://platform.test:" + port + "/hooks"), HEADERS, BODY,
                Duration.ofSeconds(5));

        // Assert
        assertThat(status).isEqualTo(204);
        assertThatThrownBy(() -> post.post(target("https://other.test:" + port + "/hooks"), HEADERS, BODY,
                Duration.ofSeconds(5))).isInstanceOf(SSLException.class)
                .satisfies(e -> assertThat(WebhookFailure.of((IOException) e)).isEqualTo(WebhookFailure.TLS_FAILED));
        assertThat(seen).hasSize(1);
    }

    @Test
    @DisplayName("a closed port is 'connection refused', and an address that does not answer HTTP is 'not HTTP'")
    void failures() throws Exception {
        // Arrange
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, LOOPBACK)) {
            closed = socket.getLocalPort();
        }

        // Act / Assert
        assertThatThrownBy(() -> PinnedPost.withDefaultTrust().post(target("http://platform.test:" + closed + "/"),
                HEADERS, BODY, Duration.ofSeconds(5)))
                .satisfies(e -> assertThat(WebhookFailure.of((IOException) e))
                        .isEqualTo(WebhookFailure.CONNECTION_REFUSED));
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1, LOOPBACK)) {
            Thread talker = new Thread(() -> {
                // like a real SSH daemon: it greets, reads what the client sends, and only then hangs up (closing
                // before the request is read would make the kernel answer the client with a reset, not a banner)
                try (var socket = silent.accept()) {
                    socket.getOutputStream().write("SSH-2.0-OpenSSH_9.6\r\n".getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    socket.setSoTimeout(5000);
                    byte[] request = new byte[8192];
                    int total = 0;
                    for (int read; total < BODY.length + 200 && (read = socket.getInputStream().read(request)) > 0; ) {
                        total += read;
                    }
                    socket.shutdownOutput();
                    while (socket.getInputStream().read(request) > 0) {
                        // drain until the client hangs up, so the close is an orderly one
                    }
                } catch (IOException ignored) {
                    // the test asserts what the client saw
                }
            });
            talker.start();
            assertThatThrownBy(() -> PinnedPost.withDefaultTrust().post(target("http://platform.test:"
                    + silent.getLocalPort() + "/"), HEADERS, BODY, Duration.ofSeconds(5)))
                    .satisfies(e -> assertThat(WebhookFailure.of((IOException) e)).isEqualTo(WebhookFailure.NOT_HTTP));
            talker.join(5000);
        }
    }

    /** A key pair and certificate for one DNS name, made by the JDK's keytool, as server key and client trust. */
    private static SSLContext tlsFor(String name, Path folder) throws Exception {
        Path store = folder.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=" + name, "-ext", "SAN=dns:" + name, "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "changeit".toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }
}
