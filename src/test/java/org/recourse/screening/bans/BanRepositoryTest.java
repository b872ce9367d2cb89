package org.recourse.screening.bans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Reviewer;
import org.recourse.staff.Role;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.Wiring;

/** The account signals' native SQL, on H2 and PostgreSQL alike: a signal is kept once, and carries a ban over. */
@DisplayName("Bans: account signals are remembered once and carry a ban to an uploader's other accounts")
class BanRepositoryTest {

    private static final String PREFIX = "ban-repository-test-";
    private static final String BANNED = PREFIX + "banned";
    private static final String EMAIL = "email";
    private static final String HASH = "5f4dcc3b5aa765d61d8327deb882cf99";
    private static final Reviewer SUPERVISOR = new Reviewer("sup", Role.SUPERVISOR);
    private static final Instant NOW = Instant.parse("2026-12-10T09:00:00Z");

    @AfterEach
    void empty() {
        JpaDatabase.both().forEach(db -> {
            EntityManager em = db.entityManager();
            inTransaction(em, () -> {
                em.createNativeQuery("delete from account_signal where uploader_id like '" + PREFIX + "%'")
                        .executeUpdate();
                em.createNativeQuery("delete from uploader_ban where uploader_id like '" + PREFIX + "%'")
                        .executeUpdate();
            });
        });
    }

    private static BanRepository repository(EntityManager em) {
        return Wiring.set(new BanRepository(), "em", em);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a signal seen again for the same uploader is one row")
    void rememberedOnce(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        BanRepository bans = repository(em);

        // Act
        inTransaction(em, () -> bans.rememberSignal(BANNED, EMAIL, HASH, at(NOW)));
        inTransaction(em, () -> bans.rememberSignal(BANNED, EMAIL, HASH, at(NOW.plusSeconds(60))));

        // Assert
        Number rows = inTransaction(em, () -> (Number) em.createNativeQuery(
                "select count(*) from account_signal where uploader_id = '" + BANNED + "'").getSingleResult());
        assertThat(rows.longValue()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a signal of a banned uploader names them until the ban is lifted")
    void signalCarriesTheBan(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        BanRepository bans = repository(em);
        long banId = inTransaction(em, () -> {
            bans.rememberSignal(BANNED, EMAIL, HASH, at(NOW));
            bans.rememberSignal(PREFIX + "other", EMAIL, "0" + HASH.substring(1), at(NOW));
            UploaderBan ban = new UploaderBan(BANNED, "test", null, "sup", NOW);
            bans.add(ban);
            return ban.id();
        });

        // Act
        Optional<String> whileBanned = inTransaction(em, () -> bans.bannedWithSignal(EMAIL, HASH));
        Optional<String> otherSignal = inTransaction(em, () -> bans.bannedWithSignal(EMAIL, "0" + HASH.substring(1)));
        inTransaction(em, () -> bans.lock(banId).orElseThrow()
                .lift(SUPERVISOR, "the wrong account was banned", NOW.plusSeconds(60)));
        Optional<String> afterLifting = inTransaction(em, () -> bans.bannedWithSignal(EMAIL, HASH));

        // Assert
        assertThat(whileBanned).contains(BANNED);
        assertThat(otherSignal).isEmpty();
        assertThat(afterLifting).isEmpty();
        assertThat(inTransaction(em, () -> bans.active(BANNED))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("the list shows bans in force first, the latest first, then lifted ones (on H2 too)")
    void inForceFirst(JpaDatabase db) {
        // Arrange: the newest ban is lifted, an older and an oldest one are in force
        EntityManager em = db.entityManager();
        BanRepository bans = repository(em);
        inTransaction(em, () -> {
            em.createNativeQuery("delete from uploader_ban").executeUpdate();
            bans.add(new UploaderBan(PREFIX + "oldest", "test", null, "sup", NOW));
            bans.add(new UploaderBan(PREFIX + "older", "test", null, "sup", NOW.plusSeconds(60)));
            UploaderBan newest = new UploaderBan(PREFIX + "newest", "test", null, "sup", NOW.plusSeconds(120));
            bans.add(newest);
            newest.lift(SUPERVISOR, "the wrong account was banned", NOW.plusSeconds(180));
        });

        // Act
        List<UploaderBan> listed = inTransaction(em, () -> bans.list(10));

        // Assert
        assertThat(listed).extracting(UploaderBan::uploaderId)
                .containsExactly(PREFIX + "older", PREFIX + "oldest", PREFIX + "newest");
    }
}
