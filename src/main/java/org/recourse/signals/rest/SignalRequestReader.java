package org.recourse.signals.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.recourse.content.ContentItem;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.signals.SignalPolicy;
import org.recourse.signals.SignalSubmission;

/**
 * Reads a signal body, hostile until proven otherwise: only the documented fields, each of its type and shape (tokens
 * of bounded length; a score a JSON number from 0 to 1), every problem named at once.
 */
final class SignalRequestReader {

    static final Set<String> FIELDS = Set.of("signalId", "contentId", "classifier", "classifierVersion", "label",
            "score");
    /** The platform's id of a signal: the shape of a content id, at most 100 characters. */
    static final Pattern SIGNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    /** A version as classifiers write theirs: {@code 3.2.0}, {@code 2026-11-rc1+build.7}. */
    static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");

    private final List<FieldProblem> problems = new ArrayList<>();

    List<FieldProblem> problems() {
        return problems;
    }

    /** The submission, or null when there is any problem. */
    SignalSubmission read(JsonObject json) {
        json.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted().limit(20)
                .forEach(k -> problems.add(FieldProblem.of(shorten(k), "api.error.signal.unknownField")));
        String signalId = json.containsKey("signalId") && json.get("signalId") != JsonValue.NULL
                ? token(json.get("signalId"), "signalId", SIGNAL_ID) : null;
        String contentId = token(json.get("contentId"), "contentId", ContentItem.PLATFORM_ID);
        String classifier = token(json.get("classifier"), "classifier", SignalPolicy.CLASSIFIER);
        String version = token(json.get("classifierVersion"), "classifierVersion", VERSION);
        String label = token(json.get("label"), "label", SignalPolicy.LABEL);
        double score = score(json.get("score"));
        return problems.isEmpty() ? new SignalSubmission(signalId, contentId, classifier, version, label, score)
                : null;
    }

    private String token(JsonValue value, String field, Pattern shape) {
        if (value == null || value == JsonValue.NULL) {
            problems.add(FieldProblem.of(field, "api.error.signal." + field + ".missing"));
            return null;
        }
        if (!(value instanceof JsonString string)) {
            problems.add(FieldProblem.of(field, "api.error.signal.notText"));
            return null;
        }
        if (!shape.matcher(string.getString()).matches()) {
            problems.add(FieldProblem.of(field, "api.error.signal." + field + ".malformed"));
            return null;
        }
        return string.getString();
    }

    private double score(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            problems.add(FieldProblem.of("score", "api.error.signal.score.missing"));
        } else if (!(value instanceof JsonNumber number)) {
            problems.add(FieldProblem.of("score", "api.error.signal.score.notNumber"));
        } else {
            // A huge exponent (1e999999) is read as a BigDecimal without expanding it, then refused by range.
            java.math.BigDecimal exact = number.bigDecimalValue();
            if (exact.compareTo(java.math.BigDecimal.ZERO) >= 0 && exact.compareTo(java.math.BigDecimal.ONE) <= 0) {
                return exact.doubleValue();
            }
            problems.add(FieldProblem.of("score", "api.error.signal.score.range"));
        }
        return Double.NaN;
    }

    private static String shorten(String name) {
        String visible = name.codePoints().filter(c -> !Character.isISOControl(c)).limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.isEmpty() ? "?" : visible;
    }
}
