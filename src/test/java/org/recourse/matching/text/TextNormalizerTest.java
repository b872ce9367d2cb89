package org.recourse.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("TextNormalizer")
class TextNormalizerTest {

    private static String canonical(String text) {
        return TextNormalizer.normalize(text).text();
    }

    @Nested
    @DisplayName("canonical form")
    class CanonicalForm {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', value = {
            "KILL You|kill you",
            "ｋｉｌｌ|kill",
            "𝐤𝐢𝐥𝐥 𝓎𝑜𝓊|kill you",
            "ⓚⓘⓛⓛ|kill",
            "ﬁnd|find",
            "STRAẞE Straße|strasse strasse",
            "İstanbul ıı|istanbul ii",
            "où ça, déjà, garçon, naïve, Œuvre|ou ca, deja, garcon, naive, oeuvre",
            "k̷̢i̶l̸l̵|kill",
            "кіll уоu|kill you",
            "ΚΙΛΛ οκ|kiλλ ok",
            "ʟᴏᴠᴇ ɑ|love a",
            "🅺🅸🅻🅻|kill",
            "I’ll|i'll",
            "kїll ΐ|kill i",
        })
        @DisplayName("folds case, compatibility forms, accents and look-alikes")
        void folds(String text, String expected) {
            // Arrange, Act
            String result = canonical(text);

            // Assert
            assertThat(result).isEqualTo(expected);
        }

        @Test
        @DisplayName("drops zero-width, soft hyphen, bidi and variation-selector characters")
        void dropsInvisible() {
            // Arrange
            String text = "k\u200Bi\u200Cl\u200Dl\u00AD \u2060y\uFEFFo\u202Eu\uFE0F\u180E";

            // Act
            String result = canonical(text);

            // Assert
            assertThat(result).isEqualTo("kill you");
        }

        @Test
        @DisplayName("turns any run of whitespace into one space and keeps digits and symbols as typed")
        void whitespace() {
            // Arrange
            String text = "k1ll\t\u00A0\u3000 \n r@pe!\u2800$";

            // Act
            String result = canonical(text);

            // Assert
            assertThat(result).isEqualTo("k1ll r@pe! $");
        }

        @Test
        @DisplayName("does not depend on the default locale (Turkish would lower I to ı)")
        void turkishLocale() {
            // Arrange
            Locale before = Locale.getDefault();
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            try {
                // Act
                String result = canonical("KILL İ");

                // Assert
                assertThat(result).isEqualTo("kill i");
            } finally {
                Locale.setDefault(before);
            }
        }

        @Test
        @DisplayName("reads null as the empty text and replaces broken UTF-16 with U+FFFD")
        void brokenInput() {
            // Arrange
            String unpaired = "a\uD800b\uDC00";

            // Act
            NormalizedText nothing = TextNormalizer.normalize(null);
            String result = canonical(unpaired);

            // Assert
            assertThat(nothing.text()).isEmpty();
            assertThat(nothing.original()).isEmpty();
            assertThat(result).isEqualTo("a\uFFFDb\uFFFD");
        }
    }

    @Nested
    @DisplayName("offsets")
    class Offsets {

        @Test
        @DisplayName("map each canonical character back to the characters it came from")
        void mapsBack() {
            // Arrange
            String text = "Ｋe\u0301\u200Bß";

            // Act
            NormalizedText normalized = TextNormalizer.normalize(text);

            // Assert
            assertThat(normalized.text()).isEqualTo("kess");
            assertThat(normalized.originalSpan(0, 1)).isEqualTo(new Span(0, 1));
            assertThat(normalized.originalSpan(1, 2)).isEqualTo(new Span(1, 3));
            assertThat(normalized.originalSpan(2, 3)).isEqualTo(new Span(4, 5));
            assertThat(normalized.originalSpan(3, 4)).isEqualTo(new Span(4, 5));
            assertThat(normalized.originalSpan(0, 4).of(text)).isEqualTo(text);
        }

        @Test
        @DisplayName("keep surrogate pairs whole and give a run of spaces to its one space")
        void surrogatesAndSpaces() {
            // Arrange
            String text = "𝐤𝐢   𝐥";

            // Act
            NormalizedText normalized = TextNormalizer.normalize(text);

            // Assert
            assertThat(normalized.text()).isEqualTo("ki l");
            assertThat(normalized.originalSpan(1, 2)).isEqualTo(new Span(2, 4));
            assertThat(normalized.originalSpan(2, 3)).isEqualTo(new Span(4, 7));
            assertThat(normalized.originalSpan(3, 4).of(text)).isEqualTo("𝐥");
        }

        @Test
        @DisplayName("map an empty range to where the next character starts")
        void emptyRange() {
            // Arrange
            NormalizedText normalized = TextNormalizer.normalize("a\u200Bb");

            // Act
            Span middle = normalized.originalSpan(1, 1);
            Span end = normalized.originalSpan(2, 2);

            // Assert
            assertThat(middle).isEqualTo(new Span(2, 2));
            assertThat(end).isEqualTo(new Span(3, 3));
        }
    }
}
