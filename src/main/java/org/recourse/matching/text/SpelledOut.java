package org.recourse.matching.text;

/**
 * Finds the separators inside spelled-out words ("k i l l", "k.i.l.l", "k-i-l-l", "k_i_l_l"), which the term matcher
 * may skip within a word. A separator is skippable only between two single-character words and when it is at most
 * {@value #MAX_GAP} characters long ("k . i"), so ordinary sentences keep their word boundaries: in "I'll kill time" the
 * "i" stands beside "ll", not beside another single letter, and in "skill" there is nothing to skip.
 *
 * <p>The price is that inside a spelled-out run any letter can start or end a word: "s k i l l" also contains the word
 * "kill". Apostrophes never count, because French elides into single letters all the time ("l'a", "j'y", "m'a").
 */
final class SpelledOut {

    static final int MAX_GAP = 3;

    private SpelledOut() {
    }

    /** For each character of {@code text}, whether it is a separator inside a spelled-out word. */
    static boolean[] skippableSeparators(String text) {
        boolean[] skippable = new boolean[text.length()];
        int i = 0;
        while (i < text.length()) {
            if (Symbols.inWord(text.charAt(i))) {
                i++;
                continue;
            }
            int gapEnd = i;
            while (gapEnd < text.length() && !Symbols.inWord(text.charAt(gapEnd))) {
                gapEnd++;
            }
            if (gapEnd - i <= MAX_GAP && isSingle(text, i - 1) && isSingle(text, gapEnd) && !hasApostrophe(text, i, gapEnd)) {
                for (int k = i; k < gapEnd; k++) {
                    skippable[k] = true;
                }
            }
            i = gapEnd;
        }
        return skippable;
    }

    /** Whether {@code text} has a one-character word at {@code index}. */
    private static boolean isSingle(String text, int index) {
        return index >= 0 && index < text.length() && Symbols.inWord(text.charAt(index))
                && (index == 0 || !Symbols.inWord(text.charAt(index - 1)))
                && (index == text.length() - 1 || !Symbols.inWord(text.charAt(index + 1)));
    }

    private static boolean hasApostrophe(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (Symbols.isApostrophe(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
