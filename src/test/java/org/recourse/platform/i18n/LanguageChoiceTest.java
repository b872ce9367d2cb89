package org.recourse.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Language choice: the switch, the remembered tag and the browser's wish")
class LanguageChoiceTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"fr,fr-CA", "fr-CA,fr-CA", "fr_FR,fr-CA", "FR,fr-CA", "en,en", "en-GB,en"})
    @DisplayName("a tag or a plain language code picks a supported language")
    void fromTag(String tag, String expected) {
        assertThat(Messages.fromTag(tag).toLanguageTag()).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"de", "x", "fr-CA-xxxxxxxxxxxxxxxxxxxxx", "<script>"})
    @DisplayName("anything else picks nothing, so the next source decides")
    void fromTagRefuses(String tag) {
        assertThat(Messages.fromTag(tag)).isNull();
    }

    @Test
    @DisplayName("Accept-Language in French gives Canadian French, anything else English")
    void fromAcceptLanguage() {
        assertThat(Messages.fromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.5")).isEqualTo(Locale.CANADA_FRENCH);
        assertThat(Messages.fromAcceptLanguage("de-DE,de;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.fromAcceptLanguage(null)).isEqualTo(Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "lang=fr|fr", "content=demo-06&lang=en|en", "lang=fr%2DCA|fr-CA", "language=fr|", "|", "lang|''",
            "lang=%zz|"})
    @DisplayName("reads lang from the query string only, and nothing from a malformed one")
    void queryParameter(String query, String expected) {
        assertThat(LanguageFilter.queryParameter(query, "lang")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"|lang=fr", "content=demo-06|content=demo-06&lang=fr",
            "lang=en&content=demo-06|content=demo-06&lang=fr", "lang&x=1|x=1&lang=fr",
            "lang=en&remember=yes&content=demo-06|content=demo-06&lang=fr"})
    @DisplayName("the switch keeps the page's other parameters, replaces the language and drops 'remember'")
    void withLanguage(String query, String expected) {
        assertThat(LanguageSwitch.withLanguage(query, Locale.CANADA_FRENCH)).isEqualTo(expected);
    }
}
