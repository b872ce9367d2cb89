package org.recourse.matching.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal of a video or of vPDQ text has its words in English and French (the bundle test does not see keys
 * with a hyphen), for the 422 an endpoint will answer.
 */
@DisplayName("Video refusals are worded in English and French")
class VideoMessagesTest {

    static Stream<String> keys() {
        return Stream.concat(Stream.of(VideoRefusedException.Reason.values()).map(VideoRefusedException.Reason::messageKey),
                Stream.of(VpdqTextException.Problem.values()).map(VpdqTextException.Problem::messageKey));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    @DisplayName("the key is in both bundles")
    void worded(String key) throws IOException {
        assertThat(bundle("messages.properties").getProperty(key)).isNotBlank();
        assertThat(bundle("messages_fr_CA.properties").getProperty(key)).isNotBlank();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VideoMessagesTest.class.getResourceAsStream("/org/recourse/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
