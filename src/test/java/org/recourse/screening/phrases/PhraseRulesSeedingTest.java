package org.recourse.screening.phrases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.matching.text.StarterLists;
import org.recourse.platform.persistence.SeedOnce;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.Wiring;

/** Two nodes starting on an empty database at the same moment seed the starter phrase lists once, not twice. */
@DisplayName("Phrase rules: the starter lists are seeded once across nodes")
class PhraseRulesSeedingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @AfterEach
    void empty() {
        JpaDatabase.both().forEach(db -> {
            EntityManager em = db.entityManager();
            inTransaction(em, () -> {
                em.createNativeQuery("delete from phrase_rule").executeUpdate();
                em.createNativeQuery("delete from seed_marker where name = '" + PhraseRules.STARTER_SEED + "'")
                        .executeUpdate();
            });
        });
    }

    private static PhraseRules node(EntityManager em) {
        PhraseRules rules = new PhraseRules();
        rules.repository = Wiring.set(new PhraseRuleRepository(), "em", em);
        rules.clock = CLOCK;
        rules.seedOnce = new SeedOnce(em, CLOCK);
        return rules;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a node that looks while another is seeding waits, then sees the one set of starter rules")
    void seededOnce(JpaDatabase db) throws Exception {
        // Arrange: an empty database; node one is seeding and has not committed yet
        empty();
        EntityManager one = db.entityManager();
        EntityManager two = db.entityManager();
        EntityTransaction seeding = one.getTransaction();
        seeding.begin();
        List<PhraseRule> seededByOne = node(one).list();

        // Act: node two asks for the rules meanwhile and waits on node one's claim; then node one commits
        CompletableFuture<Integer> seenByTwo = db.startBlocked(() -> inTransaction(two, () -> node(two).list().size()));
        seeding.commit();

        // Assert
        int starters = StarterLists.all().size();
        assertThat(seededByOne).hasSize(starters);
        assertThat(seenByTwo.get(30, TimeUnit.SECONDS)).isEqualTo(starters);
        EntityManager check = db.entityManager();
        assertThat(inTransaction(check, () -> check.createQuery("select count(r) from PhraseRule r", Long.class)
                .getSingleResult())).isEqualTo((long) starters);
    }
}
