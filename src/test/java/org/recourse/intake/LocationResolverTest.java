package org.recourse.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Location resolver: normalising a web address")
class LocationResolverTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "https://platform.example/media/pic-1             | https://platform.example/media/pic-1",
            "HTTPS://Platform.EXAMPLE/media/pic-1             | https://platform.example/media/pic-1",
            "https://platform.example:443/media/pic-1         | https://platform.example/media/pic-1",
            "http://platform.example:80/media/pic-1           | http://platform.example/media/pic-1",
            "http://platform.example:8080/media/pic-1         | http://platform.example:8080/media/pic-1",
            "https://platform.example:80/media/pic-1          | https://platform.example:80/media/pic-1",
            "http://platform.example:443/media/pic-1          | http://platform.example:443/media/pic-1",
            "https://platform.example/media/pic-1#comments    | https://platform.example/media/pic-1",
            "https://platform.example/media/pic-1?size=l      | https://platform.example/media/pic-1?size=l",
            "https://platform.example/media/pic-1?a=1&b=2#top | https://platform.example/media/pic-1?a=1&b=2",
            "https://platform.example                         | https://platform.example/",
            "https://platform.example?q=1                     | https://platform.example/?q=1",
            "https://platform.example/Media/Pic-1             | https://platform.example/Media/Pic-1",
            "https://platform.example/a%20b?q=%C3%A9          | https://platform.example/a%20b?q=%C3%A9",
            "https://user@Platform.example/x                  | https://user@platform.example/x"
    })
    @DisplayName("lower-cases scheme and host, drops default ports and the fragment, keeps path and query")
    void normalise(String typed, String normalised) {
        // Act / Assert
        assertThat(LocationResolver.normalise(typed)).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "HTTPS://PLATFORM.EXAMPLE:443/media/pic-1#x",
            "https://platform.example/media/pic-1",
            "https://platform.example:443/media/pic-1?#"
    })
    @DisplayName("is idempotent")
    void idempotent(String typed) {
        // Arrange
        String once = LocationResolver.normalise(typed);

        // Act
        String twice = LocationResolver.normalise(once);

        // Assert
        assertThat(twice).isEqualTo(once);
    }
}
