package org.recourse.evidence.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.platform.validation.FieldProblem;

@DisplayName("Legal holds: who may place and release them, what a hold must say, and when it is reminded")
class LegalHoldTest {

    private static final Instant NOW = Instant.parse("2027-05-10T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2027-05-10");
    private static final LegalActor LEGAL = new LegalActor("lena", true);
    private static final LegalActor ADMIN = new LegalActor("root", false);

    private static HoldRequest request(LocalDate reviewOn) {
        return new HoldRequest("Preservation request under 18 U.S.C. 2703(f)", "FBI Field Office Boston",
                "2703f-2027-0042", reviewOn);
    }

    private static LegalHold held() {
        return LegalHold.place(7, request(TODAY.plusDays(30)), LEGAL, NOW);
    }

    @Test
    @DisplayName("a LEGAL user places a hold: reason, requester, reference and review date kept, active at once")
    void place() {
        // Act
        LegalHold hold = held();

        // Assert
        assertThat(hold.isActive()).isTrue();
        assertThat(hold.recordId()).isEqualTo(7);
        assertThat(hold.requester()).isEqualTo("FBI Field Office Boston");
        assertThat(hold.requesterReference()).isEqualTo("2703f-2027-0042");
        assertThat(hold.placedBy()).isEqualTo("lena");
        assertThat(hold.placedAt()).isEqualTo(NOW);
        assertThat(hold.reviewOn()).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    @DisplayName("anyone without the LEGAL role is refused: placing, releasing, reviewing")
    void legalOnly() {
        // Arrange
        LegalHold hold = held();

        // Act / Assert
        assertThatThrownBy(() -> LegalHold.place(7, request(TODAY.plusDays(3)), ADMIN, NOW))
                .isInstanceOf(HoldRefusedException.class).hasMessage("evidence.holds.error.legalOnly");
        assertThatThrownBy(() -> hold.release(ADMIN, "the agency withdrew its request", NOW))
                .hasMessage("evidence.holds.error.legalOnly");
        assertThatThrownBy(() -> hold.reviewAgainOn(TODAY.plusDays(90), ADMIN, NOW))
                .hasMessage("evidence.holds.error.legalOnly");
        assertThatThrownBy(() -> LegalHold.place(7, request(TODAY.plusDays(3)), new LegalActor(" ", true), NOW))
                .hasMessage("evidence.holds.error.legalOnly");
        assertThat(hold.isActive()).isTrue();
    }

    @ParameterizedTest(name = "review on {0}: {1}")
    @CsvSource({
            "2027-05-09, evidence.holds.error.reviewPast",
            "2020-01-01, evidence.holds.error.reviewPast",
            "2037-05-11, evidence.holds.error.reviewFar",
            "9999-12-31, evidence.holds.error.reviewFar"
    })
    @DisplayName("a review date in the past or more than ten years ahead is refused")
    void reviewDates(LocalDate reviewOn, String key) {
        // Act / Assert
        assertThatThrownBy(() -> LegalHold.place(7, request(reviewOn), LEGAL, NOW))
                .isInstanceOf(HoldRefusedException.class).hasMessage(key);
    }

    @Test
    @DisplayName("today and ten years ahead are the bounds of a review date, both accepted")
    void reviewBounds() {
        // Act / Assert
        assertThat(LegalHold.place(7, request(TODAY), LEGAL, NOW).reviewOn()).isEqualTo(TODAY);
        assertThat(LegalHold.place(7, request(TODAY.plusYears(10)), LEGAL, NOW).isActive()).isTrue();
        assertThatThrownBy(() -> LegalHold.place(7, request(null), LEGAL, NOW))
                .hasMessage("evidence.holds.error.reviewMissing");
    }

    @Test
    @DisplayName("every wrong field is named at once: short reason, missing requester, long reference, control bytes")
    void everyProblemAtOnce() {
        // Arrange
        HoldRequest hostile = new HoldRequest("short", " ", "x".repeat(101), TODAY.minusDays(1));
        HoldRequest control = new HoldRequest("a reason\u0000with a NUL byte", "Agency\u001b[2J", "", TODAY);

        // Act
        var problems = hostile.problems(TODAY);
        var controls = control.problems(TODAY);

        // Assert
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("reason", "requester", "requesterReference", "reviewOn");
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly(
                "evidence.holds.error.reason.length", "evidence.holds.error.requester.length",
                "evidence.holds.error.requesterReference.length", "evidence.holds.error.reviewPast");
        assertThat(controls).extracting(FieldProblem::messageKey)
                .containsExactly("evidence.holds.error.control", "evidence.holds.error.control");
        assertThat(new HoldRequest("x".repeat(1001), "ok agency", null, TODAY).problems(TODAY))
                .extracting(FieldProblem::field).containsExactly("reason");
    }

    @Test
    @DisplayName("release: with a written reason, once; a released hold cannot be released or reviewed again")
    void release() {
        // Arrange
        LegalHold hold = held();

        // Act
        assertThatThrownBy(() -> hold.release(LEGAL, "done", NOW)).hasMessage("evidence.holds.error.releaseReason.length");
        assertThat(hold.isActive()).as("a refused release changes nothing").isTrue();
        hold.release(LEGAL, "  Agency confirmed the case is closed  ", NOW.plusSeconds(5));

        // Assert
        assertThat(hold.isActive()).isFalse();
        assertThat(hold.releasedBy()).isEqualTo("lena");
        assertThat(hold.releaseReason()).isEqualTo("Agency confirmed the case is closed");
        assertThat(hold.releasedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThatThrownBy(() -> hold.release(LEGAL, "release it a second time", NOW))
                .hasMessage("evidence.holds.error.released");
        assertThatThrownBy(() -> hold.reviewAgainOn(TODAY.plusDays(5), LEGAL, NOW))
                .hasMessage("evidence.holds.error.released");
    }

    @Test
    @DisplayName("a reminder is due 14 days before the review date, once per date; a new date gets its own")
    void reminders() {
        // Arrange
        LegalHold hold = held();
        Period before = Period.ofDays(14);
        Instant reviewDay = TODAY.plusDays(30).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

        // Act / Assert
        assertThat(hold.reminderDue(reviewDay.minus(Period.ofDays(14)).minusSeconds(1), before)).isFalse();
        assertThat(hold.reminderDue(reviewDay.minus(Period.ofDays(14)), before)).isTrue();
        hold.reminded();
        assertThat(hold.reminderDue(reviewDay, before)).as("once per review date").isFalse();
        hold.reviewAgainOn(TODAY.plusDays(60), LEGAL, reviewDay);
        assertThat(hold.reminderDue(reviewDay, before)).isFalse();
        assertThat(hold.reminderDue(reviewDay.plus(Period.ofDays(17)), before)).as("the new date's own").isTrue();
        hold.release(LEGAL, "Agency confirmed the case is closed", reviewDay);
        assertThat(hold.reminderDue(reviewDay.plus(Period.ofDays(40)), before)).as("released: none").isFalse();
    }

    @Test
    @DisplayName("a hold is overdue once its review date has passed")
    void overdue() {
        // Arrange
        LegalHold hold = LegalHold.place(7, request(TODAY), LEGAL, NOW);

        // Act / Assert
        assertThat(hold.overdue(NOW)).isFalse();
        assertThat(hold.overdue(NOW.plus(Period.ofDays(1)))).isTrue();
    }
}
