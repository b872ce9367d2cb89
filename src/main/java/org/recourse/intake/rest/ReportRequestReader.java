package org.recourse.intake.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.intake.LocationInput;
import org.recourse.intake.ReportSubmission;

/**
 * Turns the JSON of {@code POST /api/v1/reports} into a {@link ReportSubmission}, naming every field that has the
 * wrong type or is not part of the API, so a client learns all its mistakes from one answer.
 */
final class ReportRequestReader {

    private static final Set<String> FIELDS = Set.of("items", "category", "selfReport", "details", "contact");
    private static final Set<String> CONTACT_FIELDS = Set.of("email", "consent");

    private final List<FieldProblem> problems = new ArrayList<>();

    List<FieldProblem> problems() {
        return problems;
    }

    ReportSubmission read(JsonObject json, Locale locale) {
        json.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                .forEach(k -> problems.add(FieldProblem.of(k, "api.error.unknownField", k)));
        List<LocationInput> items = items(json.get("items"));
        String category = string(json, "category", "category");
        boolean selfReport = bool(json, "selfReport", "selfReport");
        String details = string(json, "details", "details");
        String email = null;
        boolean consent = false;
        JsonValue contact = json.get("contact");
        if (contact != null && contact.getValueType() != JsonValue.ValueType.NULL) {
            if (contact.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(FieldProblem.of("contact", "api.error.type.object"));
            } else {
                JsonObject c = contact.asJsonObject();
                c.keySet().stream().filter(k -> !CONTACT_FIELDS.contains(k)).sorted()
                        .forEach(k -> problems.add(FieldProblem.of("contact." + k, "api.error.unknownField", k)));
                email = string(c, "email", "contact.email");
                consent = bool(c, "consent", "contact.consent");
            }
        }
        return new ReportSubmission(items, category, selfReport, details, email, consent, locale);
    }

    private List<LocationInput> items(JsonValue value) {
        List<LocationInput> items = new ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return items;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(FieldProblem.of("items", "api.error.type.array"));
            return items;
        }
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            items.add(item(array.get(i), "items[" + i + "]"));
        }
        return items;
    }

    private LocationInput item(JsonValue value, String field) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(FieldProblem.of(field, "api.error.item.shape"));
            return LocationInput.either("-");
        }
        JsonObject item = value.asJsonObject();
        boolean hasUrl = item.containsKey("url");
        boolean hasId = item.containsKey("contentId");
        if (hasUrl == hasId || item.size() != 1) {
            problems.add(FieldProblem.of(field, "api.error.item.shape"));
            return LocationInput.either("-");
        }
        String key = hasUrl ? "url" : "contentId";
        String text = string(item, key, field + "." + key);
        return hasUrl ? LocationInput.url(text) : LocationInput.contentId(text);
    }

    private String string(JsonObject json, String key, String field) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            problems.add(FieldProblem.of(field, "api.error.type.string"));
            return null;
        }
        return json.getString(key);
    }

    private boolean bool(JsonObject json, String key, String field) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            problems.add(FieldProblem.of(field, "api.error.type.boolean"));
            return false;
        }
        return value == JsonValue.TRUE;
    }
}
