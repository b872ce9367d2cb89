package org.recourse.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client for black-box tests: what a script, a platform service or a browser without JavaScript sends. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final URI base;

    public Http(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    }

    public URI base() {
        return base;
    }

    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(resolve(path)).GET(), headers);
    }

    public HttpResponse<String> head(String path, String... headers) {
        return send(HttpRequest.newBuilder(resolve(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()), headers);
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    /** A request with any method and body publisher (a streamed or chunked body, say). */
    public HttpResponse<String> send(String method, String path, String contentType, HttpRequest.BodyPublisher body,
            String... headers) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", contentType).method(method, body),
                headers);
    }

    /** A form post as a browser without JavaScript sends it. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post(path, "application/x-www-form-urlencoded", body, headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** The fields of the report form (names as rendered by report.xhtml) for a JavaScript-free post. */
    public static Map<String, String> reportForm(String locations, String category) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("report", "report");
        form.put("locations", locations);
        if (category != null) {
            form.put("category", category);
        }
        form.put("details", "");
        form.put("contactEmail", "");
        form.put("send", "Send report");
        form.put("jakarta.faces.ViewState", "stateless");
        return form;
    }
}
