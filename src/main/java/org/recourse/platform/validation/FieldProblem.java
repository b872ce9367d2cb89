package org.recourse.platform.validation;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a submission: the field it concerns ({@code items}, {@code items[2]}, {@code category},
 * {@code details}, {@code contact.email}), a message key of the resource bundle and the values the message needs.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        Objects.requireNonNull(field, "A field is required.");
        Objects.requireNonNull(messageKey, "A message key is required.");
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }

    /** The item's position (0-based) for problems about one location, or -1. */
    public int itemIndex() {
        if (!field.startsWith("items[")) {
            return -1;
        }
        return Integer.parseInt(field.substring("items[".length(), field.indexOf(']')));
    }
}
