package org.recourse.dsa;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sends one batch (1 to 100 statements) to {@code POST /api/v1/statements} with the bearer token, and reads the answer
 * (docs/dsa-research.md §2, §4). The answer is outside input: read up to 1 MiB within the timeout, parsed without
 * trust; anything unexpected counts as "unavailable" and the batch is tried again later.
 */
public final class DsaClient {

    public static final int MAX_BATCH = 100;
    static final int MAX_ANSWER = 1 << 20;

    private final HttpClient http;
    private final URI statementsUrl;
    private final String token;
    private final Duration timeout;

    public DsaClient(URI statementsUrl, String token, Duration timeout) {
        this.statementsUrl = Objects.requireNonNull(statementsUrl, "The address is required.");
        this.token = Objects.requireNonNull(token, "The token is required.");
        this.timeout = Objects.requireNonNull(timeout, "The timeout is required.");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends {@code statements} (their JSON as queued) in one call. */
    public BatchOutcome send(List<String> statements) {
        if (statements.isEmpty() || statements.size() > MAX_BATCH) {
            throw new IllegalArgumentException("A batch holds 1 to " + MAX_BATCH + " statements.");
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        statements.forEach(statement -> array.add(parse(statement)));
        String body = Json.createObjectBuilder().add("statements", array).build().toString();
        HttpRequest request = HttpRequest.newBuilder(statementsUrl).timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer = readBounded(response.body());
            return outcome(response.statusCode(), answer, statements.size());
        } catch (IOException e) {
            return new BatchOutcome.Unavailable("the database did not answer: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BatchOutcome.Unavailable("interrupted");
        }
    }

    static BatchOutcome outcome(int status, String answer, int size) {
        if (status == 401 || status == 403) {
            return new BatchOutcome.Unauthorized(status);
        }
        try {
            if (status == 201) {
                return created(parse(answer), size);
            }
            if (status == 422) {
                return refused(parse(answer), size);
            }
        } catch (RuntimeException e) {
            return new BatchOutcome.Unavailable("HTTP " + status + " with an answer that could not be read");
        }
        return new BatchOutcome.Unavailable("HTTP " + status);
    }

    private static BatchOutcome created(JsonObject answer, int size) {
        List<JsonObject> created = answer.getJsonArray("statements").getValuesAs(JsonObject.class);
        if (created.size() != size) {
            throw new IllegalArgumentException("not one answer per statement");
        }
        Map<String, String> uuids = new HashMap<>();
        created.forEach(statement -> uuids.put(statement.getString("puid"), statement.getString("uuid", "")));
        return new BatchOutcome.Created(uuids);
    }

    /**
     * Errors keyed {@code statement_<n>} name the statements at fault; errors keyed by a field (the batch as a whole,
     * e.g. too many statements) put every statement at fault.
     */
    private static BatchOutcome refused(JsonObject answer, int size) {
        JsonObject errors = answer.getJsonObject("errors");
        Map<Integer, String> refused = new HashMap<>();
        Set<Integer> duplicates = new HashSet<>();
        for (Map.Entry<String, JsonValue> entry : errors.entrySet()) {
            if (entry.getKey().matches("statement_\\d{1,3}")) {
                int position = Integer.parseInt(entry.getKey().substring("statement_".length()));
                if (position >= size) {
                    throw new IllegalArgumentException("an error for a statement we did not send");
                }
                JsonObject fields = entry.getValue().asJsonObject();
                if (fields.keySet().equals(Set.of("puid")) && words(fields.get("puid")).contains("not unique")) {
                    duplicates.add(position);
                } else {
                    refused.put(position, words(fields));
                }
            } else {
                String reason = entry.getKey() + ": " + words(entry.getValue());
                for (int position = 0; position < size; position++) {
                    refused.put(position, reason);
                }
            }
        }
        return new BatchOutcome.Refused(refused, duplicates);
    }

    /** The database's own words about a field or statement, flattened, without our values. */
    private static String words(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().entrySet().stream()
                    .map(field -> field.getKey() + ": " + words(field.getValue()))
                    .collect(Collectors.joining("; "));
            case ARRAY -> value.asJsonArray().stream().map(DsaClient::words).collect(Collectors.joining(" "));
            case STRING -> ((jakarta.json.JsonString) value).getString();
            default -> value.toString();
        };
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String readBounded(InputStream body) throws IOException {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(MAX_ANSWER + 1);
            if (bytes.length > MAX_ANSWER) {
                throw new IOException("answer longer than " + MAX_ANSWER + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
