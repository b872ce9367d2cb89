package org.recourse.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.platform.web.StubRequest;

@DisplayName("Request language: the page's, else the language filter's choice, else the browser's wish")
class RequestLanguageTest {

    private static Locale outsideAPage(StubRequest request) {
        return RequestLanguage.of(null, request.proxy());
    }

    @Test
    @DisplayName("outside a page, the language is the one the language filter chose, else the browser's wish")
    void languageOutsideAPage() {
        // Arrange
        StubRequest chosen = new StubRequest();
        chosen.attributes.put(Messages.REQUEST_ATTRIBUTE, Locale.CANADA_FRENCH);
        chosen.headers.put("Accept-Language", "en");
        StubRequest unfiltered = new StubRequest();
        unfiltered.headers.put("Accept-Language", "fr-FR,fr;q=0.9");

        // Act
        Locale filtered = outsideAPage(chosen);
        Locale direct = outsideAPage(unfiltered);
        Locale neither = outsideAPage(new StubRequest());

        // Assert
        assertThat(filtered).isEqualTo(Locale.CANADA_FRENCH);
        assertThat(direct).isEqualTo(Locale.CANADA_FRENCH);
        assertThat(neither).isEqualTo(Locale.ENGLISH);
    }

    @Test
    @DisplayName("on a page, the page's language, which a language switch in the same request has changed")
    void languageOfAPage() {
        // Arrange
        StubRequest request = new StubRequest();
        request.attributes.put(Messages.REQUEST_ATTRIBUTE, Locale.ENGLISH);

        // Act
        Locale language = RequestLanguage.of(Locale.CANADA_FRENCH, request.proxy());

        // Assert
        assertThat(language).isEqualTo(Locale.CANADA_FRENCH);
    }
}
