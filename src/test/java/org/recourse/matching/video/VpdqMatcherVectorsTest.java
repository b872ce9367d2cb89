package org.recourse.matching.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@code matches.tsv} (every frame) and {@code matches-r1.tsv} (one a second), from the reference's hash
 * files: the C++ matcher's two percentage strings, the counts behind them and the verdict; and python-threatexchange's
 * percentages and verdict under {@link MatchRule#PYTHON_THREATEXCHANGE}.
 */
@DisplayName("vPDQ matching against the reference matcher's tables")
class VpdqMatcherVectorsTest {

    private static final Map<String, VpdqVideo> READ = new HashMap<>();

    static Stream<Arguments> pairs() {
        return Stream.of("matches.tsv", "matches-r1.tsv").flatMap(table -> VpdqVectors.table(table).stream()
                .map(row -> Arguments.of(table, row.get("query") + " / " + row.get("target"), row)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("pairs")
    @DisplayName("the C++ rule: the reference's percentages, counts and verdict")
    void referenceRule(String table, String pair, Map<String, String> row) {
        // Arrange
        VpdqVideo query = hashes(table, row.get("query"));
        VpdqVideo target = hashes(table, row.get("target"));

        // Act
        VpdqMatch match = VpdqMatcher.reference().match(query, target);

        // Assert
        assertThat(query.size()).isEqualTo(Integer.parseInt(row.get("query_frames")));
        assertThat(target.size()).isEqualTo(Integer.parseInt(row.get("target_frames")));
        assertThat(match.queryPercentText()).isEqualTo(row.get("query_match_pct"));
        assertThat(match.targetPercentText()).isEqualTo(row.get("target_match_pct"));
        assertThat(match.verdict().name()).isEqualTo(row.get("verdict"));
        assertThat(match.queryKept()).isEqualTo(Integer.parseInt(row.get("query_frames_q50")));
        assertThat(match.queryMatched()).isEqualTo(Integer.parseInt(row.get("query_frames_matched")));
        assertThat(match.targetKept()).isEqualTo(Integer.parseInt(row.get("target_frames_q50")));
        assertThat(match.targetMatched()).isEqualTo(Integer.parseInt(row.get("target_frames_matched")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("pairs")
    @DisplayName("python-threatexchange's rule: de-duplicated, 31 inclusive")
    void pythonRule(String table, String pair, Map<String, String> row) {
        // Arrange
        VpdqMatcher python = new VpdqMatcher(VpdqThresholds.PYTHON_THREATEXCHANGE);

        // Act
        VpdqMatch match = python.match(hashes(table, row.get("query")), hashes(table, row.get("target")));

        // Assert
        assertThat(match.queryPercentText()).isEqualTo(row.get("pytx_query_match_pct"));
        assertThat(match.targetPercentText()).isEqualTo(row.get("pytx_target_match_pct"));
        String verdict = match.verdict() == VpdqMatch.Verdict.NOT_COMPARABLE ? "NA" : match.verdict().name();
        assertThat(verdict).isEqualTo(row.get("pytx_verdict"));
    }

    private static VpdqVideo hashes(String table, String stem) {
        String folder = table.equals("matches.tsv") ? "hashes/" : "hashes-r1/";
        synchronized (READ) {
            return READ.computeIfAbsent(folder + stem, file -> VpdqText.read(VpdqVectors.text(file + ".txt")));
        }
    }
}
