package org.recourse.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.cases.CaseBuilder.aCase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.appeals.AppealSla.Stage;
import org.recourse.cases.Case;
import org.recourse.cases.CaseBuilder;
import org.recourse.cases.Decision;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.ReasonCode;
import org.recourse.cases.Reviewer;
import org.recourse.staff.Role;

@DisplayName("The appeal SLA")
class AppealSlaTest {

    private static final Instant SUBMITTED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration SLA = Duration.ofDays(7);
    private static final Instant DUE = SUBMITTED.plus(SLA);
    /** 80% of seven days: 5 days 14 h 24 min. */
    private static final Instant WARN = SUBMITTED.plus(Duration.ofMinutes(7 * 24 * 60 * 4 / 5));

    static Stream<Arguments> table() {
        Instant warned = WARN.plusSeconds(5);
        return Stream.of(
                Arguments.of("just filed", SUBMITTED, null, null, Stage.NONE),
                Arguments.of("a second before 80%", WARN.minusSeconds(1), null, null, Stage.NONE),
                Arguments.of("at 80%", WARN, null, null, Stage.WARNED),
                Arguments.of("past 80%, warned already", DUE.minusSeconds(1), warned, null, Stage.NONE),
                Arguments.of("at the due time, warned", DUE, warned, null, Stage.BREACHED),
                Arguments.of("overdue, never warned: one notice, the breach", DUE.plusSeconds(60), null, null,
                        Stage.BREACHED),
                Arguments.of("overdue, told already", DUE.plus(Duration.ofDays(3)), warned, DUE, Stage.NONE));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("table")
    @DisplayName("says each stage once, in order")
    void stages(String when, Instant now, Instant warnedAt, Instant breachedAt, Stage expected) {
        // Act
        Stage stage = AppealSla.due(SUBMITTED, DUE, warnedAt, breachedAt, now);

        // Assert
        assertThat(stage).isEqualTo(expected);
    }

    @Test
    @DisplayName("warns at 80% of whatever time the appeal was given")
    void warnAtFollowsTheWindow() {
        // Act, Assert
        assertThat(AppealSla.warnAt(SUBMITTED, SUBMITTED.plus(Duration.ofHours(10))))
                .isEqualTo(SUBMITTED.plus(Duration.ofHours(8)));
        assertThat(AppealSla.warnAt(SUBMITTED, DUE)).isEqualTo(WARN);
    }

    @Test
    @DisplayName("on an appeal: warned once, then breached once, then quiet; a decided appeal is never marked")
    void onAnAppeal() {
        // Arrange
        Case caseFile = aCase().withExternalItems(2).claimedBy("mona").build();
        Reviewer mona = new Reviewer("mona", Role.MODERATOR);
        Instant decidedAt = CaseBuilder.DEFAULT_OPENED_AT.plusSeconds(60);
        ItemDecision first = caseFile.decide(caseFile.items().get(0), Decision.REMOVE, ReasonCode.OTHER_VIOLATION,
                null, null, mona, decidedAt);
        ItemDecision second = caseFile.decide(caseFile.items().get(1), Decision.REMOVE, ReasonCode.OTHER_VIOLATION,
                null, null, mona, decidedAt);
        Instant filed = decidedAt.plusSeconds(60);
        Appeal waiting = Appeal.submit("AP-SLA1", first, null, filed.plus(SLA), "platform", "words", List.of(),
                filed, SLA);
        Appeal decided = Appeal.submit("AP-SLA2", second, null, filed.plus(SLA), "platform", "words", List.of(),
                filed, SLA);
        decided.uphold(new Reviewer("sam", Role.MODERATOR), null, filed.plusSeconds(1));
        Instant warnAt = AppealSla.warnAt(filed, waiting.dueAt());

        // Act
        Stage early = waiting.markSla(warnAt.minusSeconds(1));
        Stage warned = waiting.markSla(warnAt);
        Stage again = waiting.markSla(warnAt.plusSeconds(1));
        Stage breached = waiting.markSla(waiting.dueAt());
        Stage after = waiting.markSla(waiting.dueAt().plus(Duration.ofDays(1)));

        // Assert
        assertThat(List.of(early, warned, again, breached, after))
                .containsExactly(Stage.NONE, Stage.WARNED, Stage.NONE, Stage.BREACHED, Stage.NONE);
        assertThat(waiting.slaWarnedAt()).isEqualTo(warnAt);
        assertThat(waiting.slaBreachedAt()).isEqualTo(waiting.dueAt());
        assertThat(decided.markSla(decided.dueAt().plusSeconds(1))).isEqualTo(Stage.NONE);
        assertThat(decided.slaBreachedAt()).isNull();
    }
}
