package org.recourse.screening.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The matching vectors: every (needle, haystack) pair within Hamming distance 31 that the reference's {@code mih-query}
 * found, and planted distances around the threshold. Compared here by exhaustive {@link PdqHash#distanceTo}; the
 * index tests run the same files through the indexes.
 */
@DisplayName("Hamming distance against the matching/ vectors")
class MatchingVectorsTest {

    static final int THRESHOLD = 31;

    /** Every pair within the threshold, as "needle line, haystack line, distance" (1-based lines). */
    public static List<String> pairsWithin(List<PdqHash> needles, List<PdqHash> haystack, int threshold) {
        List<String> pairs = new ArrayList<>();
        for (int n = 0; n < needles.size(); n++) {
            for (int h = 0; h < haystack.size(); h++) {
                int distance = needles.get(n).distanceTo(haystack.get(h));
                if (distance <= threshold) {
                    pairs.add(pair(n + 1, h + 1, distance));
                }
            }
        }
        return pairs;
    }

    public static String pair(int needleLine, int haystackLine, int distance) {
        return needleLine + "\t" + haystackLine + "\t" + distance;
    }

    /** The expected pairs of a matching table, in the same form, after checking its hash columns against the lists. */
    public static List<String> expectedPairs(String table, List<PdqHash> needles, List<PdqHash> haystack) {
        List<String> pairs = new ArrayList<>();
        for (Map<String, String> row : PdqVectors.table(table)) {
            int needle = Integer.parseInt(row.get("needle_line"));
            int hay = Integer.parseInt(row.get("haystack_line"));
            assertThat(needles.get(needle - 1).toHex()).isEqualTo(row.get("needle"));
            assertThat(haystack.get(hay - 1).toHex()).isEqualTo(row.get("haystack_hash"));
            pairs.add(pair(needle, hay, Integer.parseInt(row.get("distance"))));
        }
        return pairs;
    }

    @Test
    @DisplayName("needles against the haystack: exactly the reference's 250 pairs within 31")
    void needlesAndHaystack() {
        // Arrange
        List<PdqHash> needles = PdqVectors.hashes("matching/needles.txt");
        List<PdqHash> haystack = PdqVectors.hashes("matching/haystack.txt");
        List<String> expected = expectedPairs("matching/expected-matches-d31.tsv", needles, haystack);

        // Act
        List<String> found = pairsWithin(needles, haystack, THRESHOLD);

        // Assert
        assertThat(expected).hasSize(250);
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    @DisplayName("planted distances: 31 matches, 32 does not (the threshold is inclusive)")
    void boundary() {
        // Arrange
        List<PdqHash> needles = PdqVectors.hashes("matching/boundary-needles.txt");
        List<PdqHash> haystack = PdqVectors.hashes("matching/boundary-haystack.txt");
        List<String> expected = expectedPairs("matching/boundary-expected-d31.tsv", needles, haystack);

        // Act
        List<String> found = pairsWithin(needles, haystack, THRESHOLD);

        // Assert
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(found).anyMatch(pair -> pair.endsWith("\t31")).noneMatch(pair -> pair.endsWith("\t32"));
        assertThat(pairsWithin(needles, haystack, 32)).anyMatch(pair -> pair.endsWith("\t32"));
    }
}
