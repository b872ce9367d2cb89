package org.recourse.matching.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One screening rule: a term or a pattern, with the id, list, language and label that a verdict reports. Checked and
 * compiled when made, so a rule that exists can always be matched.
 *
 * <ul>
 *   <li>A <b>term</b> is a phrase of whole words, matched after normalisation with every variant the matcher knows
 *       (case, accents, look-alikes, digits and symbols for letters, repeated letters, spelled-out words), and with
 *       {@code (a|b)} choices ({@link TermPhrase}). This is what most rules should be.</li>
 *   <li>A <b>pattern</b> is a Java regular expression over the normalised text ({@link TextNormalizer}: lower case,
 *       no accents, look-alikes mapped, one space for any whitespace, digits and symbols as typed), for what a phrase
 *       cannot say, such as a street number after "address is". It is matched case-insensitively, its own accents
 *       stripped like the text's, and must say its own word boundaries ({@code \b}). Refused: more than
 *       {@value #MAX_PATTERN_LENGTH} characters, syntax errors, the constructs {@link PatternSafety} refuses, and
 *       patterns that match empty text.</li>
 * </ul>
 */
public final class Rule {

    /** Whether a rule is a phrase of words or a regular expression. */
    public enum Kind { TERM, PATTERN }

    static final int MAX_PATTERN_LENGTH = 500;
    static final int MAX_NAME_LENGTH = 100;

    private final Kind kind;
    private final String id;
    private final String list;
    private final Language language;
    private final String label;
    private final String text;
    private final List<String> termVariants;
    private final Pattern pattern;

    private Rule(Kind kind, String id, String list, Language language, String label, String text) {
        this.kind = kind;
        this.id = name(id, "id");
        this.list = name(list, "list");
        this.language = Objects.requireNonNull(language, "A rule's language is required (en, fr or any).");
        this.label = name(label, "label");
        this.text = Objects.requireNonNull(text, "A rule's " + kind.name().toLowerCase(Locale.ROOT) + " is required.");
        this.termVariants = kind == Kind.TERM ? TermPhrase.variants(text) : List.of();
        this.pattern = kind == Kind.PATTERN ? compile(text) : null;
    }

    /**
     * A term rule.
     *
     * @throws InvalidRuleException for a blank id, list or label, or a term {@link TermPhrase} cannot read
     */
    public static Rule term(String id, String list, Language language, String label, String phrase) {
        return new Rule(Kind.TERM, id, list, language, label, phrase);
    }

    /**
     * A pattern rule.
     *
     * @throws InvalidRuleException for a blank id, list or label, or a pattern that does not compile or is refused;
     *                              the message says which, and where
     */
    public static Rule pattern(String id, String list, Language language, String label, String regex) {
        return new Rule(Kind.PATTERN, id, list, language, label, regex);
    }

    private static String name(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidRuleException("A rule's " + what + " is required.");
        }
        if (value.length() > MAX_NAME_LENGTH) {
            throw new InvalidRuleException("A rule's " + what + " can be at most " + MAX_NAME_LENGTH + " characters long.");
        }
        return value.strip();
    }

    private static Pattern compile(String regex) {
        if (regex.isBlank()) {
            throw new InvalidRuleException("A pattern cannot be empty.");
        }
        if (regex.length() > MAX_PATTERN_LENGTH) {
            throw new InvalidRuleException("A pattern can be at most " + MAX_PATTERN_LENGTH + " characters long, not "
                    + regex.length() + ".");
        }
        String unaccented = Normalizer.normalize(regex, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
        Pattern compiled;
        try {
            compiled = Pattern.compile(unaccented, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new InvalidRuleException("The pattern does not compile: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "") + " of \"" + regex + "\".");
        }
        PatternSafety.check(unaccented);
        if (compiled.matcher("").find()) {
            throw new InvalidRuleException("The pattern \"" + regex + "\" matches empty text, so it would block every message.");
        }
        return compiled;
    }

    public Kind kind() {
        return kind;
    }

    /** The rule's id, unique within a screener. */
    public String id() {
        return id;
    }

    /** The name of the list the rule belongs to, such as {@code starter-en}. */
    public String list() {
        return list;
    }

    public Language language() {
        return language;
    }

    /** What the rule is about, such as {@code threat} or {@code doxxing}: shown to moderators with a verdict. */
    public String label() {
        return label;
    }

    /** The term or pattern as written. */
    public String text() {
        return text;
    }

    /** A term's canonical phrases (empty for a pattern). */
    List<String> termVariants() {
        return termVariants;
    }

    /** A pattern's compiled form (null for a term). */
    Pattern pattern() {
        return pattern;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rule that && kind == that.kind && id.equals(that.id) && list.equals(that.list)
                && language == that.language && label.equals(that.label) && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id, list, language, label, text);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " " + id + " (" + list + ", " + language.code() + ", " + label + "): " + text;
    }
}
