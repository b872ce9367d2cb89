package org.recourse.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The portal's address implied by --port when nobody set it")
class PublicAddressTest {

    private static Properties none() {
        return new Properties();
    }

    @Test
    @DisplayName("--port 9090 alone: http://localhost:9090")
    void impliedByThePort() {
        // Act + Assert
        assertThat(PublicAddress.implied(List.of("--port", "9090"), Map.of(), none()))
                .contains("http://localhost:9090");
        assertThat(PublicAddress.implied(List.of("--nocluster", "--PORT", "8196", "--deploy", "x.war"), Map.of(),
                none())).contains("http://localhost:8196");
    }

    @Test
    @DisplayName("an address set in the environment or as a property is kept; no --port, the configured default")
    void setAddressWins() {
        // Arrange
        Properties property = new Properties();
        property.setProperty("recourse.public-url", "https://recourse.example");

        // Act + Assert
        assertThat(PublicAddress.implied(List.of("--port", "9090"),
                Map.of("RECOURSE_PUBLIC_URL", "https://recourse.example"), none())).isEmpty();
        assertThat(PublicAddress.implied(List.of("--port", "9090"), Map.of(), property)).isEmpty();
        assertThat(PublicAddress.implied(List.of(), Map.of(), none())).isEmpty();
        assertThat(PublicAddress.implied(List.of("--port"), Map.of(), none())).isEmpty();
    }

    @Test
    @DisplayName("a port that is not a port number implies nothing")
    void notAPort() {
        // Act + Assert
        for (String port : List.of("0", "65536", "99999", "80a", "-1", "http://evil.example", "")) {
            assertThat(PublicAddress.implied(List.of("--port", port), Map.of(), none())).as(port).isEmpty();
        }
    }
}
