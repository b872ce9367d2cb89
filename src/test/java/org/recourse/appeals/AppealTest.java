package org.recourse.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.cases.CaseBuilder.aCase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.cases.Case;
import org.recourse.cases.CaseBuilder;
import org.recourse.cases.Category;
import org.recourse.cases.Decision;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.ReasonCode;
import org.recourse.cases.Reviewer;
import org.recourse.staff.Role;

@DisplayName("An appeal")
class AppealTest {

    private static final Instant DECIDED = CaseBuilder.DEFAULT_OPENED_AT.plusSeconds(3600);
    private static final Duration WINDOW = Duration.ofDays(183);
    private static final Duration SLA = Duration.ofDays(7);
    private static final List<PersonRecords> ONE_PERSON = List.of(
            new PersonRecords(new RecordId("age-77"), new RecordId("consent-77")));
    private static final ProofConfirmation FULL = new ProofConfirmation(new RecordId("age-77"),
            new RecordId("consent-77"), new RecordId("consent-77"));
    private static final String WHY = "Verified adult performer, consent on file and renewed this year.";

    private static ItemDecision removal(CaseBuilder builder, Decision decision, ReasonCode reason) {
        Case caseFile = builder.withExternalItems(1).claimedBy("mona").build();
        return caseFile.decide(caseFile.items().get(0), decision, reason, null, null,
                new Reviewer("mona", Role.MODERATOR), DECIDED);
    }

    private static Appeal appealOn(ItemDecision decision, List<PersonRecords> persons) {
        return Appeal.submit("AP-TEST", decision, null, DECIDED.plus(WINDOW), "platform", "It is my own video.",
                persons, DECIDED.plus(Duration.ofDays(1)), SLA);
    }

    @Test
    @DisplayName("is filed within the window into the queue, due after the appeal SLA")
    void onTime() {
        // Arrange
        ItemDecision decision = removal(aCase(), Decision.REMOVE, ReasonCode.OTHER_VIOLATION);

        // Act
        Appeal appeal = appealOn(decision, List.of());

        // Assert
        assertThat(appeal.status()).isEqualTo(AppealStatus.SUBMITTED);
        assertThat(appeal.dueAt()).isEqualTo(DECIDED.plus(Duration.ofDays(1)).plus(SLA));
    }

    @Test
    @DisplayName("is refused once the date the statement gave has passed")
    void late() {
        // Arrange
        ItemDecision decision = removal(aCase(), Decision.REMOVE, ReasonCode.OTHER_VIOLATION);

        // Act, Assert
        assertThatThrownBy(() -> Appeal.submit("AP-TEST", decision, null, DECIDED.plus(WINDOW), "platform", "text",
                List.of(), DECIDED.plus(WINDOW).plusSeconds(1), SLA))
                .isInstanceOfSatisfying(AppealRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(AppealRefusal.LATE));
    }

    @Test
    @DisplayName("is only against a restriction, never against a restore")
    void notARestriction() {
        // Arrange
        ItemDecision decision = removal(aCase(), Decision.RESTORE, ReasonCode.NO_VIOLATION);

        // Act, Assert
        assertThatThrownBy(() -> appealOn(decision, List.of()))
                .isInstanceOfSatisfying(AppealRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(AppealRefusal.NOT_A_RESTRICTION));
    }

    @Test
    @DisplayName("is never decided by the reviewer who decided the item")
    void sameReviewer() {
        // Arrange
        Appeal appeal = appealOn(removal(aCase(), Decision.REMOVE, ReasonCode.OTHER_VIOLATION), List.of());

        // Act, Assert
        assertThatThrownBy(() -> appeal.uphold(new Reviewer("mona", Role.SUPERVISOR), null, DECIDED))
                .isInstanceOfSatisfying(AppealRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(AppealRefusal.SAME_REVIEWER));
        assertThat(appeal.status()).isEqualTo(AppealStatus.SUBMITTED);
    }

    @Test
    @DisplayName("on self-reported content, a moderator's restore is refused and the appeal stays open")
    void selfReportWins() {
        // Arrange
        Appeal appeal = appealOn(removal(aCase().category(Category.SURVIVOR_ADULT_IMAGE).selfReported(),
                Decision.REMOVE, ReasonCode.NON_CONSENSUAL_INTIMATE_IMAGE), ONE_PERSON);

        // Act, Assert
        assertThatThrownBy(() -> appeal.restore(new Reviewer("sam", Role.MODERATOR), List.of(FULL), WHY, DECIDED))
                .isInstanceOfSatisfying(AppealRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(AppealRefusal.RESTORE_NEEDS_SUPERVISOR));
        assertThat(appeal.status()).isEqualTo(AppealStatus.SUBMITTED);
    }

    @Test
    @DisplayName("on protected content, a supervisor with proof for everyone restores, and the proof is kept")
    void restoredOnProof() {
        // Arrange
        Appeal appeal = appealOn(removal(aCase().category(Category.SURVIVOR_ADULT_IMAGE).selfReported(),
                Decision.REMOVE, ReasonCode.NON_CONSENSUAL_INTIMATE_IMAGE), ONE_PERSON);

        // Act
        appeal.restore(new Reviewer("sue", Role.SUPERVISOR), List.of(FULL), WHY, DECIDED.plusSeconds(60));

        // Assert
        assertThat(appeal.status()).isEqualTo(AppealStatus.RESTORED);
        assertThat(appeal.persons().get(0).confirmation()).isEqualTo(FULL);
        assertThat(appeal.decidedBy()).isEqualTo("sue");
    }

    @Test
    @DisplayName("is decided once")
    void decidedOnce() {
        // Arrange
        Appeal appeal = appealOn(removal(aCase(), Decision.REMOVE, ReasonCode.OTHER_VIOLATION), List.of());
        appeal.uphold(new Reviewer("sam", Role.MODERATOR), "Stands.", DECIDED);

        // Act, Assert
        assertThatThrownBy(() -> appeal.restore(new Reviewer("sue", Role.SUPERVISOR), List.of(), WHY, DECIDED))
                .isInstanceOfSatisfying(AppealRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(AppealRefusal.ALREADY_DECIDED));
    }
}
