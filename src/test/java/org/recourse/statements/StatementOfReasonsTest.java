package org.recourse.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.cases.Category;
import org.recourse.cases.ReasonCode;
import org.recourse.platform.domain.IllegalTransitionException;
import org.recourse.screening.banks.BankPurpose;

@DisplayName("A statement of reasons: issued once, versioned when the decision changes, never forked")
class StatementOfReasonsTest {

    private final Subject item = Statements.content(7L, "pic-7");

    @Test
    @DisplayName("a first statement is version 1, in force, with an appeal open for six months")
    void first() {
        // Act
        StatementOfReasons hidden = Statements.first(item, Restriction.HIDDEN_PENDING_REVIEW,
                Facts.reported(Category.CHILD_SEXUAL_IMAGERY, false));

        // Assert
        assertThat(hidden.version()).isEqualTo(1);
        assertThat(hidden.current()).isTrue();
        assertThat(hidden.publicId().value()).matches("sor_[0-9a-z]{26}");
        assertThat(hidden.automatedDetection()).isFalse();
        assertThat(hidden.automatedDecision()).isEqualTo(AutomatedDecision.FULLY);
        assertThat(hidden.ground().illegal()).isTrue();
        assertThat(hidden.ground().legalGround()).isEqualTo("Directive 2011/93/EU art. 5");
        assertThat(hidden.redress().appealUntil()).isEqualTo(Instant.parse("2027-06-06T10:00:00Z"));
        assertThat(hidden.redress().address()).isEqualTo("https://platform.example/appeals");
    }

    @Test
    @DisplayName("a changed decision is the next version, and the one before points at it and is kept")
    void supersede() {
        // Arrange
        StatementOfReasons hidden = Statements.first(item, Restriction.HIDDEN_PENDING_REVIEW,
                Facts.reported(Category.CHILD_SEXUAL_IMAGERY, false));

        // Act
        StatementOfReasons removed = Statements.next(hidden, item, Restriction.REMOVED,
                hidden.facts().decided(Category.CHILD_SEXUAL_IMAGERY, ReasonCode.CHILD_SEXUAL_ABUSE_MATERIAL),
                Duration.ofMinutes(30));

        // Assert
        assertThat(removed.version()).isEqualTo(2);
        assertThat(removed.current()).isTrue();
        assertThat(hidden.current()).isFalse();
        assertThat(hidden.supersededBy()).contains(removed.publicId());
        assertThat(hidden.supersededAt()).contains(removed.issuedAt());
        assertThat(hidden.restriction()).isEqualTo(Restriction.HIDDEN_PENDING_REVIEW);
        assertThat(removed.automatedDecision()).isEqualTo(AutomatedDecision.NOT_AUTOMATED);
        assertThat(removed.facts().decisionReason()).isEqualTo(ReasonCode.CHILD_SEXUAL_ABUSE_MATERIAL);
        assertThat(removed.publicId()).isNotEqualTo(hidden.publicId());
    }

    @Test
    @DisplayName("a superseded version cannot be superseded again: the line never forks")
    void noFork() {
        // Arrange
        StatementOfReasons hidden = Statements.first(item, Restriction.HIDDEN_PENDING_REVIEW,
                Facts.reported(Category.OTHER_HARMFUL, false));
        Statements.next(hidden, item, Restriction.RESTORED, hidden.facts(), Duration.ofMinutes(1));

        // Act, Assert
        assertThatThrownBy(() -> Statements.next(hidden, item, Restriction.REMOVED, hidden.facts(),
                Duration.ofMinutes(2))).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    @DisplayName("a version of another subject, or one from before, is refused")
    void sameSubjectAndLater() {
        // Arrange
        StatementOfReasons hidden = Statements.first(item, Restriction.HIDDEN_PENDING_REVIEW,
                Facts.reported(Category.OTHER_HARMFUL, false));

        // Act, Assert
        assertThatThrownBy(() -> Statements.next(hidden, Statements.content(8L, "pic-8"), Restriction.REMOVED,
                hidden.facts(), Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Statements.next(hidden, item, Restriction.REMOVED, hidden.facts(),
                Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a restoration offers no appeal and is never said to be about illegal content")
    void restoration() {
        // Act
        StatementOfReasons restored = Statements.first(item, Restriction.RESTORED,
                Facts.reported(Category.CHILD_SEXUAL_IMAGERY, true).decided(Category.CHILD_SEXUAL_IMAGERY,
                        ReasonCode.ADULTS_CONSENTED));

        // Assert
        assertThat(restored.redress()).isEqualTo(Redress.NONE);
        assertThat(restored.ground().illegal()).isFalse();
        assertThat(restored.ground().legalGround()).isNull();
    }

    @Test
    @DisplayName("a hash match is automated detection and names the kind of bank; a ban is an account statement")
    void hashMatchAndAccount() {
        // Act
        StatementOfReasons blocked = Statements.first(item, Restriction.UPLOAD_BLOCKED,
                Facts.hashMatch(Category.CHILD_SEXUAL_IMAGERY, BankPurpose.IMPORTED));
        Subject account = new Subject(Scope.ACCOUNT, 7L, "pic-7", "uploader-1", 12L);
        StatementOfReasons banned = Statements.first(account, Restriction.UPLOADER_BANNED,
                Facts.reported(Category.CHILD_SEXUAL_IMAGERY, false));

        // Assert
        assertThat(blocked.automatedDetection()).isTrue();
        assertThat(blocked.facts().bankKind()).isEqualTo(BankPurpose.IMPORTED);
        assertThat(banned.subjectKey()).isEqualTo("uploader:uploader-1");
        assertThat(banned.automatedDecision()).isEqualTo(AutomatedDecision.PARTIALLY);
        assertThatThrownBy(() -> Statements.first(account, Restriction.REMOVED,
                Facts.reported(Category.OTHER_HARMFUL, false))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Facts(Category.OTHER_HARMFUL, Detection.REPORT, BankPurpose.IMPORTED, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("an upload with no content id is its own subject: by the platform's reference, else by its hash; "
            + "only a hold or a block may be said of it")
    void uploadSubjects() {
        // Arrange
        Subject byHash = Subject.upload(new Subject.Upload(null, "sha256", "0f".repeat(32)));
        Subject byReference = Subject.upload(new Subject.Upload("upl-77", "md5", "1e".repeat(16)));

        // Act
        StatementOfReasons held = Statements.first(byHash, Restriction.UPLOAD_HELD,
                Facts.hashMatch(Category.SURVIVOR_ADULT_IMAGE, BankPurpose.SURVIVOR_SUBMITTED));

        // Assert
        assertThat(held.subjectKey()).isEqualTo("upload:sha256:" + "0f".repeat(32));
        assertThat(byReference.key()).isEqualTo("upload:ref:upl-77");
        assertThat(held.scope()).isEqualTo(Scope.UPLOAD);
        assertThat(held.upload()).contains(new Subject.Upload(null, "sha256", "0f".repeat(32)));
        assertThat(held.subject()).isEqualTo(byHash);
        assertThat(held.redress().appealOpen()).isTrue();
        assertThatThrownBy(() -> Statements.first(byHash, Restriction.REMOVED,
                Facts.reported(Category.OTHER_HARMFUL, false))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Subject.Upload(null, "sha256", "not hex"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Subject.Upload("with space", "sha256", "0f".repeat(32)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Subject.Upload(null, "crc32", "0f".repeat(32)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a lifted ban is the next version of the ban's line, ends the restriction, and offers no appeal")
    void liftedBan() {
        // Arrange
        Subject account = Subject.account("uploader-3", null, null);
        StatementOfReasons banned = Statements.first(account, Restriction.UPLOADER_BANNED, StatementRules.staffFacts());

        // Act
        StatementOfReasons lifted = Statements.next(banned, account, Restriction.BAN_LIFTED, banned.facts(),
                java.time.Duration.ofHours(1));

        // Assert
        assertThat(banned.automatedDetection()).isFalse();
        assertThat(banned.facts().detection()).isEqualTo(Detection.STAFF_DECISION);
        assertThat(lifted.version()).isEqualTo(2);
        assertThat(banned.supersededBy()).contains(lifted.publicId());
        assertThat(lifted.restriction().lifts()).isTrue();
        assertThat(lifted.redress().appealOpen()).isFalse();
        assertThat(lifted.automatedDecision()).isEqualTo(AutomatedDecision.NOT_AUTOMATED);
        assertThatThrownBy(() -> Statements.first(Statements.content(3L, "pic-3"), Restriction.BAN_LIFTED,
                StatementRules.staffFacts())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a statement id is read from hostile text only when it has exactly the form of one")
    void statementIds() {
        // Arrange
        String id = StatementId.generate().value();

        // Act, Assert
        assertThat(StatementId.parse(id)).map(StatementId::value).contains(id);
        assertThat(StatementId.parse(null)).isEmpty();
        assertThat(StatementId.parse("sor_" + "i".repeat(26))).isEmpty();
        assertThat(StatementId.parse(id.toUpperCase())).isEmpty();
        assertThat(StatementId.parse(id + "0")).isEmpty();
        assertThat(StatementId.parse("x".repeat(10_000))).isEmpty();
    }
}
