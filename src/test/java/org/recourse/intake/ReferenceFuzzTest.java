package org.recourse.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.recourse.testing.FuzzInput;

/**
 * Reference parsing under fuzzing (the status page, the API's {@code /api/v1/reports/{reference}}, the receipt
 * download): whatever is typed is read as a reference or refused with {@link InvalidReferenceException}, nothing else;
 * and a reference read is one that reads back the same from both its written forms. Seeds:
 * {@code src/test/resources/org/recourse/intake/ReferenceFuzzTestInputs/typedReference/}.
 */
@DisplayName("Reference parsing under fuzzing")
class ReferenceFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @Timeout(5)
    void typedReference(byte[] input) {
        // Arrange
        String typed = FuzzInput.text(input);

        // Act
        Reference reference;
        try {
            reference = Reference.parse(typed);
        } catch (InvalidReferenceException refused) {
            // Assert: refused for a reason the page can word
            assertThat(refused.reason()).isNotNull();
            return;
        }

        // Assert
        assertThat(reference.compact()).matches("[0-9A-HJKMNP-TV-Z]{16}");
        assertThat(reference.display()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(Reference.parse(reference.display())).isEqualTo(reference);
        assertThat(Reference.parse(reference.compact())).isEqualTo(reference);
    }
}
