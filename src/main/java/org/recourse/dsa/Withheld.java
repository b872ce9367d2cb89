package org.recourse.dsa;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What must never reach the database for one statement (the uploader's id and names, the platform's content id and
 * address, anything known of a reporter), given to the personal-data check only so it can look for it. Values shorter
 * than three characters are dropped: they would match everywhere and identify no one.
 */
public record Withheld(Set<String> values) {

    public static final Withheld NOTHING = new Withheld(Set.of());

    public Withheld {
        Objects.requireNonNull(values, "The values may be empty, not null.");
        values = values.stream().filter(Objects::nonNull).map(String::strip).filter(value -> value.length() >= 3)
                .map(value -> value.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static Withheld of(String... values) {
        return new Withheld(java.util.Arrays.stream(values).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /** The withheld value {@code text} contains, if any (ignoring case). */
    public java.util.Optional<String> foundIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return values.stream().filter(lower::contains).findFirst();
    }
}
