package org.recourse.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Published series: named, distinct, with words in both languages")
class SeriesTest {

    @Test
    @DisplayName("every series has a distinct name, takes the month as ?1 and ?2, and has a title and text in EN and FR")
    void catalogue() throws Exception {
        // Arrange
        Properties english = bundle("messages.properties");
        Properties french = bundle("messages_fr_CA.properties");

        // Act, Assert
        assertThat(PublishedSeries.ALL).extracting(Series::name).doesNotHaveDuplicates();
        for (Series series : PublishedSeries.ALL) {
            assertThat(series.sql()).as(series.name()).contains("?1").contains("?2");
            for (String part : new String[] {".title", ".text"}) {
                String key = "transparency.series." + series.name() + part;
                assertThat(english.getProperty(key)).as(key).isNotBlank();
                assertThat(french.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @Test
    @DisplayName("a series name is a lower-case identifier (it becomes a column value and an HTML id)")
    void names() {
        assertThatThrownBy(() -> Series.count("Bad Name", "select 1")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Properties bundle(String file) throws Exception {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/org/recourse/i18n", file))) {
            properties.load(reader);
        }
        return properties;
    }
}
