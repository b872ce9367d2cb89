package org.recourse.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.content.UploaderContext.EventType;
import org.recourse.content.UploaderContext.IpCaptureEvent;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.Wiring;

/** What platforms say about uploaders, stored and erased on H2 and PostgreSQL alike. */
@DisplayName("Uploader context: kept apart from the item, added to once, erased unless removed")
class UploaderContextRepositoryTest {

    private static final String PREFIX = "uploader-context-test-";
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final IpCaptureEvent LOGIN = new IpCaptureEvent("2001:db8::1", EventType.LOGIN,
            NOW.minusSeconds(3600), null);
    private static final IpCaptureEvent UPLOAD = new IpCaptureEvent("203.0.113.7", EventType.UPLOAD,
            NOW.minusSeconds(60), 51234);

    @AfterEach
    void empty() {
        JpaDatabase.both().forEach(db -> {
            EntityManager em = db.entityManager();
            inTransaction(em, () -> {
                String items = "(select id from content_item where platform_content_id like '" + PREFIX + "%')";
                em.createNativeQuery("delete from uploader_ip_event where content_item_id in " + items).executeUpdate();
                em.createNativeQuery("delete from uploader_context where content_item_id in " + items).executeUpdate();
                em.createNativeQuery("delete from content_item where platform_content_id like '" + PREFIX + "%'")
                        .executeUpdate();
            });
        });
    }

    private static UploaderContextRepository repository(EntityManager em) {
        return Wiring.set(new UploaderContextRepository(), "em", em);
    }

    private static ContentItem item(EntityManager em, Visibility visibility) {
        ContentItem item = new ContentItem(PREFIX + IDS.incrementAndGet(), "https://platform.example/p/" + IDS.get(),
                "image/jpeg", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "user-1",
                NOW.minus(Duration.ofDays(200)));
        if (visibility != Visibility.VISIBLE) {
            item.hideForReview(NOW);
        }
        if (visibility == Visibility.REMOVED) {
            item.remove(NOW);
        }
        if (visibility == Visibility.RESTORED) {
            item.restore(NOW);
        }
        inTransaction(em, () -> em.persist(item));
        return item;
    }

    private static UploaderContext supplied(String name, String email, IpCaptureEvent... events) {
        return new UploaderContext("user-1", name, email, NOW.minusSeconds(30), List.of(events));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("what was supplied is read back, the events oldest first; nothing supplied reads as the id alone")
    void readBack(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        UploaderContextRepository contexts = repository(em);
        ContentItem item = item(em, Visibility.VISIBLE);
        ContentItem bare = item(em, Visibility.VISIBLE);

        // Act
        inTransaction(em, () -> contexts.record(item, supplied("sunny", "s@mail.example", UPLOAD, LOGIN), NOW));
        inTransaction(em, () -> contexts.record(bare, null, NOW));

        // Assert
        UploaderContext read = inTransaction(em, () -> contexts.find(item)).orElseThrow();
        assertThat(read).isEqualTo(new UploaderContext("user-1", "sunny", "s@mail.example", NOW.minusSeconds(30),
                List.of(LOGIN, UPLOAD)));
        assertThat(inTransaction(em, () -> contexts.find(bare))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("the same context twice is stored once; later news adds events and replaces the signals it gives")
    void idempotentAndAdditive(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        UploaderContextRepository contexts = repository(em);
        ContentItem item = item(em, Visibility.VISIBLE);
        inTransaction(em, () -> contexts.record(item, supplied("sunny", "s@mail.example", LOGIN), NOW));

        // Act
        inTransaction(em, () -> contexts.record(item, supplied("sunny", "s@mail.example", LOGIN), NOW));
        inTransaction(em, () -> contexts.record(item, supplied("sunny_2", null, LOGIN, UPLOAD), NOW));

        // Assert
        UploaderContext read = inTransaction(em, () -> contexts.find(item)).orElseThrow();
        assertThat(read.screenName()).isEqualTo("sunny_2");
        assertThat(read.email()).isEqualTo("s@mail.example");
        assertThat(read.ipEvents()).containsExactly(LOGIN, UPLOAD);
        assertThat(db.jdbc().count("select count(*) from uploader_ip_event where content_item_id = ?", item.id()))
                .isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("past 200 events per item, the oldest go")
    void bounded(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        UploaderContextRepository contexts = repository(em);
        ContentItem item = item(em, Visibility.VISIBLE);

        // Act: five screenings of 50 distinct events each
        for (int batch = 0; batch < 5; batch++) {
            List<IpCaptureEvent> events = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                events.add(new IpCaptureEvent("192.0.2." + i, EventType.LOGIN,
                        NOW.minusSeconds(100_000L - batch * 1000L - i), null));
            }
            inTransaction(em, () -> contexts.record(item, supplied(null, null, events.toArray(IpCaptureEvent[]::new)),
                    NOW));
        }

        // Assert
        List<IpCaptureEvent> kept = inTransaction(em, () -> contexts.find(item)).orElseThrow().ipEvents();
        assertThat(kept).hasSize(UploaderContextRepository.MAX_STORED_EVENTS);
        assertThat(kept.get(0).at()).isEqualTo(NOW.minusSeconds(100_000L - 1000L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("past the cutoff, the context of shown items is erased; of removed and hidden ones, kept")
    void erasesExpired(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        UploaderContextRepository contexts = repository(em);
        Instant old = NOW.minus(Duration.ofDays(100));
        ContentItem visible = item(em, Visibility.VISIBLE);
        ContentItem restored = item(em, Visibility.RESTORED);
        ContentItem removed = item(em, Visibility.REMOVED);
        ContentItem hidden = item(em, Visibility.HIDDEN_PENDING_REVIEW);
        ContentItem recent = item(em, Visibility.VISIBLE);
        for (ContentItem item : List.of(visible, restored, removed, hidden)) {
            inTransaction(em, () -> contexts.record(item, supplied("n", null, LOGIN), old));
        }
        inTransaction(em, () -> contexts.record(recent, supplied("n", null, LOGIN), NOW));

        // Act
        int erased = 0;
        int batch;
        do {
            batch = inTransaction(em, () -> contexts.eraseExpired(NOW.minus(Duration.ofDays(90)), 1));
            erased += batch;
        } while (batch > 0);

        // Assert
        assertThat(erased).isEqualTo(2);
        assertThat(inTransaction(em, () -> contexts.find(visible))).isEmpty();
        assertThat(inTransaction(em, () -> contexts.find(restored))).isEmpty();
        assertThat(inTransaction(em, () -> contexts.find(removed))).isPresent();
        assertThat(inTransaction(em, () -> contexts.find(hidden))).isPresent();
        assertThat(inTransaction(em, () -> contexts.find(recent))).isPresent();
        assertThat(db.jdbc().count("select count(*) from uploader_ip_event where content_item_id in (?, ?)",
                visible.id(), restored.id())).isZero();
    }
}
