package org.recourse.matching.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass of a text through a {@link TermTrie}, keeping every way of reading the text so far at once (a set of trie
 * nodes, each with the earliest start that reaches it), so that ambiguous characters, repeated letters and spelled-out
 * words cost no backtracking: the time is linear in the text for a given trie.
 *
 * <p>At each canonical character the matcher may
 * <ul>
 *   <li>start a phrase, if the character begins a word (the text starts here or the character before can separate);</li>
 *   <li>take the character as any letter it can stand for ({@link Symbols}) to follow a letter edge; an {@code i}
 *       written as a capital I can also be an {@code l}, its twin in most typefaces ("kiII");</li>
 *   <li>take it as the same letter again, which is how "kiiilll" reads as the collapsed {@code kil};</li>
 *   <li>take it as a separator to follow a word break, or to stay on one (a break is one or more separators);</li>
 *   <li>skip it inside a word, if it is a separator inside a spelled-out word ({@link SpelledOut}).</li>
 * </ul>
 * A phrase matches when it ends before a character that can separate, or at the end of the text: that is the word
 * boundary that keeps "kill" out of "skill" and "killer", and "rape" out of "grape".
 */
final class TermScan {

    /** What a capital I can be read as. */
    private static final String CAPITAL_I = "il";

    private final TermTrie trie;
    private final String text;
    private final boolean[] skippable;
    /** Which canonical characters are an {@code i} written as a capital I. */
    private final boolean[] capitalI;
    private final Map<Rule, int[]> hits = new LinkedHashMap<>();

    private TermScan(TermTrie trie, NormalizedText normalized) {
        this.trie = trie;
        this.text = normalized.text();
        this.skippable = SpelledOut.skippableSeparators(text);
        this.capitalI = capitalIs(normalized);
    }

    /** For each rule matched in {@code text}, its first match as canonical {@code {start, end}}, in order found. */
    static Map<Rule, int[]> scan(TermTrie trie, NormalizedText text) {
        TermScan scan = new TermScan(trie, text);
        scan.run();
        return scan.hits;
    }

    /**
     * Marks each canonical {@code i} that was written as a capital I (Latin, Greek or Cyrillic, in any of the forms
     * that NFKC folds to one: fullwidth, mathematical, the Roman numeral), or as a small capital: the normaliser's
     * case folding has made it an {@code i}, but to a reader it is as much an {@code l}.
     */
    private static boolean[] capitalIs(NormalizedText normalized) {
        String text = normalized.text();
        boolean[] capital = new boolean[text.length()];
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == 'i') {
                capital[i] = looksLikeCapitalI(normalized.original().codePointAt(normalized.originalStart(i)));
            }
        }
        return capital;
    }

    static boolean looksLikeCapitalI(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint == 'I';
        }
        if (codePoint == 0x026A) {
            return true;
        }
        String folded = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        return folded.equals("I") || folded.equals("\u0399") || folded.equals("\u0406") || folded.equals("\u04C0");
    }

    private void run() {
        Map<TermTrie.Node, Integer> current = new HashMap<>();
        Map<TermTrie.Node, Integer> next = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Symbols.separates(c)) {
                report(current, i);
            }
            if (i == 0 || Symbols.separates(text.charAt(i - 1))) {
                current.merge(trie.root(), i, Math::min);
            }
            next.clear();
            for (Map.Entry<TermTrie.Node, Integer> state : current.entrySet()) {
                step(state.getKey(), state.getValue(), i, next);
            }
            Map<TermTrie.Node, Integer> swap = current;
            current = next;
            next = swap;
        }
        report(current, text.length());
    }

    /** Every state that {@code node} (reached from {@code start}) leads to after character {@code i}. */
    private void step(TermTrie.Node node, int start, int i, Map<TermTrie.Node, Integer> next) {
        char c = text.charAt(i);
        String letters = capitalI[i] ? CAPITAL_I : Symbols.letters(c);
        for (int k = 0; k < letters.length(); k++) {
            char letter = letters.charAt(k);
            TermTrie.Node child = node.next(letter);
            if (child != null) {
                next.merge(child, start, Math::min);
            }
            if (node.letter == letter) {
                next.merge(node, start, Math::min);
            }
        }
        if (!Symbols.separates(c)) {
            return;
        }
        if (node.isBreak() || node.isLetter() && skippable[i]) {
            next.merge(node, start, Math::min);
        }
        if (node.isLetter() && node.afterBreak() != null) {
            next.merge(node.afterBreak(), start, Math::min);
        }
    }

    /** Records the phrases that end just before {@code end}; a later, longer match from the same start extends a hit. */
    private void report(Map<TermTrie.Node, Integer> states, int end) {
        for (Map.Entry<TermTrie.Node, Integer> state : states.entrySet()) {
            List<Rule> rules = state.getKey().rules;
            for (Rule rule : rules) {
                int start = state.getValue();
                int[] hit = hits.get(rule);
                if (hit == null) {
                    hits.put(rule, new int[] {start, end});
                } else if (hit[0] == start && end > hit[1]) {
                    hit[1] = end;
                }
            }
        }
    }
}
