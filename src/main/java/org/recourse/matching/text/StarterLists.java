package org.recourse.matching.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The small English and French lists shipped with Recourse, so that screening does something useful before an admin
 * writes any rule: threats, doxxing, sextortion, sexual harassment and victim-blaming aimed at a person, written as
 * phrases rather than single words, because a single word ("kill") blocks ordinary sentences ("I'll kill time").
 * They are resources in {@link RuleListFormat}, named {@code starter-en.txt} and {@code starter-fr.txt}.
 */
public final class StarterLists {

    /** The list names, which are also the prefixes of their rules' ids. */
    public static final String ENGLISH = "starter-en";
    public static final String FRENCH = "starter-fr";

    private StarterLists() {
    }

    public static List<Rule> english() {
        return load(ENGLISH, Language.EN);
    }

    public static List<Rule> french() {
        return load(FRENCH, Language.FR);
    }

    /** Both lists, English first. */
    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>(english());
        rules.addAll(french());
        return List.copyOf(rules);
    }

    /** A screener over both lists. */
    public static PhraseScreener screener() {
        return PhraseScreener.of(all());
    }

    private static List<Rule> load(String list, Language language) {
        try (InputStream in = StarterLists.class.getResourceAsStream(list + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("The starter list " + list + ".txt is missing from the build.");
            }
            return RuleListFormat.parse(list, language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The starter list " + list + ".txt cannot be read.", e);
        }
    }
}
