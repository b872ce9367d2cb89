package org.recourse.matching.text;

/**
 * How the term matcher reads each canonical character: which letters it can stand for, and whether it can separate
 * words. Digits and a few symbols stand for letters as well as for themselves ({@code k1ll}, {@code r@pe},
 * {@code $tupid}), and the symbols can also be plain punctuation ({@code "you!"}), so the matcher tries every reading
 * rather than this class choosing one. {@code 1} and {@code |} stand for both {@code i} and {@code l}, and {@code *}
 * for any vowel, as people mask a word ({@code k*ll}).
 */
final class Symbols {

    private static final String[] ASCII_LETTERS = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTERS[c] = Character.isLetterOrDigit(c) ? String.valueOf(c) : "";
        }
        standIn('0', "o");
        standIn('1', "il");
        standIn('2', "z");
        standIn('3', "e");
        standIn('4', "a");
        standIn('5', "s");
        standIn('6', "gb");
        standIn('7', "t");
        standIn('8', "b");
        standIn('9', "g");
        standIn('@', "a");
        standIn('$', "s");
        standIn('!', "i");
        standIn('|', "li");
        // A masked letter ("k*ll", "r*pe", "sl*t") is nearly always a vowel.
        standIn('*', "aeiou");
    }

    private Symbols() {
    }

    private static void standIn(char c, String letters) {
        ASCII_LETTERS[c] = ASCII_LETTERS[c] + letters;
    }

    /** Every letter or digit {@code c} can be read as in a word; empty for punctuation, spaces and the like. */
    static String letters(char c) {
        if (c < 128) {
            return ASCII_LETTERS[c];
        }
        if (c == '€') {
            return "e";
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "";
    }

    /** Whether {@code c} can be read as something between words: anything but a letter or digit. */
    static boolean separates(char c) {
        return !Character.isLetterOrDigit(c);
    }

    /** Whether {@code c} can be read as part of a word, as a letter, digit or stand-in. */
    static boolean inWord(char c) {
        return !letters(c).isEmpty();
    }

    /** Apostrophes join French elisions ("l'a", "j'y"), so they never make a spelled-out word (see {@link SpelledOut}). */
    static boolean isApostrophe(char c) {
        return c == '\'';
    }
}
