package org.recourse.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.content.Visibility;
import org.recourse.content.VisibilityChanged;
import org.recourse.testing.JpaDatabase;

/**
 * Claiming webhook deliveries against a real H2 and a real PostgreSQL: only the oldest pending event of each item is
 * due (so events arrive in order), and two nodes claiming at once get different deliveries.
 */
@DisplayName("Webhook claims: in order per item, disjoint across nodes")
class WebhookClaimsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration CLAIM = Duration.ofMinutes(1);
    private static final WebhookRetryPolicy POLICY = WebhookRetryPolicy.DEFAULT;

    @AfterEach
    void cleanUp() {
        JpaDatabase.both().forEach(WebhookClaimsTest::empty);
    }

    private static void empty(JpaDatabase db) {
        EntityManager em = db.entityManager();
        inTransaction(em, () -> {
            em.createNativeQuery("delete from webhook_delivery").executeUpdate();
            em.createNativeQuery("delete from webhook_endpoint").executeUpdate();
        });
    }

    private static WebhookClaims claims(EntityManager em) {
        WebhookClaims claims = new WebhookClaims();
        claims.em = em;
        return claims;
    }

    /** Events for items a (three changes) and b (one), in that order, to one endpoint. */
    private static void queue(JpaDatabase db) {
        empty(db);
        EntityManager em = db.entityManager();
        inTransaction(em, () -> {
            WebhookEndpoint endpoint = new WebhookEndpoint("http://127.0.0.1:9/hooks", "whsec_0123456789abcdefghijklmn",
                    "admin", T0);
            em.persist(endpoint);
            int second = 0;
            for (String[] change : new String[][] {{"a", "HIDDEN_PENDING_REVIEW"}, {"b", "HIDDEN_PENDING_REVIEW"},
                    {"a", "REMOVED"}, {"a", "RESTORED"}}) {
                Instant at = T0.plusSeconds(second++);
                em.persist(new WebhookDelivery(endpoint, WebhookEvent.of(new VisibilityChanged(1, change[0],
                        Visibility.valueOf(change[1]), at, second)), POLICY.deadlineFor(at)));
            }
        });
    }

    private static List<String> types(List<ClaimedDelivery> claimed) {
        return claimed.stream().map(c -> c.payload().replaceAll(".*\"contentId\":\"(\\w)\".*", "$1") + ":"
                + c.eventType()).sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("only the head of each item is due; the next follows once it is delivered, even after a failure")
    void inOrderPerItem(JpaDatabase db) {
        // Arrange
        queue(db);
        EntityManager em = db.entityManager();
        Instant now = T0.plusSeconds(10);

        // Act / Assert: the first event of a and of b
        List<ClaimedDelivery> first = inTransaction(em, () -> claims(em).claimDue(now, 10, CLAIM));
        assertThat(types(first)).containsExactly("a:content.hidden", "b:content.hidden");

        // a's first event fails: nothing of a is due until it is retried and delivered
        ClaimedDelivery aFirst = first.stream().filter(c -> c.payload().contains("\"contentId\":\"a\"")).findFirst()
                .orElseThrow();
        inTransaction(em, () -> claims(em).failed(aFirst.id(), now, 503, "HTTP 503", POLICY));
        assertThat(inTransaction(em, () -> claims(em).claimDue(now.plusSeconds(5), 10, CLAIM))).isEmpty();

        // its retry is due after the wait; delivered, the next of a follows
        List<ClaimedDelivery> retried = inTransaction(em, () -> claims(em).claimDue(now.plusSeconds(11), 10, CLAIM));
        assertThat(retried).extracting(ClaimedDelivery::eventId).containsExactly(aFirst.eventId());
        inTransaction(em, () -> claims(em).delivered(aFirst.id(), now.plusSeconds(12), 204));
        assertThat(types(inTransaction(em, () -> claims(em).claimDue(now.plusSeconds(12), 10, CLAIM))))
                .containsExactly("a:content.removed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("two nodes claiming at the same moment get different deliveries")
    void disjointAcrossNodes(JpaDatabase db) {
        // Arrange
        queue(db);
        EntityManager one = db.entityManager();
        EntityManager two = db.entityManager();
        Instant now = T0.plusSeconds(10);
        EntityTransaction first = one.getTransaction();
        first.begin();
        try {
            // Act: node one holds its claim open while node two claims
            List<ClaimedDelivery> byOne = claims(one).claimDue(now, 1, CLAIM);
            List<ClaimedDelivery> byTwo = inTransaction(two, () -> claims(two).claimDue(now, 10, CLAIM));

            // Assert
            assertThat(byOne).hasSize(1);
            assertThat(byTwo).extracting(ClaimedDelivery::id).doesNotContain(byOne.get(0).id());
            assertThat(byOne.size() + byTwo.size()).isLessThanOrEqualTo(2);
        } finally {
            first.commit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a receiver back after an outage: what waited for it is due at once, not a refused one nor one in flight")
    void resumeAfterOutage(JpaDatabase db) {
        // Arrange: a's and b's first events failed, unreachable, for half an hour (waits grown to about 20 min);
        // b's head was then refused by the receiver itself (HTTP 5xx)
        queue(db);
        EntityManager em = db.entityManager();
        Instant now = T0.plusSeconds(10);
        List<ClaimedDelivery> heads = inTransaction(em, () -> claims(em).claimDue(now, 10, CLAIM));
        ClaimedDelivery a = heads.stream().filter(c -> c.payload().contains("\"contentId\":\"a\"")).findFirst()
                .orElseThrow();
        ClaimedDelivery b = heads.stream().filter(c -> c.payload().contains("\"contentId\":\"b\"")).findFirst()
                .orElseThrow();
        Instant attemptAt = now;
        for (int attempt = 1; attempt <= 8; attempt++) {
            Instant at = attemptAt;
            if (attempt > 1) {
                assertThat(inTransaction(em, () -> claims(em).claimDue(at, 10, CLAIM))).hasSize(2);
            }
            boolean last = attempt == 8;
            inTransaction(em, () -> claims(em).failed(a.id(), at, null, WebhookFailure.CONNECTION_REFUSED.stored(),
                    POLICY));
            inTransaction(em, () -> claims(em).failed(b.id(), at, last ? 503 : null,
                    (last ? WebhookFailure.HTTP_5XX : WebhookFailure.UNREACHABLE_EARLIER).stored(), POLICY));
            attemptAt = attemptAt.plus(POLICY.delayAfter(attempt));
        }
        Instant back = attemptAt.minus(POLICY.delayAfter(8)).plusSeconds(5);
        assertThat(inTransaction(em, () -> claims(em).claimDue(back, 10, CLAIM))).as("both wait out their backoff")
                .isEmpty();

        // Act: the receiver answers again
        int resumed = inTransaction(em, () -> claims(em).resume("http://127.0.0.1:9/hooks", back, CLAIM));
        List<ClaimedDelivery> due = inTransaction(em, () -> claims(em).claimDue(back, 10, CLAIM));
        int again = inTransaction(em, () -> claims(em).resume("http://127.0.0.1:9/hooks", back, CLAIM));

        // Assert: a's head only; b's head was refused by the receiver and keeps its wait; a's claimed head is not
        // brought forward a second time while it is being sent
        assertThat(resumed).isEqualTo(1);
        assertThat(due).extracting(ClaimedDelivery::id).containsExactly(a.id());
        assertThat(again).isZero();
        assertThat(inTransaction(em, () -> claims(em).resume("http://elsewhere.example/hooks", back, CLAIM))).isZero();
    }
}
