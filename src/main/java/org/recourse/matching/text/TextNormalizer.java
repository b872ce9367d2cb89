package org.recourse.matching.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns text into the canonical form that rules are matched against, keeping for every canonical character the span of
 * the original it came from. The text is cut into clusters (a character with the combining marks after it) and each
 * cluster goes through the steps below on its own, so a cluster's output always maps back to that whole cluster.
 *
 * <ol>
 *   <li>Invisible characters (zero-width space and joiners, soft hyphen, bidi controls, tags, Hangul fillers and other
 *       format and control characters) are dropped: they split a word for the matcher but not for the reader.</li>
 *   <li>Unicode NFKC: fullwidth letters, mathematical alphanumerics, ligatures, circled and superscript letters
 *       become the plain letters they are drawn from.</li>
 *   <li>Look-alikes ({@link Confusables}: Cyrillic, Greek, small capitals...) become Latin letters, before case
 *       folding because {@code Η} and {@code η} look like different Latin letters.</li>
 *   <li>Case folding in {@link Locale#ROOT}, upper then lower case, so that {@code ß} and {@code ẞ} become {@code ss},
 *       {@code ς} becomes {@code σ}, and Turkish {@code İ} becomes {@code i} (its dot is stripped in the next step;
 *       dotless {@code ı} is a look-alike of {@code i}). Never the default locale: in Turkish, "KILL" would lower to
 *       "kıll".</li>
 *   <li>NFD, then combining marks are stripped: accents do not change which word is meant, and people leave them out
 *       or add them at will ("où"/"ou", "payé"/"payer", stacked "Zalgo" marks). Look-alikes are mapped once more, for
 *       letters such as {@code ї} that only show their look-alike base once the mark is gone.</li>
 *   <li>Whitespace of any kind becomes one space, and a run of it one space, so that patterns can say {@code " "}.</li>
 * </ol>
 *
 * <p>Digits and symbols written for letters ({@code k1ll}, {@code r@pe}) are left as they are: {@code 1} may stand for
 * {@code i} or {@code l}, so no single canonical letter is right. The term matcher lets each of them stand for every
 * letter it can ({@link Symbols}); patterns see them as typed. Repeated letters and spaced-out words are likewise the
 * matcher's business, because collapsing them here would change the text that patterns and spans are measured on.
 */
public final class TextNormalizer {

    private static final char REPLACEMENT = '\uFFFD';

    private TextNormalizer() {
    }

    /** The canonical form of {@code text}; null reads as the empty text. */
    public static NormalizedText normalize(String text) {
        String original = text == null ? "" : text;
        Output out = new Output(original.length());
        int i = 0;
        while (i < original.length()) {
            int end = clusterEnd(original, i);
            out.append(fold(original.substring(i, end)), i, end);
            i = end;
        }
        return out.toNormalizedText(original);
    }

    /** Where the cluster starting at {@code start} ends: after the first code point and the combining marks after it. */
    private static int clusterEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length() && isMark(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    /** One cluster through every step; the common case of one ASCII character skips the Unicode machinery. */
    static String fold(String cluster) {
        char first = cluster.charAt(0);
        if (cluster.length() == 1 && first < 0x80) {
            if (Character.isWhitespace(first)) {
                return " ";
            }
            return Character.isISOControl(first) ? "" : String.valueOf(Character.toLowerCase(first));
        }
        if (isInvisible(cluster.codePointAt(0))) {
            return "";
        }
        String text = Normalizer.normalize(cluster, Normalizer.Form.NFKC);
        text = Confusables.replace(text);
        // Capital ẞ upper-cases to itself and lower-cases to ß, so it needs its own step to ss.
        text = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace("ß", "ss");
        text = Normalizer.normalize(text, Normalizer.Form.NFD);
        return Confusables.replace(stripMarks(text));
    }

    /** Drops combining marks and invisible characters, turns whitespace into spaces and broken UTF-16 into U+FFFD. */
    private static String stripMarks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (isWhitespace(codePoint)) {
                out.append(' ');
            } else if (Character.getType(codePoint) == Character.SURROGATE) {
                out.append(REPLACEMENT);
            } else if (!isMark(codePoint) && !isInvisible(codePoint)) {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isWhitespace(int codePoint) {
        // U+2800, the blank Braille pattern, is a favourite "space" of filter dodgers.
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x2800;
    }

    /** Format characters, controls other than whitespace, and the Hangul fillers, which draw nothing. */
    static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT
                || type == Character.CONTROL && !isWhitespace(codePoint)
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
    }

    /** The canonical characters with their original offsets, one space standing for a run of whitespace. */
    private static final class Output {

        private final StringBuilder text;
        private int[] starts;
        private int[] ends;

        Output(int capacity) {
            text = new StringBuilder(capacity);
            starts = new int[Math.max(capacity, 16)];
            ends = new int[starts.length];
        }

        void append(String folded, int start, int end) {
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
                int last = text.length() - 1;
                if (c == ' ' && last >= 0 && text.charAt(last) == ' ') {
                    ends[last] = end;
                    continue;
                }
                if (text.length() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[text.length()] = start;
                ends[text.length()] = end;
                text.append(c);
            }
        }

        NormalizedText toNormalizedText(String original) {
            int length = text.length();
            return new NormalizedText(original, text.toString(), Arrays.copyOf(starts, length), Arrays.copyOf(ends, length));
        }
    }
}
