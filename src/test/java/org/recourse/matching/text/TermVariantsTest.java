package org.recourse.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Term rules catch each family of variants")
class TermVariantsTest {

    private static final PhraseScreener KILL_YOU = TestRules.terms("i will kill you");
    private static final PhraseScreener FRENCH = TestRules.terms("je sais où tu restes",
            // "payé" for "payer" is a change of spelling, not of accent alone ("paye" is not "payer"): a choice says it.
            "tu vas (payer|payé) pour ce que tu as fait");

    private static void assertBlocked(PhraseScreener screener, String text) {
        // Act
        TextVerdict verdict = screener.screen(text);

        // Assert
        assertThat(verdict.isBlocked()).as("blocked: %s", text).isTrue();
    }

    @Nested
    @DisplayName("case")
    class Case {

        @ParameterizedTest
        @ValueSource(strings = {"I WILL KILL YOU", "I Will Kill You", "i wIlL kIlL yOu"})
        @DisplayName("any mix of upper and lower case")
        void anyCase(String text) {
            assertBlocked(KILL_YOU, text);
        }
    }

    @Nested
    @DisplayName("spacing and punctuation")
    class Spacing {

        @ParameterizedTest
        @ValueSource(strings = {
            "i will k i l l you", "i will k.i.l.l you", "i will k-i-l-l you", "i will k_i_l_l you",
            "i will k . i . l . l you", "i w i l l k i l l y o u", "I   will\n\tkill... you!!", "i will kill you.",
            "(i will kill you)", "i will kill y.o.u",
        })
        @DisplayName("letters spelled out with separators, and any separators between words")
        void spelledOut(String text) {
            assertBlocked(KILL_YOU, text);
        }
    }

    @Nested
    @DisplayName("repeated letters")
    class Repeated {

        @ParameterizedTest
        @ValueSource(strings = {"i willll kiiiilllll youuuu", "iiii wiill kil yoou", "i will k i i i l l l you"})
        @DisplayName("runs of one letter read as one letter, so the double l of kill still matches")
        void collapsed(String text) {
            assertBlocked(KILL_YOU, text);
        }
    }

    @Nested
    @DisplayName("digits and symbols for letters")
    class StandIns {

        @ParameterizedTest
        @ValueSource(strings = {
            "1 w1ll k1ll y0u", "| wi|| ki|| you", "i wi11 ki11 you", "! will k!ll you", "i will ki|1 you",
            "i w!ll k1|| y0u!",
        })
        @DisplayName("1 and | stand for both i and l, ! for i, 0 for o")
        void iAndL(String text) {
            assertBlocked(KILL_YOU, text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"i will k*ll you", "i w*ll k*ll y**", "* will k*ll you!"})
        @DisplayName("* masks a vowel")
        void masked(String text) {
            assertBlocked(KILL_YOU, text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"r*pe", "R*P3", "s*nd n*des", "they w*nt"})
        @DisplayName("* masks a vowel in other words too")
        void maskedOthers(String text) {
            assertBlocked(TestRules.terms("rape", "send nudes", "they want"), text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"r4pe", "r@pe", "R@P3", "$end nude$", "th3y w4nt"})
        @DisplayName("4 and @ for a, 3 for e, $ for s")
        void others(String text) {
            // Arrange
            PhraseScreener screener = TestRules.terms("rape", "send nudes", "they want");

            // Act, Assert
            assertBlocked(screener, text);
        }
    }

    @Nested
    @DisplayName("accents")
    class Accents {

        @ParameterizedTest
        @ValueSource(strings = {
            "je sais ou tu restes", "Je sais où tu restes", "JE SAIS OÙ TU RESTES", "je sais òu tu réstes",
            "tu vas payer pour ce que tu as fait", "tu vas payé pour ce que tu as fait", "tu vas payè pour ce que tu âs fait",
        })
        @DisplayName("accents added, left out or wrong, in French")
        void french(String text) {
            assertBlocked(FRENCH, text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ï wíll kîll yóu", "i will k̷i̶l̸l̵ you"})
        @DisplayName("accents and stacked marks on English words")
        void english(String text) {
            assertBlocked(KILL_YOU, text);
        }
    }

    @Nested
    @DisplayName("look-alike Unicode")
    class LookAlikes {

        @ParameterizedTest
        @ValueSource(strings = {
            "і wіll kіll уоu", "I WILL KILL ΥΟU", "i will kill yοu", "ｉ ｗｉｌｌ ｋｉｌｌ ｙｏｕ", "𝐢 𝐰𝐢𝐥𝐥 𝐤𝐢𝐥𝐥 𝐲𝐨𝐮",
            "𝒊 𝒘𝒊𝒍𝒍 𝒌𝒊𝒍𝒍 𝒚𝒐𝒖", "𝕚 𝕨𝕚𝕝𝕝 𝕜𝕚𝕝𝕝 𝕪𝕠𝕦", "ɪ ᴡɪʟʟ ᴋɪʟʟ ʏᴏᴜ", "ⓘ ⓦⓘⓛⓛ ⓚⓘⓛⓛ ⓨⓞⓤ", "🅸 🆆🅸🅻🅻 🅺🅸🅻🅻 🆈🅾🆄",
        })
        @DisplayName("Cyrillic, Greek, fullwidth, mathematical, small capitals and enclosed letters")
        void lookAlikes(String text) {
            assertBlocked(KILL_YOU, text);
        }
    }

    @Nested
    @DisplayName("capital I for l")
    class CapitalI {

        @ParameterizedTest
        @ValueSource(strings = {"i wiII kiII you", "I WIIL KIIL YOU", "i will kiIl you", "i wiⅠⅠ kiＩＩ you", "i will kiΙΙ you"})
        @DisplayName("a capital I (Latin, Greek, fullwidth, Roman numeral) reads as l, its twin in most typefaces")
        void capitalIForL(String text) {
            assertBlocked(KILL_YOU, text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"I Will Kiss You", "I will call you", "Illinois will kill it", "I will KIlN you"})
        @DisplayName("but a capital I does not make other words into the phrase")
        void otherWordsStayOther(String text) {
            assertThat(KILL_YOU.screen(text).isBlocked()).as("allowed: %s", text).isFalse();
        }
    }

    @Nested
    @DisplayName("plurals")
    class Plurals {

        private static final PhraseScreener INSULTS = TestRules.terms("slut", "salope", "whore");

        @ParameterizedTest
        @ValueSource(strings = {"you sluts", "bande de salopes", "WHORES", "sluttts", "s1uts"})
        @DisplayName("a term ending in a letter also catches its plural in s")
        void pluralInS(String text) {
            assertBlocked(INSULTS, text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"slutsy", "whoresome", "saloperie", "the sluice gate"})
        @DisplayName("but the plural is still a whole word")
        void stillAWholeWord(String text) {
            assertThat(INSULTS.screen(text).isBlocked()).as("allowed: %s", text).isFalse();
        }
    }

    @Nested
    @DisplayName("invisible characters")
    class Invisible {

        @ParameterizedTest
        @ValueSource(strings = {
            "i will ki\u200Bll you", "i will k\u200Ci\u200Dl\u2060l you", "i will kil\u00ADl you",
            "i will k\uFE0Fill you", "i\u200B will kill\uFEFF you", "i will k\u202Eill you",
        })
        @DisplayName("zero-width space and joiners, word joiner, soft hyphen, variation selectors, BOM, bidi controls")
        void invisible(String text) {
            assertBlocked(KILL_YOU, text);
        }
    }
}
