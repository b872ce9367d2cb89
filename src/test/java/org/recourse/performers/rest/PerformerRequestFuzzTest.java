package org.recourse.performers.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.recourse.performers.PerformerRegistration;
import org.recourse.performers.PerformerRules;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.JsonBodies;
import org.recourse.platform.validation.FieldProblem;

/**
 * The performer record reader under fuzzing: any body is read as {@code POST /api/v1/performers} reads it without an
 * exception, every problem can be worded in both languages, and a record is given only when there is no problem, with
 * every value within its bounds and none that looks like a document. Seeds:
 * {@code src/test/resources/org/recourse/performers/rest/PerformerRequestFuzzTestInputs/recordBody/}.
 */
@DisplayName("Performer record reader under fuzzing")
class PerformerRequestFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    private static final Messages FRENCH = Messages.in(Locale.CANADA_FRENCH);

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void recordBody(byte[] input) {
        // Arrange
        JsonBodies.Parsed parsed = JsonBodies.readObject(new ByteArrayInputStream(input),
                PerformersResource.MAX_BODY_BYTES);
        if (parsed.object() == null) {
            assertThat(parsed.error()).isNotBlank();
            return;
        }

        // Act
        PerformerRequestReader reader = new PerformerRequestReader(TODAY);
        PerformerRegistration read = reader.read(parsed.object());

        // Assert
        for (FieldProblem problem : reader.problems()) {
            assertThat(ENGLISH.get(problem.messageKey(), problem.arguments().toArray())).isNotBlank();
            assertThat(FRENCH.get(problem.messageKey(), problem.arguments().toArray())).isNotBlank();
        }
        assertThat(read == null).isEqualTo(!reader.problems().isEmpty());
        if (read != null) {
            assertThat(PerformerRules.isRecordId(read.recordId())).isTrue();
            assertThat(read.consent().scope()).hasSizeBetween(1, PerformerRules.MAX_SCOPE_LINES);
            assertThat(read.content()).hasSizeLessThanOrEqualTo(PerformerRules.MAX_CONTENT_PER_REQUEST);
            assertThat(Stream.concat(Stream.of(read.recordId(), read.verification().by()),
                    read.consent().scope().stream())).noneMatch(PerformerRules::looksLikeDocument)
                    .allMatch(PerformerRules::isPlainLine);
            assertThat(read.verification().on()).isBetween(PerformerRules.EARLIEST, TODAY.plusDays(1));
        }
    }
}
