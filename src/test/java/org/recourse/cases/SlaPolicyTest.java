package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SLA policy")
class SlaPolicyTest {

    private static final Instant RECEIVED = Instant.parse("2025-03-01T22:30:00Z");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "CHILD_SEXUAL_IMAGERY, PT1H",
            "SURVIVOR_PERSONAL_INFORMATION, PT1H",
            "SURVIVOR_CHILDHOOD_IMAGE, PT4H",
            "SURVIVOR_ADULT_IMAGE, PT4H",
            "SURVIVOR_HARASSMENT, PT12H",
            "NON_CONSENSUAL_INTIMATE_IMAGE, PT24H",
            "OTHER_HARMFUL, PT24H"
    })
    @DisplayName("by default gives the windows of the survivors' report")
    void defaults(Category category, Duration window) {
        // Act / Assert
        assertThat(SlaPolicy.DEFAULT.reviewWindow(category, false)).isEqualTo(window);
        assertThat(SlaPolicy.DEFAULT.reviewDue(category, false, RECEIVED)).isEqualTo(RECEIVED.plus(window));
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    @DisplayName("by default reviews every self-report within an hour")
    void selfReportWithinAnHour(Category category) {
        // Act / Assert
        assertThat(SlaPolicy.DEFAULT.reviewWindow(category, true)).isEqualTo(Duration.ofHours(1));
        assertThat(SlaPolicy.DEFAULT.reviewDue(category, true, RECEIVED)).isEqualTo(RECEIVED.plusSeconds(3600));
    }

    @Test
    @DisplayName("a self-report takes the shorter of the two windows")
    void selfReportTakesShorter() {
        // Arrange: a self-report window longer than some categories' windows
        SlaPolicy policy = new SlaPolicy(Map.of(), Duration.ofHours(6));

        // Act / Assert
        assertThat(policy.reviewWindow(Category.CHILD_SEXUAL_IMAGERY, true)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.reviewWindow(Category.SURVIVOR_ADULT_IMAGE, true)).isEqualTo(Duration.ofHours(4));
        assertThat(policy.reviewWindow(Category.SURVIVOR_HARASSMENT, true)).isEqualTo(Duration.ofHours(6));
        assertThat(policy.reviewWindow(Category.OTHER_HARMFUL, true)).isEqualTo(Duration.ofHours(6));
        assertThat(policy.reviewWindow(Category.OTHER_HARMFUL, false)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    @DisplayName("configured windows override the defaults, and only the ones configured")
    void overrides() {
        // Arrange
        Map<Category, Duration> configured = new EnumMap<>(Category.class);
        configured.put(Category.SURVIVOR_HARASSMENT, Duration.ofHours(2));
        configured.put(Category.OTHER_HARMFUL, Duration.ofHours(48));

        // Act
        SlaPolicy policy = new SlaPolicy(configured, Duration.ofMinutes(30));

        // Assert
        assertThat(policy.reviewWindow(Category.SURVIVOR_HARASSMENT, false)).isEqualTo(Duration.ofHours(2));
        assertThat(policy.reviewWindow(Category.OTHER_HARMFUL, false)).isEqualTo(Duration.ofHours(48));
        assertThat(policy.reviewWindow(Category.SURVIVOR_ADULT_IMAGE, false)).isEqualTo(Duration.ofHours(4));
        assertThat(policy.reviewWindow(Category.CHILD_SEXUAL_IMAGERY, true)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    @DisplayName("is not changed by later changes to the map it was given")
    void copiesWindows() {
        // Arrange
        Map<Category, Duration> configured = new HashMap<>();
        configured.put(Category.OTHER_HARMFUL, Duration.ofHours(2));
        SlaPolicy policy = new SlaPolicy(configured, Duration.ofHours(1));

        // Act
        configured.put(Category.OTHER_HARMFUL, Duration.ofHours(100));

        // Assert
        assertThat(policy.reviewWindow(Category.OTHER_HARMFUL, false)).isEqualTo(Duration.ofHours(2));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PT0S", "-PT1H", "-PT0.001S"})
    @DisplayName("refuses a window that is not positive")
    void refusesNonPositiveWindow(Duration window) {
        // Act / Assert
        assertThatThrownBy(() -> new SlaPolicy(Map.of(Category.SURVIVOR_HARASSMENT, window), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PT0S", "-PT1H"})
    @DisplayName("refuses a self-report window that is not positive")
    void refusesNonPositiveSelfReportWindow(Duration window) {
        // Act / Assert
        assertThatThrownBy(() -> new SlaPolicy(Map.of(), window))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
    }

    @Test
    @DisplayName("needs its windows and a category to answer")
    void needsInputs() {
        // Act / Assert
        assertThatThrownBy(() -> new SlaPolicy(null, Duration.ofHours(1))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SlaPolicy(Map.of(), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SlaPolicy.DEFAULT.reviewWindow(null, false))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("category");
    }
}
