package org.recourse.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.matching.video.MatchRule;
import org.recourse.matching.video.VpdqThresholds;

@DisplayName("Video matching: the matcher's rule is a setting, Meta's C++ rule by default")
class VideoMatchingTest {

    @Test
    @DisplayName("\"reference\" (the default) and \"python-threatexchange\" name the two rules; anything else stops the start")
    void rules() {
        // Arrange
        VideoMatching byDefault = new VideoMatching();
        byDefault.rule = "reference";

        // Act
        byDefault.configure();

        // Assert
        assertThat(byDefault.rule()).isEqualTo(MatchRule.REFERENCE_CPP);
        assertThat(byDefault.matcher().thresholds()).isEqualTo(VpdqThresholds.REFERENCE);
        assertThat(VideoMatching.thresholds(" Python-ThreatExchange ")).isEqualTo(VpdqThresholds.PYTHON_THREATEXCHANGE);
        assertThatThrownBy(() -> VideoMatching.thresholds("loose")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("recourse.video.match-rule");
    }
}
