package org.recourse.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A platform's webhook endpoint for tests: a real HTTP server (the JDK's) on a loopback port that records every
 * request and answers with the status it is told to: 204 while healthy, or e.g. 503 while "down".
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived, and what it was answered. */
    public record Received(Map<String, String> headers, String body, Instant at, int answered) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        public boolean accepted() {
            return answered >= 200 && answered < 300;
        }
    }

    private HttpServer server;
    private final int port;
    private final List<Received> received = new ArrayList<>();
    private volatile int answer = 204;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
        this.port = server.getAddress().getPort();
    }

    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            receiver.serve(server);
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The platform goes down: its port refuses connections, as a stopped service's does (the record is kept). */
    public synchronized void down() {
        server.stop(0);
    }

    /** The platform is back on the same port and address, so the registered endpoint reaches it again. */
    public synchronized void up() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            serve(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void serve(HttpServer server) {
        server.createContext("/hooks", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
            int status = answer;
            synchronized (received) {
                received.add(new Received(headers, new String(body, StandardCharsets.UTF_8), Instant.now(),
                        status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hooks";
    }

    /** From now on, answer every request with this status (204 is healthy). */
    public void answerWith(int status) {
        this.answer = status;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The requests that were accepted (answered 2xx): the deliveries. */
    public List<Received> accepted() {
        return received().stream().filter(Received::accepted).toList();
    }

    @Override
    public synchronized void close() {
        server.stop(0);
    }
}
