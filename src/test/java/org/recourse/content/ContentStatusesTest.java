package org.recourse.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.Wiring;

/**
 * The visibility look-ups' reads against a real H2 and a real PostgreSQL: the single look-up's four columns and the
 * batch's one statement with an array of ids ({@code = any(?)}) answer exactly what is stored.
 */
@DisplayName("Content visibility look-ups: one item and a batch")
class ContentStatusesTest {

    private static final Instant SEEN = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant HIDDEN = SEEN.plus(5, ChronoUnit.MINUTES);

    private static ContentRegistry registry(EntityManager em) {
        ContentRegistry registry = new ContentRegistry();
        Wiring.set(registry, "repository", Wiring.set(new ContentRepository(), "em", em));
        return registry;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a batch answers each registered id once with its stored visibility, in the order asked, and leaves "
            + "out unknown ids")
    void batch(JpaDatabase db) {
        // Arrange: one visible item, one hidden pending review, and an id nobody registered
        EntityManager em = db.entityManager();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String visible = "vis-" + run;
        String hidden = "hid-" + run;
        inTransaction(em, () -> {
            em.persist(new ContentItem(visible, "https://platform.example/p/" + visible, "image/png", null, null, SEEN));
            ContentItem item = new ContentItem(hidden, "https://platform.example/p/" + hidden, "image/png", null, null,
                    SEEN);
            item.hideForReview(HIDDEN);
            em.persist(item);
            return null;
        });
        ContentRegistry registry = registry(em);

        // Act
        Map<String, ContentRegistry.Status> found = inTransaction(em, () -> registry.statuses(
                List.of(hidden, "unknown-" + run, visible, hidden)));

        // Assert
        assertThat(found.keySet()).containsExactly(hidden, visible);
        assertThat(found.get(visible)).isEqualTo(new ContentRegistry.Status(visible, Visibility.VISIBLE, SEEN, 0));
        assertThat(found.get(hidden).visibility()).isEqualTo(Visibility.HIDDEN_PENDING_REVIEW);
        assertThat(found.get(hidden).since()).isEqualTo(HIDDEN);
        assertThat(found.get(hidden).sequence()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a single look-up answers the stored visibility, within a transaction and without one")
    void single(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        String hidden = "one-" + UUID.randomUUID().toString().substring(0, 8);
        inTransaction(em, () -> {
            ContentItem item = new ContentItem(hidden, "https://platform.example/p/" + hidden, "image/png", null, null,
                    SEEN);
            item.hideForReview(HIDDEN);
            em.persist(item);
            return null;
        });
        ContentRegistry registry = registry(em);

        // Act
        var inTransaction = inTransaction(em, () -> registry.status(hidden));
        var without = registry(db.entityManager()).status(hidden);
        var unknown = registry.status("nobody-registered-this");

        // Assert
        ContentRegistry.Status expected = new ContentRegistry.Status(hidden, Visibility.HIDDEN_PENDING_REVIEW, HIDDEN, 1);
        assertThat(inTransaction).contains(expected);
        assertThat(without).contains(expected);
        assertThat(unknown).isEmpty();
    }
}
