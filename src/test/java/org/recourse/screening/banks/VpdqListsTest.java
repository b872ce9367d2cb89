package org.recourse.screening.banks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Video entries in lists: the vPDQ reference's hash file and Recourse's CSV")
class VpdqListsTest {

    private static final Path BRIDGE = Path.of("..", "shared", "vpdq-vectors", "hashes-r1", "bridge.txt");

    @Test
    @DisplayName("the reference's hash file is one video, its frames kept as written")
    void referenceFile() throws IOException {
        // Arrange
        String text = Files.readString(BRIDGE, StandardCharsets.US_ASCII);

        // Act
        BankFormats.Read read = BankFormats.read(text);

        // Assert
        assertThat(read.parsed().problems()).isEmpty();
        assertThat(read.parsed().rows()).singleElement().satisfies(row -> {
            assertThat(row.type()).isEqualTo(HashType.VPDQ);
            assertThat(row.frames()).isEqualTo(text);
            assertThat(row.hash()).isEqualTo(VpdqEntries.key(text)).hasSize(64);
        });
    }

    @Test
    @DisplayName("a bad line in a reference file is named by its number, and nothing is read")
    void badLine() throws IOException {
        // Arrange
        String[] lines = Files.readString(BRIDGE, StandardCharsets.US_ASCII).split("\n");
        lines[2] = lines[2].replaceFirst(",100,", ",250,");

        // Act
        BankFile.Parsed parsed = BankFormats.read(String.join("\n", lines) + "\n").parsed();

        // Assert
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("quality");
        });
    }

    @Test
    @DisplayName("Recourse's CSV carries a video as its signal string, and a garbage one is named by line")
    void csv() throws IOException {
        // Arrange
        String frames = Files.readString(BRIDGE, StandardCharsets.US_ASCII);
        String csv = BankFile.CSV_HEADER + "\n" + BankFile.csvLine(HashType.VPDQ, VpdqEntries.signal(frames), "clip",
                "partner") + "\n";
        String garbage = BankFile.CSV_HEADER + "\nvpdq,\"[\"\"not, a hash\"\"]\",,\n";

        // Act
        BankFile.Parsed good = BankFormats.read(csv).parsed();
        BankFile.Parsed bad = BankFormats.read(garbage).parsed();

        // Assert
        assertThat(good.rows()).singleElement().satisfies(row -> {
            // The signal string numbers frames by position; hashes, qualities and times are kept.
            assertThat(row.frames().lines().map(l -> l.substring(l.indexOf(',') + 1)).toList())
                    .isEqualTo(frames.lines().map(l -> l.substring(l.indexOf(',') + 1)).toList());
            assertThat(row.label()).isEqualTo("clip");
        });
        assertThat(bad.rows()).isEmpty();
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("vPDQ hash that is not valid");
        });
    }
}
