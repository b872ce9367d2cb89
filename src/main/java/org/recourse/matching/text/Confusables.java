package org.recourse.matching.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Letters from other scripts that look like Latin ones, and the Latin letters they are read as: a curated table of the
 * look-alikes used to dodge filters, not Unicode's whole confusables file, which maps far more than en and fr need and
 * would fold ordinary Greek or Cyrillic words into nonsense Latin ones.
 *
 * <p>Upper and lower case are listed apart because they look like different Latin letters (Greek {@code Η} is H,
 * {@code η} is n), so the table is applied before case folding, and once more after accents are stripped.
 */
final class Confusables {

    private static final Map<Integer, String> TABLE = new HashMap<>();

    static {
        // Cyrillic, lower then upper case.
        pairs("аa вb еe кk мm нh оo пn рp сc тt уy хx іi јj ѕs ԁd һh ӏl ԛq ԝw үy");
        pairs("АA ВB ЕE КK МM НH ОO РP СC ТT УY ХX ІI ЈJ ЅS ԀD ҺH ӀI ԚQ ԜW ҮY");
        // Greek, lower then upper case.
        pairs("αa βb γy εe ηn ιi κk μu νv οo ρp τt υu χx ωw");
        pairs("ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX");
        // Armenian.
        pairs("օo սu հh ոn");
        // Latin small capitals and IPA letters that NFKC leaves alone.
        pairs("ᴀa ʙb ᴄc ᴅd ᴇe ꜰf ɢg ʜh ɪi ᴊj ᴋk ʟl ᴍm ɴn ᴏo ᴘp ʀr ꜱs ᴛt ᴜu ᴠv ᴡw ʏy ᴢz");
        pairs("ıi ȷj ɩi ɨi ɑa ɡg ɫl ɭl ɵo ʉu");
        // Latin letters with a stroke or bar, which have no decomposition for NFD to strip.
        pairs("øo ØO đd ĐD łl ŁL ħh ĦH ŧt ŦT ƀb ðd ÐD");
        TABLE.put((int) 'æ', "ae");
        TABLE.put((int) 'Æ', "AE");
        TABLE.put((int) 'œ', "oe");
        TABLE.put((int) 'Œ', "OE");
        TABLE.put((int) 'þ', "th");
        TABLE.put((int) 'Þ', "TH");
        // Apostrophes and quotes typed on phones, so that "I’ll" and "I'll" read the same.
        pairs("’' ‘' ʼ' ′' ＇' “\" ”\"");
        // Negative circled, negative squared and regional-indicator letters (NFKC has no mapping for them).
        letterRange(0x1F150);
        letterRange(0x1F170);
        letterRange(0x1F1E6);
    }

    private Confusables() {
    }

    private static void pairs(String pairs) {
        for (String pair : pairs.split(" ")) {
            TABLE.put(pair.codePointAt(0), pair.substring(Character.charCount(pair.codePointAt(0))));
        }
    }

    private static void letterRange(int first) {
        for (int k = 0; k < 26; k++) {
            TABLE.put(first + k, String.valueOf((char) ('a' + k)));
        }
    }

    /** {@code text} with every look-alike replaced by the Latin letters it is read as. */
    static String replace(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String latin = TABLE.get(codePoint);
            if (latin != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (latin != null) {
                    out.append(latin);
                } else {
                    out.appendCodePoint(codePoint);
                }
            }
            i += Character.charCount(codePoint);
        }
        return out == null ? text : out.toString();
    }
}
