package org.recourse.content;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.recourse.content.UploaderContext.EventType;
import org.recourse.content.UploaderContext.IpCaptureEvent;
import org.recourse.platform.rest.JsonFields;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.platform.web.IpLiteral;

/**
 * Reads what a platform says about an upload's account ({@code uploadedAt}, {@code uploader}) from a registration or
 * screening body. Every byte is hostile: lengths are bounded, addresses are read as literals without DNS, times must
 * be past (within a small skew), and every problem is named at once, each under its own field
 * ({@code uploader.ipEvents[3].at}).
 */
public final class UploaderContextReader {

    /** The top-level fields this reader owns, for a resource's list of allowed fields. */
    public static final Set<String> FIELDS = Set.of("uploadedAt", "uploader");
    public static final int MAX_EVENTS = 50;
    public static final int MAX_SCREEN_NAME = 200;
    public static final int MAX_EMAIL = 254;
    /** How far ahead of this node's clock a platform's clock may be. */
    static final Duration SKEW = Duration.ofMinutes(5);
    /** Nothing was uploaded anywhere before the web was public: an earlier time is a mistake. */
    static final Instant EARLIEST = Instant.parse("1991-01-01T00:00:00Z");

    private static final Set<String> UPLOADER_FIELDS = Set.of("screenName", "email", "ipEvents");
    private static final Set<String> EVENT_FIELDS = Set.of("ipAddress", "event", "at", "port");
    private static final int MAX_TIME_TEXT = 40;
    private static final int MAX_ADDRESS_TEXT = 45;
    /** Control characters, line and paragraph separators, and the bidirectional overrides that reorder a name. */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F]");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9]"
            + "(?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}:.*");

    private UploaderContextReader() {
    }

    /**
     * The context the body gives, or null when it gives none (neither field): problems are added to the list.
     *
     * @param uploaderId the upload's uploader id as the body gives it (checked elsewhere)
     * @param now this node's time, to refuse times in the future
     */
    public static UploaderContext read(JsonObject body, String uploaderId, Instant now, List<FieldProblem> problems) {
        JsonFields fields = JsonFields.of(body, "", body.keySet(), problems);
        Instant uploadedAt = instant(fields.string("uploadedAt"), "uploadedAt", now, problems);
        JsonObject uploader = fields.object("uploader");
        if (uploader == null) {
            return uploadedAt == null ? null : new UploaderContext(uploaderId, null, null, uploadedAt, List.of());
        }
        JsonFields account = known(uploader, "uploader.", UPLOADER_FIELDS, problems);
        String screenName = text(account.string("screenName"), "uploader.screenName", MAX_SCREEN_NAME, problems);
        String email = email(account.string("email"), problems);
        List<IpCaptureEvent> events = events(uploader.get("ipEvents"), now, problems);
        return new UploaderContext(uploaderId, screenName, email, uploadedAt, events);
    }

    /** Reads the context from text (a query parameter carrying the {@code uploader} object), bounded in length. */
    public static UploaderContext read(String uploaderJson, String uploadedAt, String uploaderId, Instant now,
            List<FieldProblem> problems) {
        jakarta.json.JsonObjectBuilder body = jakarta.json.Json.createObjectBuilder();
        if (uploadedAt != null) {
            body.add("uploadedAt", uploadedAt);
        }
        if (uploaderJson != null) {
            if (uploaderJson.length() > 16 * 1024) {
                problems.add(FieldProblem.of("uploader", "api.error.uploader.tooLong", 16));
                return null;
            }
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(uploaderJson))) {
                body.add("uploader", reader.readValue());
            } catch (jakarta.json.JsonException | IllegalStateException e) {
                problems.add(FieldProblem.of("uploader", "api.error.type.anObject"));
                return null;
            }
        }
        return read(body.build(), uploaderId, now, problems);
    }

    private static JsonFields known(JsonObject object, String prefix, Set<String> allowed, List<FieldProblem> problems) {
        object.keySet().stream().filter(k -> !allowed.contains(k)).sorted().limit(20)
                .forEach(k -> problems.add(FieldProblem.of(prefix + shortened(k), "api.error.uploader.unknownField",
                        shortened(k), String.join(", ", allowed.stream().sorted().toList()))));
        return JsonFields.of(object, prefix, object.keySet(), problems);
    }

    private static List<IpCaptureEvent> events(JsonValue value, Instant now, List<FieldProblem> problems) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(FieldProblem.of("uploader.ipEvents", "api.error.uploader.events.notList"));
            return List.of();
        }
        List<JsonValue> array = value.asJsonArray();
        if (array.size() > MAX_EVENTS) {
            // Not read at all: a body of thousands of events costs nothing more than this answer.
            problems.add(FieldProblem.of("uploader.ipEvents", "api.error.uploader.events.tooMany", MAX_EVENTS,
                    array.size()));
            return List.of();
        }
        List<IpCaptureEvent> events = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String prefix = "uploader.ipEvents[" + i + "]";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(FieldProblem.of(prefix, "api.error.uploader.event.notObject"));
                continue;
            }
            event(array.get(i).asJsonObject(), prefix, now, problems).ifPresent(events::add);
        }
        events.sort(java.util.Comparator.comparing(IpCaptureEvent::at));
        return events;
    }

    private static Optional<IpCaptureEvent> event(JsonObject json, String prefix, Instant now,
            List<FieldProblem> problems) {
        int before = problems.size();
        JsonFields fields = known(json, prefix + ".", EVENT_FIELDS, problems);
        String address = address(fields.string("ipAddress"), prefix + ".ipAddress", problems);
        EventType type = type(fields.string("event"), prefix + ".event", problems);
        String atText = fields.string("at");
        Instant at = instant(atText, prefix + ".at", now, problems);
        if (json.get("at") == null || json.get("at").getValueType() == JsonValue.ValueType.NULL) {
            problems.add(FieldProblem.of(prefix + ".at", "api.error.uploader.event.atMissing"));
        }
        Integer port = port(json.get("port"), prefix + ".port", problems);
        return problems.size() > before || address == null || at == null ? Optional.empty()
                : Optional.of(new IpCaptureEvent(address, type, at, port));
    }

    /** The address as an IP literal, in its canonical form; a port belongs in "port", a zone nowhere. */
    static String address(String text, String field, List<FieldProblem> problems) {
        if (text == null) {
            problems.add(FieldProblem.of(field, "api.error.uploader.ip.missing"));
            return null;
        }
        boolean plain = text.length() <= MAX_ADDRESS_TEXT && text.equals(text.strip()) && text.indexOf('[') < 0
                && text.indexOf('%') < 0 && !IPV4_WITH_PORT.matcher(text).matches();
        Optional<InetAddress> address = plain ? IpLiteral.parse(text) : Optional.empty();
        if (address.isEmpty()) {
            problems.add(FieldProblem.of(field, "api.error.uploader.ip.malformed"));
            return null;
        }
        return canonical(address.get());
    }

    /** RFC 5952's text of an address: IPv4 dotted, IPv6 in lower case with the longest run of zeros as "::". */
    static String canonical(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    private static EventType type(String text, String field, List<FieldProblem> problems) {
        if (text == null) {
            return EventType.UNKNOWN;
        }
        for (EventType type : EventType.values()) {
            if (type.name().toLowerCase(Locale.ROOT).equals(text)) {
                return type;
            }
        }
        problems.add(FieldProblem.of(field, "api.error.uploader.event.type"));
        return null;
    }

    private static Integer port(JsonValue value, String field, List<FieldProblem> problems) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()
                || ((JsonNumber) value).bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(65535)) > 0
                || ((JsonNumber) value).bigDecimalValue().signum() < 0) {
            problems.add(FieldProblem.of(field, "api.error.uploader.event.port"));
            return null;
        }
        return ((JsonNumber) value).intValue();
    }

    /** An ISO-8601 time with its offset ("2026-12-01T10:00:00Z"), not before 1991 nor ahead of now by the skew. */
    static Instant instant(String text, String field, Instant now, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        Instant at;
        try {
            at = text.length() > MAX_TIME_TEXT ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            at = null;
        }
        if (at == null) {
            problems.add(FieldProblem.of(field, "api.error.uploader.time.malformed"));
            return null;
        }
        if (at.isAfter(now.plus(SKEW)) || at.isBefore(EARLIEST)) {
            problems.add(FieldProblem.of(field, "api.error.uploader.time.outOfRange"));
            return null;
        }
        return at;
    }

    private static String text(String value, String field, int max, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > max || UNSAFE.matcher(value).find()) {
            problems.add(FieldProblem.of(field, "api.error.uploader.screenName.malformed", max));
            return null;
        }
        return value.strip();
    }

    private static String email(String value, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_EMAIL || !EMAIL.matcher(value).matches()) {
            problems.add(FieldProblem.of("uploader.email", "api.error.uploader.email.malformed"));
            return null;
        }
        return value;
    }

    /** A field name as sent, cut short and without control characters, to be named back safely. */
    private static String shortened(String name) {
        String safe = UNSAFE.matcher(name).replaceAll("?");
        return safe.length() > 40 ? safe.substring(0, 40) + "…" : safe;
    }
}
