package org.recourse.matching.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A term as an admin writes it, and the canonical word sequences it stands for. {@code (a|b|c)} means any one of
 * {@code a}, {@code b} or {@code c}, and an empty choice makes the group optional: {@code i (will|'ll) find (you|u)} is
 * four phrases. Groups do not nest; there may be at most {@value #MAX_VARIANTS} phrases in all.
 *
 * <p>Each phrase is normalised like the text ({@link TextNormalizer}), split into words at anything that is not a
 * letter or digit (so "t'habites" is the two words "t habites", as in the text), and each word has its runs of one
 * letter collapsed to one letter ("kill" is {@code kil}), as the matcher does with the text. Digits stay digits: a
 * term is written in plain letters, and the matcher lets digits in the text stand for them.
 */
final class TermPhrase {

    static final int MAX_VARIANTS = 1000;
    static final int MAX_LENGTH = 500;

    private TermPhrase() {
    }

    /**
     * The distinct canonical phrases of {@code term}, words joined by one space.
     *
     * @throws InvalidRuleException for an unbalanced or nested group, too many phrases, or a phrase with no letters
     */
    static List<String> variants(String term) {
        if (term == null || term.isBlank()) {
            throw new InvalidRuleException("A term needs at least one word.");
        }
        if (term.length() > MAX_LENGTH) {
            throw new InvalidRuleException("A term can be at most " + MAX_LENGTH + " characters long, not " + term.length() + ".");
        }
        Set<String> variants = new LinkedHashSet<>();
        for (String phrase : expand(term)) {
            String canonical = canonicalWords(phrase);
            if (canonical.isEmpty()) {
                throw new InvalidRuleException("The term \"" + term + "\" has a choice with no letters in it: \"" + phrase.strip()
                        + "\". Leave a choice empty only inside a group that has other words around it.");
            }
            variants.add(canonical);
        }
        return List.copyOf(variants);
    }

    /** Every phrase the groups of {@code term} stand for. */
    private static List<String> expand(String term) {
        List<String> phrases = List.of("");
        int i = 0;
        while (i < term.length()) {
            char c = term.charAt(i);
            if (c == ')' || c == '|') {
                throw new InvalidRuleException("The term \"" + term + "\" has a '" + c + "' outside a group, at character "
                        + (i + 1) + ". Write choices as (a|b).");
            }
            int end = c == '(' ? term.indexOf(')', i) : nextGroup(term, i);
            if (c == '(' && end < 0) {
                throw new InvalidRuleException("The term \"" + term + "\" opens a group at character " + (i + 1) + " and never closes it.");
            }
            String part = c == '(' ? term.substring(i + 1, end) : term.substring(i, end);
            if (c == '(' && part.indexOf('(') >= 0) {
                throw new InvalidRuleException("The term \"" + term + "\" has a group inside a group, which terms do not allow.");
            }
            phrases = combine(phrases, c == '(' ? List.of(part.split("\\|", -1)) : List.of(part), term);
            i = c == '(' ? end + 1 : end;
        }
        return phrases;
    }

    private static int nextGroup(String term, int from) {
        int i = from;
        while (i < term.length() && "()|".indexOf(term.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static List<String> combine(List<String> heads, List<String> tails, String term) {
        if ((long) heads.size() * tails.size() > MAX_VARIANTS) {
            throw new InvalidRuleException("The term \"" + term + "\" stands for more than " + MAX_VARIANTS
                    + " phrases. Split it into several rules.");
        }
        List<String> combined = new ArrayList<>(heads.size() * tails.size());
        for (String head : heads) {
            for (String tail : tails) {
                combined.add(head + tail);
            }
        }
        return combined;
    }

    /** The phrase normalised, in words of collapsed letters joined by single spaces. */
    static String canonicalWords(String phrase) {
        String text = TextNormalizer.normalize(phrase).text();
        StringBuilder out = new StringBuilder(text.length());
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char kept = Character.isLetterOrDigit(c) ? c : ' ';
            if (kept == previous || kept == ' ' && out.length() == 0) {
                continue;
            }
            out.append(kept);
            previous = kept;
        }
        return out.toString().strip();
    }
}
