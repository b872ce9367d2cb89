package org.recourse.platform.validation;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a submission: the field it concerns ({@code items}, {@code items[2]}, {@code category},
 * {@code details}, {@code contact.email}), a message key of the resource bundle and the values the message needs.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("items\\[(\\d{1,9})]");

    public FieldProblem {
        Objects.requireNonNull(field, "A field is required.");
        Objects.requireNonNull(messageKey, "A message key is required.");
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }

    /**
     * The item's position (0-based) for problems about one location, or -1. A field named by the client (an unknown
     * JSON member such as {@code "items[x"}) is no item: found by fuzzing, it used to throw.
     */
    public int itemIndex() {
        java.util.regex.Matcher item = ITEM.matcher(field);
        return item.lookingAt() ? Integer.parseInt(item.group(1)) : -1;
    }

    /** The member a field belongs to: {@code items} for {@code items[2].url}, {@code contact} for {@code contact.email}. */
    public String member() {
        int end = 0;
        while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
            end++;
        }
        return field.substring(0, end);
    }
}
