package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per picture of ../shared/pdq-vectors/formats (PNG, JPEG, GIF, BMP, WebP, TIFF in their variants), decoded by
 * {@link ImageDecoder} and hashed, against the C++ reference's hashes in {@code expected.tsv}:
 * <ul>
 * <li>exactly, hash, quality and the seven rotations and mirrors, wherever the reference is exact (every file but
 * those below: ICC profiles, CMYK and YCCK included);</li>
 * <li>lossy WebP within {@link #LOSSY_WEBP_BITS}: the pixels depend on the decoder's VP8 rounding and chroma
 * upsampling, and TwelveMonkeys' differ from libwebp's (measured: 2 bits on the bridge, 4 on the drawing);</li>
 * <li>16-bit files against {@code reduce16.tsv}'s hash of the high bytes, not the reference's: the reference keeps the
 * low byte of every sample, and hashes noise (docs/architecture.md, "16-bit samples").</li>
 * </ul>
 */
@DisplayName("Every picture format hashes like the reference (pdq-vectors/formats)")
class PictureFormatVectorsTest {

    /**
     * A lossy WebP's hash may be this far from the reference's: above the 2 to 4 bits measured, far below the match
     * threshold of 31. The README's own figures for what lossy coding moves are of the same size (2 to 4 bits).
     */
    static final int LOSSY_WEBP_BITS = 6;

    private static final String FORMATS = "formats/";
    private static final Map<String, Map<String, String>> REDUCED = PdqVectors.table(FORMATS + "reduce16.tsv").stream()
            .collect(Collectors.toMap(row -> row.get("file"), Function.identity()));
    private static final Set<String> LOSSY = PdqVectors.table(FORMATS + "details.tsv").stream()
            .filter(row -> row.get("file_format").contains("lossy")).map(row -> row.get("file"))
            .collect(Collectors.toSet());

    static Stream<Named<Map<String, String>>> exact() {
        return rows().filter(row -> !LOSSY.contains(row.get("file")) && !REDUCED.containsKey(row.get("file")))
                .map(row -> Named.of(row.get("file"), row));
    }

    static Stream<Named<Map<String, String>>> lossyWebp() {
        return rows().filter(row -> LOSSY.contains(row.get("file"))).map(row -> Named.of(row.get("file"), row));
    }

    static Stream<Named<Map<String, String>>> sixteenBit() {
        return rows().filter(row -> REDUCED.containsKey(row.get("file"))).map(row -> Named.of(row.get("file"), row));
    }

    private static Stream<Map<String, String>> rows() {
        return PdqVectors.table(FORMATS + "expected.tsv").stream();
    }

    private static DihedralHashes hashes(Map<String, String> row) throws IOException {
        Pixels pixels = ImageDecoder.decode(PdqVectors.file(FORMATS + "images/" + row.get("file")));
        return PdqHasher.withPreResize().dihedral(pixels);
    }

    @Test
    @DisplayName("every picture of formats/ is a case: 59 files, 48 exact, 2 lossy WebP, 9 with 16-bit samples")
    void everyFileIsACase() throws IOException {
        // Arrange
        long files;
        try (Stream<Path> pictures = Files.list(PdqVectors.file(FORMATS + "images"))) {
            files = pictures.filter(Files::isRegularFile).count();
        }

        // Act
        long cases = exact().count() + lossyWebp().count() + sixteenBit().count();

        // Assert
        assertThat(cases).isEqualTo(files).isEqualTo(rows().count()).isEqualTo(59);
        assertThat(exact().count()).isEqualTo(48);
        assertThat(lossyWebp().count()).isEqualTo(2);
        assertThat(sixteenBit().count()).isEqualTo(9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exact")
    @DisplayName("the hash, quality and seven variants equal the reference's exactly")
    void exactlyLikeTheReference(Map<String, String> row) throws IOException {
        // Act
        DihedralHashes hashes = hashes(row);

        // Assert
        assertThat(hashes.quality()).isEqualTo(Integer.parseInt(row.get("quality")));
        assertThat(PdqHasherPixelsTest.hexByVariant(hashes)).isEqualTo(PdqHasherPixelsTest.expectedByVariant(row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lossyWebp")
    @DisplayName("a lossy WebP is within a few bits of the reference, in every variant, with the same quality")
    void lossyWebpWithinAFewBits(Map<String, String> row) throws IOException {
        // Act
        DihedralHashes hashes = hashes(row);

        // Assert
        assertThat(hashes.quality()).isEqualTo(Integer.parseInt(row.get("quality")));
        for (Dihedral variant : Dihedral.values()) {
            PdqHash expected = PdqHash.fromHex(row.get(variant.referenceName()));
            assertThat(hashes.hash(variant).distanceTo(expected)).as(variant.name())
                    .isLessThanOrEqualTo(LOSSY_WEBP_BITS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sixteenBit")
    @DisplayName("16-bit samples hash by their high byte (reduce16.tsv), as far from the reference's noise as measured")
    void sixteenBitByTheHighByte(Map<String, String> row) throws IOException {
        // Arrange
        Map<String, String> reduced = REDUCED.get(row.get("file"));
        PdqHash noise = PdqHash.fromHex(row.get("pdq"));

        // Act
        DihedralHashes hashes = hashes(row);

        // Assert
        assertThat(hashes.original().toHex()).isEqualTo(reduced.get("pdq_hi"));
        assertThat(hashes.quality()).isEqualTo(Integer.parseInt(reduced.get("quality_hi")));
        assertThat(hashes.original().distanceTo(noise)).isEqualTo(Integer.parseInt(reduced.get("d_ref_hi")));
        assertThat(reduced.get("pdq_reference")).isEqualTo(row.get("pdq"));
    }
}
