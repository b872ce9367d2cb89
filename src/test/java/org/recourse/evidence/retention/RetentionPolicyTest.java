package org.recourse.evidence.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Retention policy: a record is purged only when every applicable clock has started and run out")
class RetentionPolicyTest {

    private static final Instant REPORTED = Instant.parse("2027-03-01T10:00:00Z");
    private static final Instant NOTIFIED = Instant.parse("2027-03-05T08:00:00Z");
    private static final Instant US_ENDS = Instant.parse("2028-03-01T10:00:00Z");
    private static final Instant CA_ENDS = Instant.parse("2027-03-26T08:00:00Z");

    private static EnumSet<Jurisdiction> jurisdictions(String codes) {
        return codes.equals("NONE") ? EnumSet.noneOf(Jurisdiction.class)
                : RetentionSettings.jurisdictions(codes.replace(' ', ','));
    }

    private static List<StartedClock> clocks(RetentionPolicy policy, String started) {
        List<StartedClock> clocks = new ArrayList<>();
        if (started.contains("US")) {
            clocks.add(new StartedClock(Jurisdiction.US, REPORTED, policy.purgeAfter(Jurisdiction.US, REPORTED)));
        }
        if (started.contains("CA")) {
            clocks.add(new StartedClock(Jurisdiction.CA, NOTIFIED, policy.purgeAfter(Jurisdiction.CA, NOTIFIED)));
        }
        return clocks;
    }

    @ParameterizedTest(name = "laws {0}, clocks started {1}: purge after {2}")
    @CsvSource({
            "US,    none,  ",
            "US,    US,    2028-03-01T10:00:00Z",
            "US,    CA,    ",
            "US,    US CA, 2028-03-01T10:00:00Z",
            "CA,    none,  ",
            "CA,    US,    ",
            "CA,    CA,    2027-03-26T08:00:00Z",
            "CA,    US CA, 2027-03-26T08:00:00Z",
            "US CA, none,  ",
            "US CA, US,    ",
            "US CA, CA,    ",
            "US CA, US CA, 2028-03-01T10:00:00Z",
            "NONE,  none,  ",
            "NONE,  US,    ",
            "NONE,  CA,    ",
            "NONE,  US CA, "
    })
    @DisplayName("every combination of applicable laws and started clocks")
    void everyCombination(String laws, String started, Instant expected) {
        // Arrange
        RetentionPolicy policy = new RetentionPolicy(jurisdictions(laws), Map.of(), Map.of());
        List<StartedClock> clocks = clocks(policy, started);

        // Act
        RetentionStatus before = policy.status(clocks, 0, REPORTED.plusSeconds(60));
        RetentionStatus after = policy.status(clocks, 0, Instant.parse("2030-01-01T00:00:00Z"));

        // Assert
        assertThat(policy.purgeAfter(clocks)).as("purge after").isEqualTo(java.util.Optional.ofNullable(expected));
        if (expected == null) {
            assertThat(after.state()).as("never due: a person decides").isEqualTo(RetentionStatus.State.KEPT);
        } else {
            assertThat(before.state()).isEqualTo(RetentionStatus.State.RUNNING);
            assertThat(after.state()).isEqualTo(RetentionStatus.State.PURGE_DUE);
            assertThat(after.waitingFor()).isEmpty();
        }
    }

    @Test
    @DisplayName("due at the very instant the last clock runs out, not a second before")
    void dueOnTheDot() {
        // Arrange
        RetentionPolicy policy = new RetentionPolicy(EnumSet.of(Jurisdiction.US, Jurisdiction.CA), Map.of(), Map.of());
        List<StartedClock> clocks = clocks(policy, "US CA");

        // Act / Assert
        assertThat(policy.status(clocks, 0, US_ENDS.minusSeconds(1)).state()).isEqualTo(RetentionStatus.State.RUNNING);
        assertThat(policy.status(clocks, 0, US_ENDS.minus(Period.ofDays(1))).purgeDue()).isFalse();
        assertThat(policy.status(clocks, 0, US_ENDS).state()).isEqualTo(RetentionStatus.State.PURGE_DUE);
        assertThat(policy.status(clocks, 0, CA_ENDS).state()).as("Canada's clock alone is not enough")
                .isEqualTo(RetentionStatus.State.RUNNING);
    }

    @Test
    @DisplayName("a record waiting for a clock says which, and a hold outranks every clock")
    void waitingAndHeld() {
        // Arrange
        RetentionPolicy policy = new RetentionPolicy(EnumSet.of(Jurisdiction.US, Jurisdiction.CA), Map.of(), Map.of());
        List<StartedClock> usOnly = clocks(policy, "US");
        List<StartedClock> both = clocks(policy, "US CA");

        // Act
        RetentionStatus waiting = policy.status(usOnly, 0, US_ENDS.plusSeconds(1));
        RetentionStatus held = policy.status(both, 2, US_ENDS.plusSeconds(1));

        // Assert
        assertThat(waiting.state()).isEqualTo(RetentionStatus.State.KEPT);
        assertThat(waiting.waitingFor()).containsExactly(Jurisdiction.CA);
        assertThat(held.state()).isEqualTo(RetentionStatus.State.HELD);
        assertThat(held.purgeDue()).isFalse();
        assertThat(held.holds()).isEqualTo(2);
        assertThat(held.purgeAfter()).isEqualTo(US_ENDS);
        assertThat(RetentionStatuses.words(waiting, org.recourse.platform.i18n.Messages.in(java.util.Locale.ENGLISH)))
                .contains("the retention clock of Canada has not started");
        assertThat(RetentionStatuses.words(waiting,
                org.recourse.platform.i18n.Messages.in(java.util.Locale.CANADA_FRENCH)))
                .as("the jurisdiction in words, never its code").contains("le délai de conservation du Canada")
                .doesNotContain(" CA ");
    }

    @Test
    @DisplayName("a second report starts a new period: the latest clock of a jurisdiction counts")
    void secondReport() {
        // Arrange
        RetentionPolicy policy = RetentionPolicy.DEFAULT;
        Instant again = Instant.parse("2027-09-01T00:00:00Z");
        List<StartedClock> clocks = List.of(
                new StartedClock(Jurisdiction.US, REPORTED, policy.purgeAfter(Jurisdiction.US, REPORTED)),
                new StartedClock(Jurisdiction.US, again, policy.purgeAfter(Jurisdiction.US, again)));

        // Act / Assert
        assertThat(policy.purgeAfter(clocks)).contains(Instant.parse("2028-09-01T00:00:00Z"));
    }

    @Test
    @DisplayName("a period made longer applies to clocks already running; one made shorter never cuts them")
    void changedPeriods() {
        // Arrange
        StartedClock startedUnderAYear = new StartedClock(Jurisdiction.US, REPORTED, US_ENDS);
        RetentionPolicy longer = new RetentionPolicy(EnumSet.of(Jurisdiction.US),
                Map.of(Jurisdiction.US, Period.ofYears(2)), Map.of());
        StartedClock startedUnderTwoYears = new StartedClock(Jurisdiction.US, REPORTED,
                Instant.parse("2029-03-01T10:00:00Z"));

        // Act / Assert
        assertThat(longer.purgeAfter(List.of(startedUnderAYear))).contains(Instant.parse("2029-03-01T10:00:00Z"));
        assertThat(RetentionPolicy.DEFAULT.purgeAfter(List.of(startedUnderTwoYears)))
                .contains(Instant.parse("2029-03-01T10:00:00Z"));
    }

    @Test
    @DisplayName("a year is a calendar year from the report, in UTC, leap day included")
    void calendarYear() {
        // Act / Assert
        assertThat(RetentionPolicy.DEFAULT.purgeAfter(Jurisdiction.US, Instant.parse("2028-02-29T12:00:00Z")))
                .isEqualTo(Instant.parse("2029-02-28T12:00:00Z"));
        assertThat(RetentionPolicy.DEFAULT.purgeAfter(Jurisdiction.CA, NOTIFIED)).isEqualTo(CA_ENDS);
    }

    @ParameterizedTest(name = "{0} at least {1}: {2}")
    @CsvSource({
            "P1Y,   P1Y,  true",
            "P12M,  P1Y,  true",
            "P366D, P1Y,  true",
            "P365D, P1Y,  false",
            "P11M,  P1Y,  false",
            "P2Y,   P1Y,  true",
            "P21D,  P21D, true",
            "P3W,   P21D, true",
            "P1M,   P21D, true",
            "P20D,  P21D, false",
            "P1Y,   P21D, true"
    })
    @DisplayName("a period is compared with the statute whatever the calendar")
    void atLeast(String period, String minimum, boolean expected) {
        // Act / Assert
        assertThat(RetentionPolicy.atLeast(Period.parse(period), Period.parse(minimum))).isEqualTo(expected);
    }

    @Test
    @DisplayName("a period shorter than the statute is refused, naming the setting and the statute")
    void weakerRefused() {
        // Act / Assert
        assertThatThrownBy(() -> new RetentionPolicy(EnumSet.of(Jurisdiction.US),
                Map.of(Jurisdiction.US, Period.ofDays(90)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recourse.retention.us=P90D")
                .hasMessageContaining("18 U.S.C. 2258A(h)")
                .hasMessageContaining("below-statute");
        assertThatThrownBy(() -> new RetentionPolicy(EnumSet.of(Jurisdiction.CA),
                Map.of(Jurisdiction.CA, Period.ofDays(20)), Map.of(Jurisdiction.CA, "   ")))
                .as("a blank reason is no reason").hasMessageContaining("recourse.retention.ca=P20D");
        assertThatThrownBy(() -> new RetentionPolicy(EnumSet.of(Jurisdiction.CA),
                Map.of(Jurisdiction.CA, Period.ZERO), Map.of(Jurisdiction.CA, "we mean it, really")))
                .as("zero is never a period").hasMessageContaining("positive");
    }

    @Test
    @DisplayName("a period shorter than the statute is accepted only with a written reason")
    void weakerWithReason() {
        // Act
        RetentionPolicy policy = new RetentionPolicy(EnumSet.of(Jurisdiction.CA),
                Map.of(Jurisdiction.CA, Period.ofDays(7)), Map.of(Jurisdiction.CA, "test installation, no real data"));

        // Assert
        assertThat(policy.period(Jurisdiction.CA)).isEqualTo(Period.ofDays(7));
    }

    @ParameterizedTest(name = "laws {0}, clocks {1}, holds {2}, {3} days after the report: {4}")
    @CsvSource({
            "US,    none,  0, 0,   ",
            "NONE,  US,    0, 0,   ",
            "US,    US,    0, 0,   evidence.holds.error.clockRunning",
            "US,    US,    0, 366, ",
            "US,    US,    1, 366, evidence.holds.error.heldNoShred",
            "US,    none,  1, 0,   evidence.holds.error.heldNoShred",
            "US,    CA,    0, 0,   ",
            "US CA, US,    0, 0,   evidence.holds.error.clockRunning",
            "US CA, CA,    0, 30,  "
    })
    @DisplayName("shredding by hand: refused while held or while an applicable clock runs, allowed otherwise")
    void handShred(String laws, String started, int holds, int days, String refusal) {
        // Arrange
        RetentionPolicy policy = new RetentionPolicy(jurisdictions(laws), Map.of(), Map.of());

        // Act
        var answer = policy.handShredRefusal(clocks(policy, started), holds, REPORTED.plus(Period.ofDays(days)));

        // Assert
        assertThat(answer).isEqualTo(java.util.Optional.ofNullable(refusal));
    }
}
