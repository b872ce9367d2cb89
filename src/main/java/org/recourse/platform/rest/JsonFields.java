package org.recourse.platform.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.recourse.platform.validation.FieldProblem;

/**
 * Reads the fields of a JSON request object by hand, so that every field of the wrong type, and every field that is
 * not part of the API, is named in one answer rather than the first failing the whole binding.
 */
public final class JsonFields {

    private final JsonObject json;
    private final String prefix;
    private final List<FieldProblem> problems;

    private JsonFields(JsonObject json, String prefix, List<FieldProblem> problems) {
        this.json = json;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** Reads an object that may have only these fields; problems are added to the list given. */
    public static JsonFields of(JsonObject json, Set<String> allowed, List<FieldProblem> problems) {
        return of(json, "", allowed, problems);
    }

    /** The same for an object inside another, whose problems name it: {@code contact.email}. */
    public static JsonFields of(JsonObject json, String prefix, Set<String> allowed, List<FieldProblem> problems) {
        json.keySet().stream().filter(k -> !allowed.contains(k)).sorted()
                .forEach(k -> problems.add(FieldProblem.of(prefix + k, "api.error.unknownField", k)));
        return new JsonFields(json, prefix, problems);
    }

    /** A string field; null if absent or JSON null, and a problem if of another type. */
    public String string(String name) {
        JsonValue value = json.get(name);
        if (absent(value)) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            problems.add(FieldProblem.of(prefix + name, "api.error.type.string"));
            return null;
        }
        return json.getString(name);
    }

    /** A boolean field; false if absent. */
    public boolean bool(String name) {
        JsonValue value = json.get(name);
        if (absent(value)) {
            return false;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            problems.add(FieldProblem.of(prefix + name, "api.error.type.boolean"));
            return false;
        }
        return value == JsonValue.TRUE;
    }

    /** A list of strings; empty if absent, and a problem per element of another type. */
    public List<String> strings(String name) {
        JsonValue value = json.get(name);
        List<String> strings = new ArrayList<>();
        if (absent(value)) {
            return strings;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(FieldProblem.of(prefix + name, "api.error.type.stringArray"));
            return strings;
        }
        List<JsonValue> array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            if (element.getValueType() == JsonValue.ValueType.STRING) {
                strings.add(((jakarta.json.JsonString) element).getString());
            } else {
                problems.add(FieldProblem.of(prefix + name + "[" + i + "]", "api.error.type.string"));
            }
        }
        return strings;
    }

    /** Bytes sent as base64 in a string field; null if absent, and a problem if not base64. */
    public byte[] base64(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(prefix + name, "api.error.type.base64"));
            return null;
        }
    }

    /** A nested object, or null (with a problem if of another type). */
    public JsonObject object(String name) {
        JsonValue value = json.get(name);
        if (absent(value)) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(FieldProblem.of(prefix + name, "api.error.type.anObject"));
            return null;
        }
        return value.asJsonObject();
    }

    private static boolean absent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }
}
