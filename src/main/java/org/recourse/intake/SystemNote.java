package org.recourse.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the portal itself says on a report it files (stay-down screening, the sweep), as a message key and its
 * arguments, so that each reviewer reads it in the page's language; the English words stay in the report's details
 * for exports and older readers. An argument written {@code #some.key} is itself a message, translated in turn (a
 * built-in bank's name, an outcome); any other argument is data (a number, a partner bank's own name).
 */
public record SystemNote(String key, List<String> args) {

    private static final Pattern KEY = Pattern.compile("[a-zA-Z0-9_.]{1,60}");
    /** The unit separator: never typed, never in a bank's name (those are single-line text). */
    private static final String SEPARATOR = "\u001F";

    public SystemNote {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A system note's key is a message key: " + key);
        }
        args = List.copyOf(Objects.requireNonNull(args, "Arguments are required, even if none."));
        if (args.stream().anyMatch(arg -> arg.contains(SEPARATOR))) {
            throw new IllegalArgumentException("A system note's argument holds no unit separator.");
        }
        if (String.join(SEPARATOR, args).length() > 1000) {
            throw new IllegalArgumentException("A system note's arguments fit in 1,000 characters.");
        }
    }

    public static SystemNote of(String key, Object... args) {
        return new SystemNote(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** A message key as an argument, translated when the note is read. */
    public static String message(String key) {
        return "#" + key;
    }

    /** The arguments as one column. */
    String joinedArgs() {
        return String.join(SEPARATOR, args);
    }

    static SystemNote stored(String key, String joinedArgs) {
        if (key == null) {
            return null;
        }
        return new SystemNote(key, joinedArgs == null || joinedArgs.isEmpty() ? List.of()
                : List.of(joinedArgs.split(SEPARATOR, -1)));
    }
}
