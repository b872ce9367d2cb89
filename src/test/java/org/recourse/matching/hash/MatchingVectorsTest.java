package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    @DisplayName("needles against the haystack: exactly the reference's 250 pairs within 31")
    void needlesAndHaystack() {
        // Arrange
        List<PdqHash> needles = PdqVectors.hashes("matching/needles.txt");
        List<PdqHash> haystack = PdqVectors.hashes("matching/haystack.txt");
        List<String> expected = MatchingPairs.expected("matching/expected-matches-d31.tsv", needles, haystack);

        // Act
        List<String> found = MatchingPairs.within(needles, haystack, THRESHOLD);

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
        List<String> expected = MatchingPairs.expected("matching/boundary-expected-d31.tsv", needles, haystack);

        // Act
        List<String> found = MatchingPairs.within(needles, haystack, THRESHOLD);

        // Assert
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(found).anyMatch(pair -> pair.endsWith("\t31")).noneMatch(pair -> pair.endsWith("\t32"));
        assertThat(MatchingPairs.within(needles, haystack, 32)).anyMatch(pair -> pair.endsWith("\t32"));
    }
}
