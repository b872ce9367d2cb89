package org.recourse.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Messages")
class MessagesTest {

    private final Messages english = Messages.in(Locale.ENGLISH);

    @Nested
    @DisplayName("formatting")
    class Formatting {

        @Test
        @DisplayName("shows an apostrophe as a single apostrophe")
        void apostrophes() {
            // Act
            String lead = english.get("gallery.lead");

            // Assert
            assertThat(lead).contains("platform's content").doesNotContain("''");
        }

        @Test
        @DisplayName("shows an apostrophe in a text that also has a value")
        void apostropheWithArguments() {
            // Act
            String text = english.get("report.error.item.malformed", 3, "it's");

            // Assert
            assertThat(text).isEqualTo("Entry 3 (\"it's\") does not look like a link or a content id. "
                    + "A link starts with https://.");
        }

        @ParameterizedTest(name = "{0} hour(s): {1}")
        @CsvSource({"1, 1 hour", "4, 4 hours", "24, 24 hours"})
        @DisplayName("chooses the singular or plural of hours")
        void hours(long hours, String expected) {
            // Act / Assert
            assertThat(english.get("duration.hours", hours)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} minute(s): {1}")
        @CsvSource({"1, 1 minute", "30, 30 minutes"})
        @DisplayName("chooses the singular or plural of minutes")
        void minutes(int minutes, String expected) {
            // Act / Assert
            assertThat(english.get("duration.minutes", minutes)).isEqualTo(expected);
        }

        @Test
        @DisplayName("counts the problems of a form in words")
        void errorsTitle() {
            // Act / Assert
            assertThat(english.get("report.errors.title", 1)).isEqualTo("Please check one thing before sending:");
            assertThat(english.get("report.errors.title", 3)).isEqualTo("Please check 3 things before sending:");
        }

        @Test
        @DisplayName("writes numbers as the language does")
        void numbers() {
            // Act
            String text = english.get("report.error.details.tooLong", 4000, 1_048_576);

            // Assert
            assertThat(text).isEqualTo(
                    "The details can be up to 4,000 characters, and there are 1,048,576. Please shorten them.");
        }

        @Test
        @DisplayName("takes its values as a list too")
        void listArguments() {
            // Act
            String text = english.get("report.error.items.tooMany", List.<Object>of(20, 21));

            // Assert
            assertThat(text).startsWith("You can report up to 20 links at once, and there are 21.");
        }

        @Test
        @DisplayName("never formats a value as a pattern")
        void valueIsNotPattern() {
            // Act
            String text = english.get("report.error.category.unknown", "{0}'{1}");

            // Assert
            assertThat(text).startsWith("\"{0}'{1}\" is not one of the choices");
        }

        @Test
        @DisplayName("a missing key is an error that names the key")
        void missingKey() {
            // Act / Assert
            assertThatThrownBy(() -> english.get("no.such.key"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no.such.key");
        }
    }

    @Nested
    @DisplayName("choosing a language")
    class ChoosingLanguage {

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "garbage", "!!!", "en;q=abc", "de", "*", "zz-ZZ", "fr;q=0"})
        @DisplayName("answers in English when nothing supported is asked for, or the header is garbage")
        void defaultLanguage(String header) {
            // Act / Assert
            assertThat(Messages.fromAcceptLanguage(header)).isEqualTo(Locale.ENGLISH);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"en", "en-GB", "EN-us", "en;q=0.9,fr-CA;q=0.5", "de;q=1, en-AU;q=0.2"})
        @DisplayName("finds English among the languages asked for")
        void english(String header) {
            // Act / Assert
            assertThat(Messages.fromAcceptLanguage(header)).isEqualTo(Locale.ENGLISH);
        }

        @Test
        @DisplayName("a hostile header of many subtags is answered at once, not after seconds of matching")
        void hostileHeader() {
            // Arrange: one range of 4,000 subtags kept Locale.lookup busy for about 6 s
            String header = "x-".repeat(4_000) + "en";

            // Act
            Locale chosen = assertTimeout(Duration.ofSeconds(1), () -> Messages.fromAcceptLanguage(header));

            // Assert
            assertThat(chosen).isEqualTo(Locale.ENGLISH);
        }

        @Test
        @DisplayName("a long list of languages is read by its first ones")
        void longList() {
            // Arrange
            String header = "en-GB,en;q=0.9," + "de;q=0.1,".repeat(1_000) + "fr;q=0.05";

            // Act
            Locale chosen = assertTimeout(Duration.ofSeconds(1), () -> Messages.fromAcceptLanguage(header));

            // Assert
            assertThat(chosen).isEqualTo(Locale.ENGLISH);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"fr-CA,fr;q=0.9", "fr", "fr-FR,en;q=0.5", "de;q=1, fr-BE;q=0.8, en;q=0.2"})
        @DisplayName("finds French, of any region, before a less wanted English")
        void french(String header) {
            // Act / Assert
            assertThat(Messages.fromAcceptLanguage(header)).isEqualTo(Locale.CANADA_FRENCH);
        }

        @Test
        @DisplayName("a language variant falls back to the supported one of its language, else to the default")
        void bestSupported() {
            // Act / Assert
            assertThat(Messages.bestSupported(Locale.UK)).isEqualTo(Locale.ENGLISH);
            assertThat(Messages.bestSupported(Locale.FRENCH)).isEqualTo(Locale.CANADA_FRENCH);
            assertThat(Messages.bestSupported(Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
            assertThat(Messages.bestSupported(null)).isEqualTo(Locale.ENGLISH);
            assertThat(Messages.in(Locale.FRANCE).locale()).isEqualTo(Locale.CANADA_FRENCH);
            assertThat(Messages.in(Locale.GERMANY).locale()).isEqualTo(Locale.ENGLISH);
            assertThat(Messages.in(Locale.CANADA_FRENCH).get("app.name")).isEqualTo("Recourse");
        }

        @Test
        @DisplayName("English is the first supported language")
        void supported() {
            // Act / Assert
            assertThat(Messages.SUPPORTED).first().isEqualTo(Locale.ENGLISH);
        }
    }
}
