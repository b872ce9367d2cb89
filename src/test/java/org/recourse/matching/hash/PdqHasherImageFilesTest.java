package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: decode the image files with ImageIO, pre-resize, hash; against the reference tool (expected.tsv) and
 * against full-resolution hashes of the reference's decoded pixels (expected-noresize.tsv).
 *
 * <p>The vectors' README reports ImageIO 14 bits off on CMYK.jpg, L.png and LA.png. {@link ImageDecoder} reads grey
 * and CMYK samples from the raster instead of through Java's colour conversion, so those three are exact here too.
 * The one decoder difference left is the JDK's JPEG decoder on {@code wee.jpg}: over half its samples differ by up to
 * 15, the plain hash still comes out the same, two of the dihedral hashes differ by 2 bits.
 */
@DisplayName("PdqHasher end to end from the image files with ImageIO")
class PdqHasherImageFilesTest {

    /** Decoded by the JDK to different pixels than by the reference's libjpeg-turbo. */
    private static final Set<String> DECODER_DIFFERS = Set.of("misc-images/wee.jpg");
    /** Hashed by the reference but not shipped here (WebP files are covered by the formats/ vectors instead). */
    private static final Set<String> KNOWN_UNDECODABLE_NOT_SHIPPED = Set.of("misc-images/modes/F.webp",
            "misc-images/modes/HSV.webp", "misc-images/modes/I.webp", "misc-images/modes/LAB.webp",
            "misc-images/modes/PA.webp");
    /** Upstream's criterion for a port with its own decoder: within 10 bits wherever the quality is 80 or more. */
    private static final int UPSTREAM_TOLERANCE = 10;

    static Stream<Named<Map<String, String>>> shipped() {
        return PdqVectors.table("expected.tsv").stream().map(row -> Named.of(row.get("file"), row));
    }

    static Stream<Named<Map<String, String>>> shippedAtFullResolution() {
        Set<String> files = shipped().map(named -> named.getPayload().get("file")).collect(Collectors.toSet());
        return PdqVectors.table("expected-noresize.tsv").stream().filter(row -> files.contains(row.get("file")))
                .map(row -> Named.of(row.get("file"), row));
    }

    private static Pixels decode(Map<String, String> row) throws IOException {
        return ImageDecoder.decode(PdqVectors.file("images/" + row.get("file")));
    }

    @Test
    @DisplayName("every shipped image is tested: 38 files, none of them unreadable by ImageIO")
    void everyShippedImageIsTested() throws IOException {
        // Arrange
        long shippedFiles;
        try (Stream<java.nio.file.Path> files = Files.walk(PdqVectors.file("images"))) {
            shippedFiles = files.filter(Files::isRegularFile).count();
        }

        // Act
        long rows = shipped().count();

        // Assert
        assertThat(rows).isEqualTo(shippedFiles).isEqualTo(38);
        assertThat(shippedAtFullResolution().count()).isEqualTo(38);
    }

    @Test
    @DisplayName("the five WebP files the reference hashed are not shipped here (formats/ has WebP vectors)")
    void undecodableFilesAreKnown() {
        // Arrange
        Set<String> hashedByReference = PdqVectors.table("expected-noresize.tsv").stream().map(row -> row.get("file"))
                .collect(Collectors.toSet());

        // Act
        Set<String> webp = hashedByReference.stream().filter(file -> file.endsWith(".webp")).collect(Collectors.toSet());

        // Assert
        assertThat(webp).isEqualTo(KNOWN_UNDECODABLE_NOT_SHIPPED);
        assertThat(webp).noneMatch(file -> Files.exists(PdqVectors.file("images/" + file)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    @DisplayName("the hash and quality with the 512 pre-resize equal the reference tool's exactly")
    void hashWithPreResize(Map<String, String> row) throws IOException {
        // Arrange
        Pixels pixels = decode(row);

        // Act
        PdqResult result = PdqHasher.withPreResize().hash(pixels);

        // Assert
        assertThat(result.hash().toHex()).isEqualTo(row.get("pdq"));
        assertThat(result.quality()).isEqualTo(Integer.parseInt(row.get("quality")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedAtFullResolution")
    @DisplayName("decoded size and channels, hash and quality at full resolution are exact")
    void hashWithoutPreResize(Map<String, String> row) throws IOException {
        // Arrange
        Pixels pixels = decode(row);

        // Act
        PdqResult result = PdqHasher.withoutPreResize().hash(pixels);

        // Assert
        assertThat(pixels.width()).isEqualTo(Integer.parseInt(row.get("decoded_width")));
        assertThat(pixels.height()).isEqualTo(Integer.parseInt(row.get("decoded_height")));
        assertThat(pixels.channels()).isEqualTo(Integer.parseInt(row.get("decoded_channels")));
        assertThat(result.hash().toHex()).isEqualTo(row.get("pdq_noresize"));
        assertThat(result.quality()).isEqualTo(Integer.parseInt(row.get("quality_noresize")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    @DisplayName("the dihedral hashes are exact, or within upstream's 10 bits where the JDK decodes differently")
    void dihedralHashes(Map<String, String> row) throws IOException {
        // Arrange
        Pixels pixels = decode(row);

        // Act
        DihedralHashes hashes = PdqHasher.withPreResize().dihedral(pixels);

        // Assert
        if (!DECODER_DIFFERS.contains(row.get("file"))) {
            assertThat(PdqHasherPixelsTest.hexByVariant(hashes)).isEqualTo(PdqHasherPixelsTest.expectedByVariant(row));
            return;
        }
        assertThat(hashes.quality()).isGreaterThanOrEqualTo(80);
        for (Dihedral variant : Dihedral.values()) {
            PdqHash expected = PdqHash.fromHex(row.get(variant.referenceName()));
            assertThat(hashes.hash(variant).distanceTo(expected)).as(variant.name()).isLessThanOrEqualTo(UPSTREAM_TOLERANCE);
        }
    }

    @Test
    @DisplayName("bytes that are no picture are refused with a clear exception; a WebP cut after its header, as damaged")
    void unknownFormatIsRefused() {
        // Arrange
        byte[] text = "not a picture at all".getBytes(StandardCharsets.US_ASCII);
        byte[] webpHeader = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);

        // Act, Assert
        assertThatThrownBy(() -> PdqHasher.withPreResize().hashImage(text))
                .isInstanceOf(UnsupportedImageException.class)
                .hasMessageContaining("not a JPEG, PNG, GIF, BMP, WebP or TIFF picture");
        assertThatThrownBy(() -> PdqHasher.withPreResize().hashImage(webpHeader))
                .isInstanceOfSatisfying(ImageRefusedException.class, refused -> {
                    assertThat(refused.limit()).isEqualTo(ImageRefusedException.Limit.DAMAGED);
                    assertThat(refused.arguments()).containsExactly("WebP");
                });
    }
}
