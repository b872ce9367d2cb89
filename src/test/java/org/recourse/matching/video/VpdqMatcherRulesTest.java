package org.recourse.matching.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.matching.hash.PdqHash;
import org.recourse.matching.index.RandomHashes;

/** The two frame rules at their edges: the distance threshold, repeated frames, quality, an empty side. */
@DisplayName("vPDQ matching rules at their edges")
class VpdqMatcherRulesTest {

    private final RandomHashes random = new RandomHashes(13L);
    private final VpdqMatcher reference = VpdqMatcher.reference();
    private final VpdqMatcher python = new VpdqMatcher(VpdqThresholds.PYTHON_THREATEXCHANGE);

    @Test
    @DisplayName("31 bits apart: no match for the C++ rule (< 31), a match for python-threatexchange's (<= 31)")
    void threshold() {
        // Arrange
        PdqHash original = random.next();
        VpdqVideo query = video(List.of(original), 100);
        VpdqVideo at31 = video(List.of(random.flipped(original, 31)), 100);
        VpdqVideo at30 = video(List.of(random.flipped(original, 30)), 100);

        // Act, Assert
        assertThat(reference.match(query, at31).queryPercentText()).isEqualTo("0.00");
        assertThat(python.match(query, at31).queryPercentText()).isEqualTo("100.00");
        assertThat(reference.match(query, at30).isMatch()).isTrue();
    }

    @Test
    @DisplayName("a repeated frame counts each time for the C++ rule, once for python-threatexchange's")
    void repeats() {
        // Arrange: three frames of one hash and one unmatched frame in the query
        PdqHash still = random.next();
        VpdqVideo query = video(List.of(still, still, still, random.next()), 100);
        VpdqVideo target = video(List.of(still), 100);

        // Act
        VpdqMatch cpp = reference.match(query, target);
        VpdqMatch pytx = python.match(query, target);

        // Assert
        assertThat(cpp.queryPercentText()).isEqualTo("75.00");
        assertThat(cpp.isMatch()).isFalse();
        assertThat(pytx.queryPercentText()).isEqualTo("50.00");
    }

    @Test
    @DisplayName("frames under quality 50 are left out; a side with none left is 0 % (C++) or no figure (Python)")
    void quality() {
        // Arrange
        PdqHash hash = random.next();
        VpdqVideo query = video(List.of(hash), 100);
        VpdqVideo flat = video(List.of(hash), 49);

        // Act
        VpdqMatch cpp = reference.match(query, flat);
        VpdqMatch pytx = python.match(query, flat);

        // Assert
        assertThat(cpp.targetKept()).isZero();
        assertThat(cpp.queryPercentText()).isEqualTo("0.00");
        assertThat(cpp.verdict()).isEqualTo(VpdqMatch.Verdict.NO_MATCH);
        assertThat(pytx.queryPercent()).isEmpty();
        assertThat(pytx.targetPercentText()).isEqualTo("NA");
        assertThat(pytx.verdict()).isEqualTo(VpdqMatch.Verdict.NOT_COMPARABLE);
    }

    @Test
    @DisplayName("the verdict needs 80 % of the query; the target side may be anything from 0 %")
    void verdict() {
        // Arrange: 4 of 5 query frames in a target of 100 other frames
        List<PdqHash> frames = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            frames.add(random.next());
        }
        List<PdqHash> target = new ArrayList<>(frames.subList(0, 4));
        for (int i = 0; i < 96; i++) {
            target.add(random.next());
        }

        // Act
        VpdqMatch match = reference.match(video(frames, 100), video(target, 100));

        // Assert
        assertThat(match.queryPercentText()).isEqualTo("80.00");
        assertThat(match.targetPercentText()).isEqualTo("4.00");
        assertThat(match.isMatch()).isTrue();
    }

    private static VpdqVideo video(List<PdqHash> hashes, int quality) {
        List<VpdqFrame> frames = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            frames.add(new VpdqFrame(i, hashes.get(i), quality, i / 25f));
        }
        return new VpdqVideo(frames);
    }
}
