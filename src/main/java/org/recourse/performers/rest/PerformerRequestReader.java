package org.recourse.performers.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.recourse.content.ContentItem;
import org.recourse.performers.Consent;
import org.recourse.performers.ConsentForm;
import org.recourse.performers.PerformerRegistration;
import org.recourse.performers.PerformerRules;
import org.recourse.performers.Verification;
import org.recourse.performers.VerificationMethod;
import org.recourse.platform.rest.JsonFields;
import org.recourse.platform.validation.FieldProblem;

/**
 * Reads a performer record's body, hostile until proven otherwise: only the documented fields, each of its type and
 * within its bounds, every problem named at once. No field can carry a document: a field named like one
 * ({@code passportNumber}, {@code idImage}, {@code dateOfBirth}) and a value that looks like one (a long number, a
 * machine-readable zone, an encoded file) are refused with words that say why.
 */
final class PerformerRequestReader {

    static final Set<String> FIELDS = Set.of("recordId", "verification", "consent", "content");
    static final Set<String> VERIFICATION_FIELDS = Set.of("method", "verifiedOn", "verifiedBy");
    static final Set<String> CONSENT_FIELDS = Set.of("scope", "givenOn", "how", "until");
    static final Set<String> LINK_FIELDS = Set.of("contentIds");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final List<FieldProblem> problems = new ArrayList<>();
    private final LocalDate today;

    PerformerRequestReader(LocalDate today) {
        this.today = today;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    /** The registration, or null when there is any problem. */
    PerformerRegistration read(JsonObject json) {
        JsonFields fields = fields(json, "", FIELDS);
        String recordId = recordId(json.get("recordId"));
        Verification verification = verification(json, fields);
        Consent consent = consent(json, fields);
        List<String> content = contentIds(json, "content");
        return problems.isEmpty() ? new PerformerRegistration(recordId, verification, consent, content) : null;
    }

    /** The content ids of a link request, or null when there is any problem. */
    List<String> readLink(JsonObject json) {
        fields(json, "", LINK_FIELDS);
        if (!json.containsKey("contentIds")) {
            problems.add(FieldProblem.of("contentIds", "api.error.performers.content.missing"));
        }
        List<String> ids = contentIds(json, "contentIds");
        return problems.isEmpty() ? ids : null;
    }

    /** Unknown fields named (a document's field in words of its own); then the known ones are read. */
    private JsonFields fields(JsonObject json, String prefix, Set<String> allowed) {
        json.keySet().stream().filter(k -> !allowed.contains(k)).sorted().limit(20).forEach(k -> problems.add(
                PerformerRules.isDocumentField(k) ? FieldProblem.of(prefix + shorten(k), "api.error.performers.document")
                        : FieldProblem.of(prefix + shorten(k), "api.error.performers.unknownField", shorten(k))));
        return JsonFields.of(json, prefix, new HashSet<>(json.keySet()), problems);
    }

    private String recordId(JsonValue value) {
        if (value instanceof JsonString string && PerformerRules.isRecordId(string.getString())) {
            if (PerformerRules.looksLikeDocument(string.getString())) {
                problems.add(FieldProblem.of("recordId", "api.error.performers.document"));
            }
            return string.getString();
        }
        problems.add(FieldProblem.of("recordId", "api.error.performers.recordId"));
        return null;
    }

    private Verification verification(JsonObject json, JsonFields fields) {
        JsonObject object = required(json, fields, "verification");
        if (object == null) {
            return null;
        }
        JsonFields inner = fields(object, "verification.", VERIFICATION_FIELDS);
        VerificationMethod method = VerificationMethod.fromCode(code(object.get("method"))).orElse(null);
        if (method == null) {
            problems.add(FieldProblem.of("verification.method", "api.error.performers.method"));
        }
        LocalDate on = pastDay(inner.string("verifiedOn"), "verification.verifiedOn");
        String by = line(inner.string("verifiedBy"), "verification.verifiedBy", PerformerRules.MAX_VERIFIED_BY);
        return method == null || on == null || by == null ? null : new Verification(method, on, by);
    }

    private Consent consent(JsonObject json, JsonFields fields) {
        JsonObject object = required(json, fields, "consent");
        if (object == null) {
            return null;
        }
        JsonFields inner = fields(object, "consent.", CONSENT_FIELDS);
        List<String> scope = scope(object.get("scope"));
        LocalDate givenOn = pastDay(inner.string("givenOn"), "consent.givenOn");
        ConsentForm form = ConsentForm.fromCode(code(object.get("how"))).orElse(null);
        if (form == null) {
            problems.add(FieldProblem.of("consent.how", "api.error.performers.how"));
        }
        String untilText = inner.string("until");
        LocalDate until = untilText == null ? null : day(untilText, "consent.until");
        if (until != null && (until.isBefore(today) || givenOn != null && until.isBefore(givenOn))) {
            problems.add(FieldProblem.of("consent.until", "api.error.performers.until"));
            until = null;
        }
        return scope == null || givenOn == null || form == null || untilText != null && until == null ? null
                : new Consent(scope, givenOn, form, until);
    }

    /** A code from a fixed list: a string, else nothing (the list is named in the problem either way). */
    private static String code(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : null;
    }

    private JsonObject required(JsonObject json, JsonFields fields, String name) {
        JsonObject object = fields.object(name);
        if (object == null && !json.containsKey(name) || json.get(name) == JsonValue.NULL) {
            problems.add(FieldProblem.of(name, "api.error.performers." + name + ".missing"));
        }
        return object;
    }

    /** Each line one use the person agreed to: one text, or a list of 1 to 20. */
    private List<String> scope(JsonValue value) {
        List<String> lines = new ArrayList<>();
        if (value instanceof JsonString string) {
            lines.add(string.getString());
        } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            if (value.asJsonArray().size() > PerformerRules.MAX_SCOPE_LINES) {
                problems.add(FieldProblem.of("consent.scope", "api.error.performers.scope.tooMany",
                        PerformerRules.MAX_SCOPE_LINES));
                return null;
            }
            for (JsonValue element : value.asJsonArray()) {
                if (!(element instanceof JsonString string)) {
                    problems.add(FieldProblem.of("consent.scope", "api.error.performers.scope"));
                    return null;
                }
                lines.add(string.getString());
            }
        }
        if (lines.isEmpty()) {
            problems.add(FieldProblem.of("consent.scope", "api.error.performers.scope"));
            return null;
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            checked.add(line(lines.get(i), "consent.scope[" + i + "]", PerformerRules.MAX_SCOPE_LINE));
        }
        return checked.contains(null) ? null : checked;
    }

    /** One line of a person's or vendor's words: present, bounded, plain, and not part of a document. */
    private String line(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "api.error.performers.text.missing"));
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            problems.add(FieldProblem.of(field, "api.error.performers.text.tooLong", max));
        } else if (!PerformerRules.isPlainLine(text)) {
            problems.add(FieldProblem.of(field, "api.error.performers.text.control"));
        } else if (PerformerRules.looksLikeDocument(text)) {
            problems.add(FieldProblem.of(field, "api.error.performers.document"));
        } else {
            return text;
        }
        return null;
    }

    private LocalDate pastDay(String text, String field) {
        if (text == null) {
            problems.add(FieldProblem.of(field, "api.error.performers.day"));
            return null;
        }
        LocalDate day = day(text, field);
        if (day != null && !PerformerRules.isPastDay(day, today)) {
            problems.add(FieldProblem.of(field, "api.error.performers.day.range"));
            return null;
        }
        return day;
    }

    private LocalDate day(String text, String field) {
        if (DAY.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // falls through to the problem below
            }
        }
        problems.add(FieldProblem.of(field, "api.error.performers.day"));
        return null;
    }

    private List<String> contentIds(JsonObject json, String name) {
        JsonValue value = json.get(name);
        List<String> ids = new ArrayList<>();
        if (value == null || value == JsonValue.NULL) {
            return ids;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(FieldProblem.of(name, "api.error.performers.content"));
            return ids;
        }
        if (value.asJsonArray().size() > PerformerRules.MAX_CONTENT_PER_REQUEST) {
            problems.add(FieldProblem.of(name, "api.error.performers.content.tooMany",
                    PerformerRules.MAX_CONTENT_PER_REQUEST));
            return ids;
        }
        List<JsonValue> array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString string
                    && ContentItem.PLATFORM_ID.matcher(string.getString()).matches()) {
                ids.add(string.getString());
            } else if (problems.stream().filter(p -> p.field().startsWith(name + "[")).count() < 20) {
                problems.add(FieldProblem.of(name + "[" + i + "]", "api.error.content.contentId.malformed"));
            }
        }
        return ids;
    }

    private static String shorten(String name) {
        String visible = name.codePoints().filter(c -> !Character.isISOControl(c)).limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.isEmpty() ? "?" : visible;
    }
}
