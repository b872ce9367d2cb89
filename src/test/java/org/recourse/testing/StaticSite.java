package org.recourse.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.recourse.platform.web.ContentSecurityPolicy;

/**
 * A tiny web server on 127.0.0.1 for browser tests of scripts that need no portal: it serves fixed bytes by path,
 * each under the Content-Security-Policy the portal gives that path (the public pages' one, /hash's at /hash). A loopback origin is a secure context, so the browser offers
 * WebCrypto there as it does over https; a {@code data:} or {@code about:blank} page would not be one.
 */
public final class StaticSite implements AutoCloseable {

    private record Resource(byte[] body, String contentType) {
    }

    private final HttpServer server;
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();

    private StaticSite(HttpServer server) {
        this.server = server;
    }

    /** Starts on a free port of 127.0.0.1. */
    public static StaticSite start() {
        // Without TCP_NODELAY, headers and body leave as two packets and the client's delayed ACK adds 40 ms a request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StaticSite site = new StaticSite(server);
            server.createContext("/", site::answer);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code body} at {@code path} (which starts with a slash), replacing what was there. */
    public StaticSite serve(String path, byte[] body, String contentType) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path starts with a slash: " + path);
        }
        resources.put(path, new Resource(Objects.requireNonNull(body, "A body is required."),
                Objects.requireNonNull(contentType, "A content type is required.")));
        return this;
    }

    /** The absolute URL of {@code path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Resource resource = resources.get(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().set("Content-Security-Policy",
                    ContentSecurityPolicy.forPath(exchange.getRequestURI().getPath()));
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (resource == null || !"GET".equals(exchange.getRequestMethod())) {
                // The browser's own favicon request gets 204, not 404, which would log an error into the console.
                exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/favicon.ico") ? 204 : 404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", resource.contentType());
            exchange.sendResponseHeaders(200, resource.body().length == 0 ? -1 : resource.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(resource.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
