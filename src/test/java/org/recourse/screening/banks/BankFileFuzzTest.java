package org.recourse.screening.banks;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.recourse.testing.FuzzInput;

/**
 * Bank file import (CSV and JSON lines) under fuzzing: any file is read into rows or problems, never an exception;
 * a file with any problem yields no rows at all (the import stores all or nothing); every row holds a canonical hash
 * and short texts, and survives an export as JSON lines and a new import unchanged. Seeds:
 * {@code src/test/resources/org/recourse/screening/BankFileFuzzTestInputs/importedFile/}.
 */
@DisplayName("Bank file import under fuzzing")
class BankFileFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void importedFile(byte[] input) {
        // Arrange
        String file = FuzzInput.text(input);

        // Act
        BankFile.Parsed parsed = FuzzInput.within(Duration.ofSeconds(2), () -> BankFile.read(file));

        // Assert
        assertThat(parsed.valid()).isEqualTo(parsed.problems().isEmpty() && !parsed.rows().isEmpty());
        if (!parsed.problems().isEmpty()) {
            assertThat(parsed.rows()).as("nothing is imported from a file with problems").isEmpty();
        }
        assertThat(parsed.problems()).allSatisfy(problem -> assertThat(problem.line()).isPositive());
        for (BankFile.Row row : parsed.rows()) {
            assertThat(row.type().canonical(row.hash())).contains(row.hash());
            assertThat(row.label() == null ? 0 : row.label().length()).isLessThanOrEqualTo(BankEntry.MAX_LABEL);
            assertThat(row.source() == null ? 0 : row.source().length()).isLessThanOrEqualTo(BankEntry.MAX_SOURCE);
            BankFile.Parsed again = BankFile.read(BankFile.jsonLine(row.type(), row.hash(), row.label(), row.source()));
            assertThat(again.rows()).as("exported and imported again").containsExactly(row);
        }
    }
}
