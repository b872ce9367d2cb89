package org.recourse.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.matching.hash.MatchingPairs;
import org.recourse.matching.hash.PdqHash;
import org.recourse.matching.hash.PdqVectors;

/** The reference's matching vectors through every index: the haystack stored, each needle a query. */
@DisplayName("PDQ indexes against the matching/ vectors")
class IndexMatchingVectorsTest {

    static Stream<Named<PdqIndex>> indexes() {
        return Stream.of(Named.of("multi-index hashing", new MultiIndexHashIndex()),
                Named.of("static multi-index", new StaticMultiIndex()),
                Named.of("static multi-index, rebuilt as it grows", foldingAsItGrows()),
                Named.of("brute force", new BruteForceIndex()));
    }

    /**
     * Folds the delta into the tables, on the adding thread, whenever it holds as many entries as the tables: the
     * vectors are then found partly through the tables and partly through the delta.
     */
    static StaticMultiIndex foldingAsItGrows() {
        return new StaticMultiIndex(PdqIndex.DEFAULT_THRESHOLD, 0, new RebuildPolicy(1, 1, 1));
    }

    /** Stores the haystack under its 1-based line numbers and returns every needle's matches as table rows. */
    private static List<String> matches(PdqIndex index, String needlesFile, String haystackFile) {
        List<PdqHash> haystack = PdqVectors.hashes(haystackFile);
        for (int line = 1; line <= haystack.size(); line++) {
            index.add(line, haystack.get(line - 1));
        }
        List<PdqHash> needles = PdqVectors.hashes(needlesFile);
        List<String> pairs = new ArrayList<>();
        for (int line = 1; line <= needles.size(); line++) {
            for (PdqMatch match : index.allWithin(needles.get(line - 1))) {
                pairs.add(MatchingPairs.pair(line, (int) match.id(), match.distance()));
            }
        }
        return pairs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indexes")
    @DisplayName("needles against the haystack give exactly the reference's 250 pairs")
    void needlesAndHaystack(PdqIndex index) {
        // Arrange
        List<String> expected = MatchingPairs.expected("matching/expected-matches-d31.tsv",
                PdqVectors.hashes("matching/needles.txt"), PdqVectors.hashes("matching/haystack.txt"));

        // Act
        List<String> found = matches(index, "matching/needles.txt", "matching/haystack.txt");

        // Assert
        assertThat(found).hasSize(250).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indexes")
    @DisplayName("the planted boundary distances give exactly the expected pairs: 31 in, 32 out")
    void boundary(PdqIndex index) {
        // Arrange
        List<String> expected = MatchingPairs.expected("matching/boundary-expected-d31.tsv",
                PdqVectors.hashes("matching/boundary-needles.txt"), PdqVectors.hashes("matching/boundary-haystack.txt"));

        // Act
        List<String> found = matches(index, "matching/boundary-needles.txt", "matching/boundary-haystack.txt");

        // Assert
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }
}
