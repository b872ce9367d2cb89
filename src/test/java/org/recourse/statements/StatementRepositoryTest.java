package org.recourse.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Category;
import org.recourse.cases.ReasonCode;
import org.recourse.content.ContentItem;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.Wiring;

/** V25 and the entity's mapping, on H2 and PostgreSQL alike: versions stored, read back, and never two of a number. */
@DisplayName("Statements: stored on H2 and PostgreSQL, versions read back in order, a version number given once")
class StatementRepositoryTest {

    private static StatementRepository repository(EntityManager em) {
        return Wiring.set(new StatementRepository(), "em", em);
    }

    private static ContentItem item(EntityManager em) {
        ContentItem item = new ContentItem("sor-" + UUID.randomUUID(), "https://platform.example/p/1", "image/png",
                null, "uploader-1", Statements.ISSUED);
        inTransaction(em, () -> em.persist(item));
        return item;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a hidden item then removed reads back as two versions, the first pointing at the second")
    void versions(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        StatementRepository statements = repository(em);
        ContentItem item = item(em);
        Subject subject = Subject.content(item, null);

        // Act
        StatementOfReasons hidden = Statements.first(subject, Restriction.HIDDEN_PENDING_REVIEW,
                Facts.reported(Category.NON_CONSENSUAL_INTIMATE_IMAGE, true));
        inTransaction(em, () -> statements.add(hidden));
        StatementOfReasons removed = inTransaction(em, () -> {
            StatementOfReasons current = statements.currentForUpdate(subject.key()).orElseThrow();
            StatementOfReasons next = Statements.next(current, subject, Restriction.REMOVED,
                    current.facts().decided(Category.NON_CONSENSUAL_INTIMATE_IMAGE,
                            ReasonCode.NON_CONSENSUAL_INTIMATE_IMAGE), Duration.ofHours(2));
            statements.add(next);
            return next;
        });
        em.clear();

        // Assert
        var read = inTransaction(em, () -> statements.forContent(item.platformContentId()).stream()
                .map(s -> s.version() + " " + s.restriction() + " " + s.supersededBy().map(StatementId::value)
                        .orElse("-") + " " + s.facts().detection() + " " + s.ground().illegal())
                .toList());
        assertThat(read).containsExactly(
                "1 HIDDEN_PENDING_REVIEW " + removed.publicId().value() + " SURVIVOR_SELF_REPORT true",
                "2 REMOVED - SURVIVOR_SELF_REPORT true");
        assertThat(inTransaction(em, () -> statements.find(removed.publicId()).flatMap(statements::previous)
                .map(StatementOfReasons::publicId))).contains(hidden.publicId());
        assertThat(inTransaction(em, () -> statements.currentForUpdate(subject.key()).map(StatementOfReasons::version)))
                .contains(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("the database refuses a second statement with the same version of the same subject")
    void versionOnce(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        StatementRepository statements = repository(em);
        Subject subject = Subject.content(item(em), null);
        inTransaction(em, () -> statements.add(Statements.first(subject, Restriction.HIDDEN_PENDING_REVIEW,
                Facts.reported(Category.OTHER_HARMFUL, false))));

        // Act, Assert
        assertThatThrownBy(() -> inTransaction(em, () -> statements.add(Statements.first(subject,
                Restriction.UPLOAD_HELD, Facts.reported(Category.OTHER_HARMFUL, false))))).isNotNull();
        em.clear();
        assertThat(inTransaction(em, () -> statements.forContent(subject.platformContentId()))).hasSize(1);
    }
}
