package org.recourse.matching.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The frame index over many videos finds exactly what the brute-force matcher finds, on every pair of the vectors'
 * {@code matches-r1.tsv} (the reference's verdicts at one frame a second).
 */
@DisplayName("A frame index over banked videos")
class VideoIndexTest {

    static List<Map<String, String>> pairs() {
        return VpdqVectors.table("matches-r1.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    @DisplayName("gives the reference's verdict on each pair of matches-r1.tsv")
    void referenceVerdicts(Map<String, String> pair) {
        // Arrange
        try (VideoIndex index = new VideoIndex(VpdqMatcher.reference())) {
            index.add(7, video(pair.get("target")));

            // Act
            List<VideoIndex.Hit> hits = index.matches(video(pair.get("query")));

            // Assert
            assertThat(hits.isEmpty()).isEqualTo(!"MATCH".equals(pair.get("verdict")));
            hits.forEach(hit -> assertThat(hit.match().queryPercentText()).isEqualTo(pair.get("query_match_pct")));
        }
    }

    @Test
    @DisplayName("among six bases, a re-encoded copy finds its original only; a removed video is found no more")
    void amongMany() {
        // Arrange
        List<String> bases = List.of("bridge", "cellauto", "gradients", "life", "smptehdbars", "testsrc2");
        try (VideoIndex index = new VideoIndex(VpdqMatcher.reference())) {
            for (int i = 0; i < bases.size(); i++) {
                index.add(i, video(bases.get(i)));
            }

            // Act
            List<VideoIndex.Hit> copy = index.matches(video("bridge-crf40"));
            index.remove(0);
            List<VideoIndex.Hit> afterRemoval = index.matches(video("bridge-w320"));

            // Assert
            assertThat(copy).extracting(VideoIndex.Hit::videoId).containsExactly(0L);
            assertThat(afterRemoval).isEmpty();
            assertThat(index.size()).isEqualTo(5);
        }
    }

    private static VpdqVideo video(String stem) {
        return VpdqText.read(VpdqVectors.text("hashes-r1/" + stem + ".txt"));
    }
}
