package org.recourse.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * A local stand-in for the EU DSA Transparency Database's statements API, for the tests (never the real database):
 * {@code POST /api/v1/statements} and {@code /api/v1/statement} behind a bearer token, validating as the Commission's
 * own code does (docs/dsa-research.md: required fields, allowed values as its own copy of the lists, lengths, dates,
 * the puid's characters and uniqueness within the platform, batches of 1 to 100, all or nothing): 401 without the
 * token, 422 with errors by field ({@code statement_<n>} for a batch), 201 with a uuid per statement. It can be told
 * to go down (503), for the retry tests.
 */
public final class DsaReceiver implements AutoCloseable {

    static final Set<String> VISIBILITY = Set.of("DECISION_VISIBILITY_CONTENT_REMOVED",
            "DECISION_VISIBILITY_CONTENT_DISABLED", "DECISION_VISIBILITY_CONTENT_DEMOTED",
            "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED", "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
            "DECISION_VISIBILITY_CONTENT_LABELLED", "DECISION_VISIBILITY_OTHER");
    static final Set<String> MONETARY = Set.of("DECISION_MONETARY_SUSPENSION", "DECISION_MONETARY_TERMINATION",
            "DECISION_MONETARY_OTHER");
    static final Set<String> PROVISION = Set.of("DECISION_PROVISION_PARTIAL_SUSPENSION",
            "DECISION_PROVISION_TOTAL_SUSPENSION", "DECISION_PROVISION_PARTIAL_TERMINATION",
            "DECISION_PROVISION_TOTAL_TERMINATION");
    static final Set<String> ACCOUNT = Set.of("DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED");
    static final Set<String> ACCOUNT_TYPE = Set.of("ACCOUNT_TYPE_BUSINESS", "ACCOUNT_TYPE_PRIVATE");
    static final Set<String> GROUND = Set.of("DECISION_GROUND_ILLEGAL_CONTENT",
            "DECISION_GROUND_INCOMPATIBLE_CONTENT");
    static final Set<String> CONTENT_TYPE = Set.of("CONTENT_TYPE_APP", "CONTENT_TYPE_AUDIO", "CONTENT_TYPE_IMAGE",
            "CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_SYNTHETIC_MEDIA", "CONTENT_TYPE_TEXT", "CONTENT_TYPE_VIDEO",
            "CONTENT_TYPE_OTHER");
    static final Set<String> CATEGORY = Set.of("STATEMENT_CATEGORY_ANIMAL_WELFARE",
            "STATEMENT_CATEGORY_CONSUMER_INFORMATION", "STATEMENT_CATEGORY_CYBER_VIOLENCE",
            "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN",
            "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
            "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
            "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
            "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE", "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
            "STATEMENT_CATEGORY_PROTECTION_OF_MINORS", "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
            "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "STATEMENT_CATEGORY_SELF_HARM",
            "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS", "STATEMENT_CATEGORY_VIOLENCE");
    /** The keywords of the published page that a portal like this one could use (the page lists more). */
    static final Set<String> KEYWORD = Set.of("KEYWORD_ADULT_SEXUAL_MATERIAL", "KEYWORD_AGE_SPECIFIC_RESTRICTIONS",
            "KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS", "KEYWORD_BULLYING_AGAINST_GIRLS",
            "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL", "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE",
            "KEYWORD_CYBER_BULLYING_INTIMIDATION", "KEYWORD_CYBER_HARASSMENT", "KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN",
            "KEYWORD_CYBER_INCITEMENT", "KEYWORD_CYBER_STALKING", "KEYWORD_CYBER_STALKING_AGAINST_WOMEN",
            "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS", "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING",
            "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN", "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE",
            "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN", "KEYWORD_NUDITY", "KEYWORD_RIGHT_TO_BE_FORGOTTEN",
            "KEYWORD_STALKING", "KEYWORD_OTHER");
    static final Set<String> COUNTRIES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI",
            "SK");
    static final Set<String> SOURCE = Set.of("SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER",
            "SOURCE_TYPE_OTHER_NOTIFICATION", "SOURCE_VOLUNTARY");
    static final Set<String> YES_NO = Set.of("Yes", "No");
    static final Set<String> AUTOMATED_DECISION = Set.of("AUTOMATED_DECISION_FULLY", "AUTOMATED_DECISION_PARTIALLY",
            "AUTOMATED_DECISION_NOT_AUTOMATED");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PUID = Pattern.compile("[A-Za-z0-9_-]{1,500}");
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final HttpServer server;
    private final String token;
    private final Set<String> puids = new HashSet<>();
    private final List<JsonObject> stored = new CopyOnWriteArrayList<>();
    private final List<Integer> batches = new CopyOnWriteArrayList<>();
    private final List<Integer> answers = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    private DsaReceiver(HttpServer server, String token) {
        this.server = server;
        this.token = token;
    }

    /** Starts on a free port of the loopback address. */
    public static DsaReceiver start(String token) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            DsaReceiver receiver = new DsaReceiver(server, token);
            server.createContext("/api/v1/statements", exchange -> receiver.handle(exchange, true));
            server.createContext("/api/v1/statement", exchange -> receiver.handle(exchange, false));
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base address, for {@code recourse.dsa.url}. */
    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    /** The statements it created, as it received them. */
    public List<JsonObject> statements() {
        return List.copyOf(stored);
    }

    /** The size of every batch it was sent, in order, whatever it answered. */
    public List<Integer> batches() {
        return List.copyOf(batches);
    }

    /** The status of every answer it gave, in order. */
    public List<Integer> answers() {
        return List.copyOf(answers);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange, boolean multiple) throws IOException {
        try (exchange) {
            if (down) {
                answer(exchange, 503, Json.createObjectBuilder().add("message", "Service Unavailable").build());
                return;
            }
            if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, Json.createObjectBuilder().add("message", "Unauthenticated.").build());
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, Json.createObjectBuilder().add("message", "Method Not Allowed").build());
                return;
            }
            JsonObject body;
            try (InputStream in = exchange.getRequestBody(); JsonReader reader = Json.createReader(new StringReader(
                    new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8)))) {
                body = reader.readObject();
            } catch (RuntimeException e) {
                body = JsonValue.EMPTY_JSON_OBJECT;
            }
            if (multiple) {
                many(exchange, body);
            } else {
                one(exchange, body);
            }
        }
    }

    private synchronized void many(HttpExchange exchange, JsonObject body) throws IOException {
        JsonValue value = body.get("statements");
        if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > 100) {
            batches.add(value instanceof JsonArray array ? array.size() : 0);
            refuse(exchange, Json.createObjectBuilder().add("statements",
                    messages("The statements field must have between 1 and 100 items.")).build());
            return;
        }
        batches.add(array.size());
        JsonObjectBuilder errors = Json.createObjectBuilder();
        boolean faulty = false;
        Set<String> inRequest = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            Map<String, String> found = array.get(i) instanceof JsonObject statement ? validate(statement)
                    : Map.of("statement", "The statement must be an object.");
            if (found.isEmpty()) {
                String puid = array.getJsonObject(i).getString("puid");
                if (puids.contains(puid) || !inRequest.add(puid)) {
                    found = Map.of("puid", "The identifier given is not unique within this platform.");
                }
            }
            if (!found.isEmpty()) {
                faulty = true;
                errors.add("statement_" + i, fields(found));
            }
        }
        if (faulty) {
            refuse(exchange, errors.build());
            return;
        }
        JsonArrayBuilder created = Json.createArrayBuilder();
        array.getValuesAs(JsonObject.class).forEach(statement -> created.add(store(statement)));
        answer(exchange, 201, Json.createObjectBuilder().add("statements", created).build());
    }

    private synchronized void one(HttpExchange exchange, JsonObject body) throws IOException {
        batches.add(1);
        Map<String, String> found = validate(body);
        if (found.isEmpty() && puids.contains(body.getString("puid"))) {
            found = Map.of("puid", "The identifier given is not unique within this platform.");
        }
        if (!found.isEmpty()) {
            refuse(exchange, fields(found));
            return;
        }
        answer(exchange, 201, store(body));
    }

    private JsonObject store(JsonObject statement) {
        puids.add(statement.getString("puid"));
        stored.add(statement);
        return Json.createObjectBuilder(statement).add("uuid", UUID.randomUUID().toString())
                .add("created_at", "2026-12-06 10:00:00").build();
    }

    /** The faults of one statement, by field: empty when the database would create it. */
    public static Map<String, String> validate(JsonObject s) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean anyDecision = has(s, "decision_visibility") || has(s, "decision_monetary")
                || has(s, "decision_provision") || has(s, "decision_account");
        if (!anyDecision) {
            errors.put("decision_visibility", "The decision visibility field is required when none of decision "
                    + "monetary / decision provision / decision account are present.");
        }
        array(s, "decision_visibility", VISIBILITY, false, errors);
        if (strings(s, "decision_visibility").contains("DECISION_VISIBILITY_OTHER")) {
            text(s, "decision_visibility_other", 500, true, errors);
        }
        one(s, "decision_monetary", MONETARY, false, errors);
        one(s, "decision_provision", PROVISION, false, errors);
        one(s, "decision_account", ACCOUNT, false, errors);
        one(s, "account_type", ACCOUNT_TYPE, false, errors);
        one(s, "decision_ground", GROUND, true, errors);
        boolean illegal = "DECISION_GROUND_ILLEGAL_CONTENT".equals(string(s, "decision_ground"));
        boolean incompatible = "DECISION_GROUND_INCOMPATIBLE_CONTENT".equals(string(s, "decision_ground"));
        text(s, "illegal_content_legal_ground", 500, illegal, errors);
        text(s, "illegal_content_explanation", 2000, illegal, errors);
        text(s, "incompatible_content_ground", 500, incompatible, errors);
        text(s, "incompatible_content_explanation", 2000, incompatible, errors);
        one(s, "incompatible_content_illegal", YES_NO, false, errors);
        array(s, "content_type", CONTENT_TYPE, true, errors);
        if (strings(s, "content_type").contains("CONTENT_TYPE_OTHER")) {
            text(s, "content_type_other", 500, true, errors);
        }
        one(s, "category", CATEGORY, true, errors);
        array(s, "category_addition", CATEGORY, false, errors);
        array(s, "category_specification", KEYWORD, false, errors);
        array(s, "territorial_scope", COUNTRIES, true, errors);
        date(s, "content_date", LocalDate.of(2000, 1, 1), errors);
        date(s, "application_date", LocalDate.of(2020, 1, 1), errors);
        text(s, "decision_facts", 5000, true, errors);
        one(s, "source_type", SOURCE, true, errors);
        text(s, "source_identity", 500, false, errors);
        one(s, "automated_detection", YES_NO, true, errors);
        one(s, "automated_decision", AUTOMATED_DECISION, true, errors);
        text(s, "puid", 500, true, errors);
        if (has(s, "puid") && !errors.containsKey("puid") && !PUID.matcher(string(s, "puid")).matches()) {
            errors.put("puid", "The puid format is invalid.");
        }
        return errors;
    }

    private static void one(JsonObject s, String field, Set<String> allowed, boolean required,
            Map<String, String> errors) {
        if (!has(s, field)) {
            if (required) {
                errors.put(field, "The " + words(field) + " field is required.");
            }
        } else if (!(s.get(field) instanceof JsonString) || !allowed.contains(string(s, field))) {
            errors.put(field, "The selected " + words(field) + " is invalid.");
        }
    }

    private static void array(JsonObject s, String field, Set<String> allowed, boolean required,
            Map<String, String> errors) {
        if (!has(s, field)) {
            if (required) {
                errors.put(field, "The " + words(field) + " field is required.");
            }
        } else if (!(s.get(field) instanceof JsonArray array) || array.isEmpty()
                || !allowed.containsAll(strings(s, field)) || strings(s, field).size() != array.size()) {
            errors.put(field, "The selected " + words(field) + " is invalid.");
        }
    }

    private static void text(JsonObject s, String field, int max, boolean required, Map<String, String> errors) {
        if (!has(s, field)) {
            if (required) {
                errors.put(field, "The " + words(field) + " field is required.");
            }
        } else if (!(s.get(field) instanceof JsonString) || string(s, field).length() > max) {
            errors.put(field, "The " + words(field) + " field must not be greater than " + max + " characters.");
        }
    }

    private static void date(JsonObject s, String field, LocalDate earliest, Map<String, String> errors) {
        if (!has(s, field)) {
            errors.put(field, "The " + words(field) + " field is required.");
            return;
        }
        String value = s.get(field) instanceof JsonString string ? string.getString() : "";
        try {
            LocalDate date = LocalDate.parse(value);
            if (!DATE.matcher(value).matches()) {
                throw new DateTimeParseException("format", value, 0);
            }
            if (date.isBefore(earliest) || date.isAfter(LocalDate.of(2038, 1, 1))) {
                errors.put(field, "The " + words(field) + " field must be a date after or equal to " + earliest + ".");
            }
        } catch (DateTimeParseException e) {
            errors.put(field, "The " + words(field) + " does not match the format YYYY-MM-DD.");
        }
    }

    private static boolean has(JsonObject s, String field) {
        return s.containsKey(field) && s.get(field) != JsonValue.NULL;
    }

    private static String string(JsonObject s, String field) {
        return s.get(field) instanceof JsonString string ? string.getString() : "";
    }

    private static List<String> strings(JsonObject s, String field) {
        List<String> values = new ArrayList<>();
        if (s.get(field) instanceof JsonArray array) {
            array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString())
                    .forEach(values::add);
        }
        return values;
    }

    private static String words(String field) {
        return field.replace('_', ' ');
    }

    private static JsonObject fields(Map<String, String> found) {
        JsonObjectBuilder fields = Json.createObjectBuilder();
        found.forEach((field, message) -> fields.add(field, messages(message)));
        return fields.build();
    }

    private static JsonArray messages(String message) {
        return Json.createArrayBuilder().add(message).build();
    }

    private void refuse(HttpExchange exchange, JsonObject errors) throws IOException {
        answer(exchange, 422, Json.createObjectBuilder().add("message", "The given data was invalid.")
                .add("errors", errors).build());
    }

    private void answer(HttpExchange exchange, int status, JsonObject body) throws IOException {
        answers.add(status);
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
