package org.recourse.matching.text;

import java.util.Locale;

/** The language a rule is written for; {@link #ANY} for rules that are not tied to one. */
public enum Language {
    EN, FR, ANY;

    /** The lower-case code used in lists and the database: {@code en}, {@code fr} or {@code any}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language of a code, in either case.
     *
     * @throws IllegalArgumentException for anything other than en, fr or any
     */
    public static Language ofCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return language;
            }
        }
        throw new IllegalArgumentException("A rule's language is en, fr or any, not \"" + code + "\".");
    }
}
