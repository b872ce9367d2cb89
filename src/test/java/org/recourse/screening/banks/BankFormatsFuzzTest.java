package org.recourse.screening.banks;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.recourse.testing.FuzzInput;

/**
 * Hash lists in every shape ({@link ListFormat}: Recourse's and ThreatExchange's) under fuzzing: any text is read into
 * rows or problems, never an exception; a list with any problem yields no rows at all; every row is canonical, with
 * short texts, and an export of the rows in the format they came in reads back to the same hashes. Seeds:
 * {@code src/test/resources/org/recourse/screening/banks/BankFormatsFuzzTestInputs/anyList/}.
 */
@DisplayName("Hash lists in every format under fuzzing")
class BankFormatsFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void anyList(byte[] input) {
        // Arrange
        String file = FuzzInput.text(input);

        // Act
        BankFormats.Read read = FuzzInput.within(Duration.ofSeconds(2), () -> BankFormats.read(file));

        // Assert
        BankFile.Parsed parsed = read.parsed();
        // Only the vPDQ reference's hash file, which is one video, has no list format.
        if (read.format() == null) {
            assertThat(parsed.rows()).allSatisfy(row -> assertThat(row.type()).isEqualTo(HashType.VPDQ)).hasSizeLessThan(2);
            return;
        }
        if (!parsed.problems().isEmpty()) {
            assertThat(parsed.rows()).as("nothing is imported from a list with problems").isEmpty();
        }
        assertThat(parsed.problems()).allSatisfy(problem -> assertThat(problem.line()).isPositive());
        List<ThreatExchangeFile.Listed> listed = new ArrayList<>();
        for (BankFile.Row row : parsed.rows()) {
            assertThat(row.type().canonical(row.hash())).contains(row.hash());
            assertThat(row.label() == null ? 0 : row.label().length()).isLessThanOrEqualTo(BankEntry.MAX_LABEL);
            assertThat(row.sourceRef() == null ? 0 : row.sourceRef().length()).isLessThanOrEqualTo(100);
            // A video is listed by its frames (as python-threatexchange's signal), never by their digest.
            listed.add(new ThreatExchangeFile.Listed(row.type(), row.type().isVideo()
                    ? VpdqEntries.signal(row.frames()) : row.hash(), row.label(), row.sourceRef(), null));
        }
        if (read.format().threatExchange() && !listed.isEmpty()) {
            List<String> lines = new ArrayList<>();
            BankFormats.write(read.format(), listed, lines::add);
            assertThat(BankFormats.read(String.join("\n", lines)).parsed().rows()).as("exported and read again")
                    .extracting(BankFile.Row::hash).containsExactlyElementsOf(parsed.rows().stream()
                            .map(BankFile.Row::hash).toList());
        }
    }
}
