package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The names mean what they say: a rotated or mirrored copy of the bridge hashes near the matching variant. */
@DisplayName("Dihedral variants")
class DihedralTest {

    static Stream<Arguments> copies() {
        return Stream.of(Arguments.of("bridge-2-rotate-90.jpg", Dihedral.ROT90),
                Arguments.of("bridge-3-rotate-180.jpg", Dihedral.ROT180),
                Arguments.of("bridge-4-rotate-270.jpg", Dihedral.ROT270),
                Arguments.of("bridge-5-flipx.jpg", Dihedral.FLIPX),
                Arguments.of("bridge-6-flipy.jpg", Dihedral.FLIPY),
                Arguments.of("bridge-7-flip-plus-1.jpg", Dihedral.FLIPPLUS1),
                Arguments.of("bridge-8-flip-minus-1.jpg", Dihedral.FLIPMINUS1));
    }

    @ParameterizedTest(name = "{0} is near {1}")
    @MethodSource("copies")
    @DisplayName("a transformed copy matches the original's variant of that name, and not the original itself")
    void transformedCopyMatchesItsVariant(String file, Dihedral variant) throws IOException {
        // Arrange
        PdqHasher hasher = PdqHasher.withPreResize();
        DihedralHashes original = hasher.dihedral(
                ImageDecoder.decode(PdqVectors.file("images/reg-test-input/dih/bridge-1-original.jpg")));

        // Act
        PdqHash copy = hasher.hashImage(PdqVectors.file("images/reg-test-input/dih/" + file)).hash();

        // Assert
        assertThat(copy.distanceTo(original.hash(variant))).isLessThanOrEqualTo(31);
        assertThat(copy.distanceTo(original.original())).isGreaterThan(31);
    }
}
