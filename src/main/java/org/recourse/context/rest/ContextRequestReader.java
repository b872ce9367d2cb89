package org.recourse.context.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recourse.context.ContextText;
import org.recourse.context.TextKind;
import org.recourse.matching.text.Language;
import org.recourse.platform.validation.FieldProblem;

/**
 * Reads a context body, hostile until proven otherwise: {@code {"texts":[{"kind","text","language"}]}} and nothing
 * else; 1 to {@value #MAX_TEXTS} texts, each of a known kind, non-blank, within its kind's length, without control
 * characters (but line breaks and tabs) or bidirectional overrides (which hide words from a reader); every problem
 * named at once, and none of the text in any of them.
 */
final class ContextRequestReader {

    static final int MAX_TEXTS = 20;
    static final Set<String> FIELDS = Set.of("texts");
    static final Set<String> TEXT_FIELDS = Set.of("kind", "text", "language");

    private final List<FieldProblem> problems = new ArrayList<>();

    List<FieldProblem> problems() {
        return problems;
    }

    /** The texts, or null when there is any problem. */
    List<ContextText> read(JsonObject json) {
        unknownFields(json, "", FIELDS);
        JsonValue value = json.get("texts");
        List<ContextText> texts = new ArrayList<>();
        if (value == null || value == JsonValue.NULL) {
            problems.add(FieldProblem.of("texts", "api.error.context.texts.missing"));
        } else if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(FieldProblem.of("texts", "api.error.context.texts.type"));
        } else if (value.asJsonArray().isEmpty()) {
            problems.add(FieldProblem.of("texts", "api.error.context.texts.missing"));
        } else if (value.asJsonArray().size() > MAX_TEXTS) {
            problems.add(FieldProblem.of("texts", "api.error.context.texts.tooMany", MAX_TEXTS));
        } else {
            List<JsonValue> array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                text(array.get(i), "texts[" + i + "]").ifPresent(texts::add);
            }
        }
        return problems.isEmpty() ? texts : null;
    }

    private Optional<ContextText> text(JsonValue value, String at) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(FieldProblem.of(at, "api.error.context.text.type"));
            return Optional.empty();
        }
        JsonObject object = value.asJsonObject();
        unknownFields(object, at + ".", TEXT_FIELDS);
        Optional<TextKind> kind = object.get("kind") instanceof JsonString code ? TextKind.fromCode(code.getString())
                : Optional.empty();
        if (kind.isEmpty()) {
            problems.add(FieldProblem.of(at + ".kind", "api.error.context.kind"));
        }
        Language language = language(object.get("language"), at + ".language");
        String text = words(object.get("text"), at + ".text", kind.map(TextKind::maxLength).orElse(Integer.MAX_VALUE));
        if (kind.isEmpty() || text == null || problems.stream().anyMatch(p -> p.field().startsWith(at + "."))) {
            return Optional.empty();
        }
        return Optional.of(new ContextText(kind.get(), text, language));
    }

    private String words(JsonValue value, String field, int maxLength) {
        if (!(value instanceof JsonString string)) {
            problems.add(FieldProblem.of(field, value == null || value == JsonValue.NULL
                    ? "api.error.context.text.missing" : "api.error.type.string"));
            return null;
        }
        String text = string.getString();
        if (text.isBlank()) {
            problems.add(FieldProblem.of(field, "api.error.context.text.missing"));
            return null;
        }
        if (text.length() > maxLength) {
            problems.add(FieldProblem.of(field, "api.error.context.text.tooLong", maxLength));
            return null;
        }
        if (text.chars().anyMatch(ContextRequestReader::refused)) {
            problems.add(FieldProblem.of(field, "api.error.context.text.control"));
            return null;
        }
        return text;
    }

    /** Control characters other than line breaks and tabs, and the bidirectional embeddings, overrides and isolates. */
    static boolean refused(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    private Language language(JsonValue value, String field) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString code && ("en".equals(code.getString()) || "fr".equals(code.getString()))) {
            return Language.ofCode(code.getString());
        }
        problems.add(FieldProblem.of(field, "api.error.context.language"));
        return null;
    }

    private void unknownFields(JsonObject json, String prefix, Set<String> allowed) {
        json.keySet().stream().filter(k -> !allowed.contains(k)).sorted().limit(20)
                .forEach(k -> problems.add(FieldProblem.of(prefix + shorten(k), "api.error.context.unknownField")));
    }

    /** A field name as the answer repeats it: visible characters only, at most 40. */
    private static String shorten(String name) {
        String visible = name.codePoints().filter(c -> !refused(c)).limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.isEmpty() ? "?" : visible;
    }
}
