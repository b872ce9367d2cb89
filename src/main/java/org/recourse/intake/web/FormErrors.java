package org.recourse.intake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.platform.i18n.Messages;

/**
 * The problems of a submitted form, by form field, in words. The page shows them beside each field and in a
 * summary at the top whose links jump to the field (WCAG's error identification).
 */
public final class FormErrors {

    /** One line of the error summary. */
    public record Entry(String field, String message) {
    }

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    public void addAll(List<FieldProblem> problems, Messages messages) {
        for (FieldProblem problem : problems) {
            byField.computeIfAbsent(formField(problem.field()), f -> new ArrayList<>())
                    .add(messages.get(problem.messageKey(), problem.arguments()));
        }
    }

    /** The form's field for a submission field: every location problem belongs to the one text area. */
    static String formField(String submissionField) {
        if (submissionField.startsWith("items")) {
            return "locations";
        }
        return switch (submissionField) {
            case "contact.email" -> "contactEmail";
            case "contact.consent" -> "contactConsent";
            case "removal.signature" -> "removalSignature";
            case "removal.email" -> "removalEmail";
            case "removal.actingFor" -> "removalActingFor";
            case "removal.goodFaith" -> "removalGoodFaith";
            default -> submissionField;
        };
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The messages for one field, joined; empty when the field is fine. */
    public String of(String field) {
        return String.join(" ", byField.getOrDefault(field, List.of()));
    }

    public List<Entry> summary() {
        List<Entry> entries = new ArrayList<>();
        byField.forEach((field, messages) -> messages.forEach(m -> entries.add(new Entry(field, m))));
        return entries;
    }
}
