package org.recourse.screening.policy;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.platform.web.IpLiteral;

/**
 * Reads the optional {@code context} object of an upload to screen. Every byte is hostile: each field is bounded and
 * checked, every problem is named at once under its own field ({@code context.performers[2]}), and the client address
 * is read as a literal, never through DNS; a problem about it never repeats what was sent.
 */
public final class UploadContextReader {

    public static final String FIELD = "context";
    public static final int MAX_ACCOUNT_AGE_DAYS = 36_500;
    public static final int MAX_PERFORMERS = 50;
    public static final int MAX_CONTEXT_TEXT = 4 * 1024;
    static final int MAX_ADDRESS_TEXT = 64;
    /** Record ids as platforms write them: letters, digits and {@code . _ : -}, at most 128 characters. */
    public static final Pattern PERFORMER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Set<String> FIELDS = Set.of("accountAgeDays", "verification", "anonymisingNetwork",
            "clientAddress", "contentClass", "performers");

    private UploadContextReader() {
    }

    /** The context of a JSON body's {@code context} field: {@link UploadContext#NONE} when it has none. */
    public static UploadContext read(JsonObject body, List<FieldProblem> problems) {
        JsonValue value = body.get(FIELD);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return UploadContext.NONE;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(FieldProblem.of(FIELD, "api.error.type.anObject"));
            return UploadContext.NONE;
        }
        return read(value.asJsonObject(), FIELD + ".", problems);
    }

    /** The context sent as text (a query parameter of the video screening), at most 4 KB. */
    public static UploadContext read(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return UploadContext.NONE;
        }
        if (text.length() > MAX_CONTEXT_TEXT) {
            problems.add(FieldProblem.of(FIELD, "api.error.context.tooLong", MAX_CONTEXT_TEXT / 1024));
            return UploadContext.NONE;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(FieldProblem.of(FIELD, "api.error.type.anObject"));
                return UploadContext.NONE;
            }
            return read(value.asJsonObject(), FIELD + ".", problems);
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            problems.add(FieldProblem.of(FIELD, "api.error.type.anObject"));
            return UploadContext.NONE;
        }
    }

    private static UploadContext read(JsonObject context, String prefix, List<FieldProblem> problems) {
        context.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted().limit(20)
                .forEach(k -> problems.add(FieldProblem.of(prefix + shortened(k), "api.error.uploader.unknownField",
                        shortened(k), String.join(", ", FIELDS.stream().sorted().toList()))));
        Integer age = age(context.get("accountAgeDays"), prefix + "accountAgeDays", problems);
        Verification verification = code(context.get("verification"), prefix + "verification",
                "api.error.context.verification", problems).flatMap(Verification::ofCode).orElse(null);
        Boolean anonymising = bool(context.get("anonymisingNetwork"), prefix + "anonymisingNetwork", problems);
        InetAddress address = address(context.get("clientAddress"), prefix + "clientAddress", problems);
        ContentClass contentClass = code(context.get("contentClass"), prefix + "contentClass",
                "api.error.context.contentClass", problems).flatMap(ContentClass::ofCode).orElse(null);
        List<String> performers = performers(context.get("performers"), prefix + "performers", problems);
        return new UploadContext(age, verification, anonymising, address, contentClass, performers);
    }

    private static Integer age(JsonValue value, String field, List<FieldProblem> problems) {
        if (absent(value)) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()
                || ((JsonNumber) value).bigDecimalValue().signum() < 0
                || ((JsonNumber) value).bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(MAX_ACCOUNT_AGE_DAYS)) > 0) {
            problems.add(FieldProblem.of(field, "api.error.context.accountAgeDays", MAX_ACCOUNT_AGE_DAYS));
            return null;
        }
        return ((JsonNumber) value).intValueExact();
    }

    /** A code of a closed list; a problem names the list, never repeats the value sent. */
    private static Optional<String> code(JsonValue value, String field, String key, List<FieldProblem> problems) {
        if (absent(value)) {
            return Optional.empty();
        }
        String text = value.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) value).getString() : null;
        boolean known = text != null && (key.endsWith("verification") ? Verification.ofCode(text).isPresent()
                : ContentClass.ofCode(text).isPresent());
        if (!known) {
            problems.add(FieldProblem.of(field, key));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static Boolean bool(JsonValue value, String field, List<FieldProblem> problems) {
        if (absent(value)) {
            return null;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            problems.add(FieldProblem.of(field, "api.error.type.boolean"));
            return null;
        }
        return value == JsonValue.TRUE;
    }

    /** A literal address without a port (never looked up); a problem never repeats what was sent. */
    private static InetAddress address(JsonValue value, String field, List<FieldProblem> problems) {
        if (absent(value)) {
            return null;
        }
        String text = value.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) value).getString() : null;
        Optional<InetAddress> address = text == null || text.length() > MAX_ADDRESS_TEXT || text.indexOf('[') >= 0
                || text.matches("\\d{1,3}(\\.\\d{1,3}){3}:.*") ? Optional.empty() : IpLiteral.parse(text);
        if (address.isEmpty()) {
            problems.add(FieldProblem.of(field, "api.error.context.clientAddress"));
            return null;
        }
        return address.get();
    }

    private static List<String> performers(JsonValue value, String field, List<FieldProblem> problems) {
        if (absent(value)) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(FieldProblem.of(field, "api.error.type.stringArray"));
            return List.of();
        }
        List<JsonValue> array = value.asJsonArray();
        if (array.size() > MAX_PERFORMERS) {
            problems.add(FieldProblem.of(field, "api.error.context.performers.tooMany", MAX_PERFORMERS, array.size()));
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        List<FieldProblem> bad = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            if (element.getValueType() == JsonValue.ValueType.STRING
                    && PERFORMER_ID.matcher(((JsonString) element).getString()).matches()) {
                ids.add(((JsonString) element).getString());
            } else {
                bad.add(FieldProblem.of(field + "[" + i + "]", "api.error.context.performer"));
            }
        }
        problems.addAll(bad);
        return List.copyOf(ids);
    }

    private static boolean absent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private static String shortened(String key) {
        String safe = key.replaceAll("[\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]", "?");
        return safe.length() <= 40 ? safe : safe.substring(0, 40) + "…";
    }
}
