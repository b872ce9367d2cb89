package org.recourse.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.cases.Category;
import org.recourse.cases.ItemStatus;
import org.recourse.cases.ReasonCode;
import org.recourse.intake.SystemNote;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.staydown.UploadScreening;

@DisplayName("Which restriction gives which statement")
class StatementRulesTest {

    private static final Subject ITEM = Statements.content(7L, "pic-7");

    @ParameterizedTest(name = "an item {0} gives {1}")
    @CsvSource({"REMOVED, REMOVED", "REFERRED, REMOVED", "RESTORED, RESTORED", "ESCALATED, -", "PENDING_REVIEW, -"})
    @DisplayName("a decided item's status")
    void decisions(ItemStatus status, String expected) {
        // Act
        Optional<Restriction> restriction = StatementRules.forDecision(status);

        // Assert
        assertThat(restriction.map(Enum::name).orElse("-")).isEqualTo(expected);
    }

    @Test
    @DisplayName("a screened upload: BLOCK is UPLOAD_BLOCKED, HOLD is UPLOAD_HELD, ALLOW restricts nothing")
    void uploads() {
        // Act, Assert
        assertThat(StatementRules.forUpload(UploadScreening.Outcome.BLOCK)).isEqualTo(Restriction.UPLOAD_BLOCKED);
        assertThat(StatementRules.forUpload(UploadScreening.Outcome.HOLD)).isEqualTo(Restriction.UPLOAD_HELD);
        assertThatThrownBy(() -> StatementRules.forUpload(UploadScreening.Outcome.ALLOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("an upload's facts: the bank's kind it matched, else the ban rule, else content pending review")
    void uploadFacts() {
        // Act
        Facts bank = StatementRules.uploadFacts(Category.CHILD_SEXUAL_IMAGERY, BankPurpose.IMPORTED, true);
        Facts ban = StatementRules.uploadFacts(Category.CHILD_SEXUAL_IMAGERY, null, true);
        Facts pending = StatementRules.uploadFacts(Category.OTHER_HARMFUL, null, false);

        // Assert
        assertThat(bank).isEqualTo(new Facts(Category.CHILD_SEXUAL_IMAGERY, Detection.HASH_MATCH,
                BankPurpose.IMPORTED, null));
        assertThat(ban.detection()).isEqualTo(Detection.SCREENING_RULE);
        assertThat(pending.detection()).isEqualTo(Detection.HASH_MATCH);
        assertThat(pending.bankKind()).isNull();
        assertThat(bank.detection().automated() && ban.detection().automated()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"report.system.staydown.BLOCK, true", "report.system.staydown.banned, true",
            "report.system.sweep.bank.one, true", "report.system.other, false"})
    @DisplayName("screening's own reports leave their statement to screening's event, which names the match")
    void screeningReports(String key, boolean byScreening) {
        // Act, Assert
        assertThat(StatementRules.issuedByScreening(SystemNote.of(key))).isEqualTo(byScreening);
        assertThat(StatementRules.issuedByScreening(null)).isFalse();
    }

    @Test
    @DisplayName("a new version only when something changes: not for a second report, nor the same decision again")
    void changes() {
        // Arrange
        StatementOfReasons hidden = Statements.first(ITEM, Restriction.HIDDEN_PENDING_REVIEW,
                Facts.reported(Category.OTHER_HARMFUL, false));
        StatementOfReasons held = Statements.first(ITEM, Restriction.UPLOAD_HELD,
                Facts.hashMatch(Category.OTHER_HARMFUL, null));
        StatementOfReasons removed = Statements.next(hidden, ITEM, Restriction.REMOVED,
                hidden.facts().decided(Category.OTHER_HARMFUL, ReasonCode.OTHER_VIOLATION), Duration.ofMinutes(5));

        // Act, Assert
        assertThat(StatementRules.changes(Optional.empty(), Restriction.HIDDEN_PENDING_REVIEW, null)).isTrue();
        assertThat(StatementRules.changes(Optional.of(hidden), Restriction.HIDDEN_PENDING_REVIEW, null)).isFalse();
        assertThat(StatementRules.changes(Optional.of(held), Restriction.HIDDEN_PENDING_REVIEW, null)).isFalse();
        assertThat(StatementRules.changes(Optional.of(held), Restriction.UPLOAD_BLOCKED, null)).isTrue();
        assertThat(StatementRules.changes(Optional.of(hidden), Restriction.REMOVED, ReasonCode.OTHER_VIOLATION))
                .isTrue();
        assertThat(StatementRules.changes(Optional.of(removed), Restriction.REMOVED, ReasonCode.OTHER_VIOLATION))
                .isFalse();
        assertThat(StatementRules.changes(Optional.of(removed), Restriction.REMOVED, ReasonCode.HARASSMENT)).isTrue();
        assertThat(StatementRules.changes(Optional.of(removed), Restriction.RESTORED, ReasonCode.NO_VIOLATION))
                .isTrue();
        assertThat(StatementRules.changes(Optional.of(removed), Restriction.HIDDEN_PENDING_REVIEW, null)).isTrue();
    }
}
