package org.recourse.screening.bans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.cases.CaseBuilder.aCase;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Case;
import org.recourse.cases.CaseBuilder;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.Category;
import org.recourse.cases.Decision;
import org.recourse.cases.ReasonCode;
import org.recourse.cases.Reviewer;
import org.recourse.cases.StrikePolicy;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.review.CaseViewRepository;
import org.recourse.review.ItemDecided;
import org.recourse.review.ReviewService;
import org.recourse.staff.Role;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;
import org.recourse.testing.RecordingWebhookOutbox;
import org.recourse.screening.ScreeningStatements;
import org.recourse.testing.Wiring;
import org.recourse.testing.Wiring.KeptEvents;
import org.recourse.webhook.WebhookEvent;

/**
 * Sanctions on a real H2 and a real PostgreSQL, with the review and sanction services wired by hand as the container
 * wires them: a decision fires ItemDecided, which applies the strike policy in the same transaction.
 */
@DisplayName("Sanctions: the strike policy applied to removals, and bans by hand")
class SanctionsTest {

    private static final Instant NOW = CaseBuilder.DEFAULT_OPENED_AT.plus(Duration.ofMinutes(12));
    private static final Reviewer MONA = new Reviewer("mona", Role.MODERATOR);
    private static final Reviewer SAM = new Reviewer("sam", Role.SUPERVISOR);

    private final MovableClock clock = new MovableClock(NOW);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final RecordingWebhookOutbox webhooks = new RecordingWebhookOutbox();
    private final String uploader = "sanctions-test-" + UUID.randomUUID();

    /** Strikes point at cases, which other tests of the shared databases delete: this test's go when it ends. */
    @AfterEach
    void forgetStrikes() {
        JpaDatabase.both().forEach(db -> {
            EntityManager em = db.entityManager();
            inTransaction(em, () -> em.createNativeQuery("delete from uploader_strike where uploader_id like "
                    + "'sanctions-test-%'").executeUpdate());
        });
    }

    /** The bans fired, as a statement of reasons would observe them. */
    private final Wiring.KeptEvents<UploaderBanned> banned = new Wiring.KeptEvents<>();

    private UploaderBans bans(EntityManager em) {
        UploaderBans bans = new UploaderBans();
        Wiring.set(bans, "repository", Wiring.set(new BanRepository(), "em", em));
        Wiring.set(bans, "webhooks", webhooks);
        Wiring.set(bans, "audit", audit);
        Wiring.set(bans, "clock", clock);
        Wiring.set(bans, "banned", banned);
        Wiring.set(bans, "statements", liftStatements);
        return bans;
    }

    /** The statements asked for lifted bans: the statements feature, as screening sees it. */
    private final List<String> liftsStated = new java.util.ArrayList<>();

    private final ScreeningStatements liftStatements = new ScreeningStatements() {
        @Override
        public String unreportedUpload(UnreportedUpload upload) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String blockedText(String sha256) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Optional<String> currentForContent(String platformContentId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonObject banLifted(String uploaderId) {
            liftsStated.add(uploaderId);
            return jakarta.json.Json.createObjectBuilder().add("id", "sor_lifted").add("restriction", "BAN_LIFTED")
                    .build();
        }
    };

    private Sanctions sanctions(EntityManager em) {
        Sanctions sanctions = new Sanctions();
        Wiring.set(sanctions, "cases", Wiring.set(new CaseRepository(), "em", em));
        Wiring.set(sanctions, "repository", Wiring.set(new BanRepository(), "em", em));
        Wiring.set(sanctions, "bans", bans(em));
        Wiring.set(sanctions, "policy", StrikePolicy.DEFAULT);
        Wiring.set(sanctions, "webhooks", webhooks);
        Wiring.set(sanctions, "audit", audit);
        Wiring.set(sanctions, "clock", clock);
        Wiring.set(sanctions, "banned", banned);
        return sanctions;
    }

    /** The review service, its decisions observed by the sanctions as in the container. */
    private ReviewService review(EntityManager em) {
        CaseRepository cases = Wiring.set(new CaseRepository(), "em", em);
        Sanctions sanctions = sanctions(em);
        ReviewService service = new ReviewService();
        Wiring.set(service, "cases", cases);
        Wiring.set(service, "views", Wiring.set(Wiring.set(new CaseViewRepository(), "em", em), "cases", cases));
        Wiring.set(service, "content", Wiring.set(new ContentRepository(), "em", em));
        Wiring.set(service, "audit", audit);
        Wiring.set(service, "clock", clock);
        Wiring.set(service, "decided", new KeptEvents<ItemDecided>(sanctions::itemDecided));
        Wiring.set(service, "visibilityChanged", new KeptEvents<>());
        return service;
    }

    /** A case of this category, claimed by mona, with one hosted item per uploader given. */
    private Case reported(JpaDatabase db, Category category, String... uploaders) {
        EntityManager em = db.entityManager();
        return inTransaction(em, () -> {
            CaseBuilder builder = aCase().category(category).openedAt(clock.instant()).claimedBy("mona");
            for (String by : uploaders) {
                ContentItem content = new ContentItem("st-" + UUID.randomUUID(), "https://platform.example/p/1",
                        "image/png", null, by, clock.instant());
                em.persist(content);
                content.hideForReview(clock.instant());
                builder.withHostedItem(content);
            }
            Case caseFile = builder.build();
            em.persist(caseFile);
            return caseFile;
        });
    }

    private void remove(JpaDatabase db, Case caseFile, int item, ReasonCode reason) {
        EntityManager em = db.entityManager();
        inTransaction(em, () -> review(em).decide(caseFile.id(), caseFile.items().get(item).id(), Decision.REMOVE,
                reason, null, null, MONA));
    }

    private long rows(JpaDatabase db, String table) {
        return db.jdbc().count("select count(*) from " + table + " where uploader_id = ?", uploader);
    }

    private static JsonObject data(WebhookEvent event) {
        return Json.createReader(new StringReader(event.json())).readObject().getJsonObject("data");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a survivor's personal information removed bans its uploader at once, with its statement of reasons")
    void doxxingBansAtOnce(JpaDatabase db) {
        // Arrange
        Case caseFile = reported(db, Category.SURVIVOR_PERSONAL_INFORMATION, uploader);

        // Act
        remove(db, caseFile, 0, ReasonCode.PERSONAL_INFORMATION);

        // Assert
        assertThat(rows(db, "uploader_ban")).isEqualTo(1);
        assertThat(rows(db, "uploader_strike")).isZero();
        assertThat(webhooks.types()).containsExactly("uploader.banned");
        JsonObject data = data(webhooks.published().get(0));
        assertThat(data.getString("uploaderId")).isEqualTo(uploader);
        assertThat(data.getString("category")).isEqualTo("survivor_personal_information");
        assertThat(data.getString("rule")).isEqualTo("ban at once");
        assertThat(data.getString("caseNumber")).isEqualTo(CaseNumbers.format(caseFile.id()));
        assertThat(data.getString("decidedAt")).isEqualTo(NOW.toString());
        assertThat(data.getBoolean("automated")).isFalse();
        assertThat(data.keySet()).noneMatch(key -> key.toLowerCase().contains("report"));
        assertThat(audit.withAction("uploader.banned")).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("mona"));
        assertThat(banned.fired()).singleElement().satisfies(ban -> {
            assertThat(ban.uploaderId()).isEqualTo(uploader);
            assertThat(ban.caseId()).isEqualTo(caseFile.id());
            assertThat(ban.contentItemId()).isEqualTo(caseFile.items().get(0).content().id());
            assertThat(ban.category()).isEqualTo(Category.SURVIVOR_PERSONAL_INFORMATION);
            assertThat(ban.byHand()).isFalse();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("harassment: a strike per removal, a ban at the third within a year; a strike older than that is forgotten")
    void harassmentBansAtTheThirdStrike(JpaDatabase db) {
        // Arrange: a strike more than a year ago, then two within the year
        remove(db, reported(db, Category.SURVIVOR_HARASSMENT, uploader), 0, ReasonCode.HARASSMENT);
        clock.advance(Duration.ofDays(366));
        remove(db, reported(db, Category.SURVIVOR_HARASSMENT, uploader), 0, ReasonCode.HARASSMENT);
        clock.advance(Duration.ofDays(30));
        remove(db, reported(db, Category.SURVIVOR_HARASSMENT, uploader), 0, ReasonCode.HARASSMENT);
        assertThat(rows(db, "uploader_ban")).as("two strikes within the year").isZero();

        // Act
        clock.advance(Duration.ofDays(30));
        remove(db, reported(db, Category.SURVIVOR_HARASSMENT, uploader), 0, ReasonCode.HARASSMENT);

        // Assert
        assertThat(rows(db, "uploader_strike")).isEqualTo(4);
        assertThat(rows(db, "uploader_ban")).isEqualTo(1);
        assertThat(webhooks.types()).containsExactly("uploader.strike", "uploader.strike", "uploader.strike",
                "uploader.strike", "uploader.banned");
        assertThat(webhooks.published().stream().filter(e -> e.type().equals("uploader.strike"))
                .map(e -> data(e).getInt("strikes")).toList()).containsExactly(1, 1, 2, 3);
        assertThat(data(webhooks.published().get(4)).getString("rule")).isEqualTo("3rd strike within 365 days");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a second item of the same case, or the same item decided again, gives no second strike or ban")
    void oncePerCase(JpaDatabase db) {
        // Arrange
        Case harassment = reported(db, Category.SURVIVOR_HARASSMENT, uploader, uploader);
        Case doxxing = reported(db, Category.SURVIVOR_PERSONAL_INFORMATION, uploader);
        remove(db, harassment, 0, ReasonCode.HARASSMENT);
        remove(db, doxxing, 0, ReasonCode.PERSONAL_INFORMATION);
        long banId = bansOf(db).get(0);
        EntityManager em = db.entityManager();
        inTransaction(em, () -> bans(em).lift(banId, SAM, "the platform confirmed a shared device"));

        // Act: the harassment case's second item, then each first item observed again (a re-decision)
        remove(db, harassment, 1, ReasonCode.HARASSMENT);
        inTransaction(em, () -> {
            sanctions(em).itemDecided(new ItemDecided(harassment.id(), harassment.items().get(0).id()));
            sanctions(em).itemDecided(new ItemDecided(doxxing.id(), doxxing.items().get(0).id()));
        });

        // Assert
        assertThat(rows(db, "uploader_strike")).isEqualTo(1);
        assertThat(bansOf(db)).hasSize(1);
        assertThat(webhooks.types()).containsExactly("uploader.strike", "uploader.banned", "uploader.unbanned");
    }

    private List<Long> bansOf(JpaDatabase db) {
        return db.jdbc().query("select id from uploader_ban where uploader_id = ?", uploader).stream()
                .map(row -> ((Number) row.get("id")).longValue()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a moderator can neither ban by hand nor lift a ban: refused, nothing stored, audited or sent")
    void moderatorsRefused(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        UploaderBans bans = bans(em);
        long banId = inTransaction(em, () -> bans.banByHand(uploader, "coordinated harassment ring", null, SAM)).id();
        int audited = audit.entries().size();
        int sent = webhooks.published().size();

        // Act / Assert
        assertThatThrownBy(() -> inTransaction(em, () -> bans.banByHand(uploader + "-2",
                "coordinated harassment ring", null, MONA))).isInstanceOf(SanctionRefusedException.class)
                .hasMessage("staff.bans.error.supervisorsOnly");
        assertThatThrownBy(() -> inTransaction(em, () -> bans.lift(banId, MONA, "I think this was a mistake")))
                .isInstanceOf(SanctionRefusedException.class).hasMessage("staff.bans.error.supervisorsOnly");
        assertThat(db.jdbc().count("select count(*) from uploader_ban where uploader_id = ?", uploader + "-2"))
                .isZero();
        assertThat(db.jdbc().count("select count(*) from uploader_ban where id = ? and lifted_at is null", banId))
                .isEqualTo(1);
        assertThat(audit.entries()).hasSize(audited);
        assertThat(webhooks.published()).hasSize(sent);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a supervisor bans by hand and lifts, each with a written reason; account screening follows")
    void supervisorBansAndLifts(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        UploaderBans bans = bans(em);
        assertThatThrownBy(() -> inTransaction(em, () -> bans.banByHand(uploader, "too short", null, SAM)))
                .hasMessage("staff.bans.error.reason");
        assertThatThrownBy(() -> inTransaction(em, () -> bans.banByHand("has space", "a long enough reason", null,
                SAM))).hasMessage("staff.bans.error.uploader");

        // Act
        UploaderBan ban = inTransaction(em, () -> bans.banByHand(uploader, "posted a survivor's address twice",
                "C-000001", SAM));
        boolean refusedWhileBanned = inTransaction(em, () -> bans.screenAccount(uploader, Map.of())).refused();
        assertThatThrownBy(() -> inTransaction(em, () -> bans.banByHand(uploader, "again, another reason", null,
                SAM))).hasMessage("staff.bans.error.alreadyBanned");
        boolean lifted = inTransaction(em, () -> bans.lift(ban.id(), SAM, "the account was taken over, now restored"));
        boolean refusedAfter = inTransaction(em, () -> bans.screenAccount(uploader, Map.of())).refused();

        // Assert
        assertThat(refusedWhileBanned).isTrue();
        assertThat(lifted).isTrue();
        assertThat(refusedAfter).isFalse();
        assertThat(audit.entries().stream().map(RecordingAuditLog.Entry::action))
                .containsExactly("uploader.banned-by-hand", "uploader.ban-lifted");
        assertThat(webhooks.types()).containsExactly("uploader.banned", "uploader.unbanned");
        JsonObject bannedData = data(webhooks.published().get(0));
        assertThat(bannedData.getString("rule")).isEqualTo("banned by a supervisor");
        assertThat(bannedData.getString("caseNumber")).isEqualTo("C-000001");
        assertThat(bannedData.getBoolean("automated")).isFalse();
        assertThat(banned.fired()).singleElement()
                .isEqualTo(new UploaderBanned(uploader, 1L, null, null, true));
        assertThat(webhooks.published().get(0).json()).doesNotContain("survivor's address");
        assertThat(liftsStated).containsExactly(uploader);
        assertThat(data(webhooks.published().get(1)).getJsonObject("statementOfReasons").getString("restriction"))
                .isEqualTo("BAN_LIFTED");
    }

    /** An appeal restored this item, as AppealService does it: the content shown again, then the sanctions undone. */
    private boolean reverse(JpaDatabase db, Case caseFile, int item, Reviewer by) {
        EntityManager em = db.entityManager();
        return inTransaction(em, () -> {
            org.recourse.cases.CaseItem restored = em.find(org.recourse.cases.CaseItem.class,
                    caseFile.items().get(item).id());
            restored.content().restore(clock.instant());
            return sanctions(em).reversed(restored, by, "Appeal AP-TEST restored the content");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("an appeal that reverses a removal which banned at once lifts that ban through the supervisors' lift "
            + "(uploader.unbanned), only once the uploader's last removed item of the case is restored")
    void reversedRemovalLiftsItsBan(JpaDatabase db) {
        // Arrange: two items of the uploader removed in a case that bans at once
        Case doxxing = reported(db, Category.SURVIVOR_PERSONAL_INFORMATION, uploader, uploader);
        remove(db, doxxing, 0, ReasonCode.PERSONAL_INFORMATION);
        remove(db, doxxing, 1, ReasonCode.PERSONAL_INFORMATION);

        // Act
        boolean afterFirst = reverse(db, doxxing, 0, SAM);
        boolean afterSecond = reverse(db, doxxing, 1, SAM);

        // Assert
        assertThat(afterFirst).as("the other item still stands removed").isFalse();
        assertThat(afterSecond).isTrue();
        assertThat(db.jdbc().count("select count(*) from uploader_ban where uploader_id = ? and lifted_at is not null"
                + " and lifted_by = 'sam'", uploader)).isEqualTo(1);
        assertThat(webhooks.types()).containsExactly("uploader.banned", "uploader.unbanned");
        assertThat(audit.withAction("uploader.ban-lifted")).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).contains("AP-TEST"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("harassment: a reversed removal's strike no longer counts, so the ban given at the third strike is "
            + "lifted, and the next removal is the third strike again; a ban by hand is never lifted by an appeal")
    void reversedStrikeNoLongerCounts(JpaDatabase db) {
        // Arrange: three strikes within the year, the third bans
        Case first = reported(db, Category.SURVIVOR_HARASSMENT, uploader);
        remove(db, first, 0, ReasonCode.HARASSMENT);
        clock.advance(Duration.ofDays(10));
        remove(db, reported(db, Category.SURVIVOR_HARASSMENT, uploader), 0, ReasonCode.HARASSMENT);
        clock.advance(Duration.ofDays(10));
        remove(db, reported(db, Category.SURVIVOR_HARASSMENT, uploader), 0, ReasonCode.HARASSMENT);
        assertThat(bansOf(db)).hasSize(1);

        // Act: the first removal reversed on appeal, then a fourth removal
        clock.advance(Duration.ofDays(1));
        boolean lifted = reverse(db, first, 0, SAM);
        clock.advance(Duration.ofDays(1));
        remove(db, reported(db, Category.SURVIVOR_HARASSMENT, uploader), 0, ReasonCode.HARASSMENT);

        // Assert
        assertThat(lifted).isTrue();
        assertThat(db.jdbc().count("select count(*) from uploader_strike where uploader_id = ? and case_id = ?"
                + " and withdrawn_at is not null", uploader, first.id())).isEqualTo(1);
        assertThat(audit.withAction("uploader.strike-withdrawn")).hasSize(1);
        assertThat(webhooks.published().stream().filter(e -> e.type().equals("uploader.strike"))
                .map(e -> data(e).getInt("strikes")).toList()).containsExactly(1, 2, 3, 3);
        assertThat(webhooks.types()).containsSubsequence("uploader.banned", "uploader.unbanned", "uploader.banned");
        assertThat(bansOf(db)).hasSize(2);

        // And a ban by hand stays whatever an appeal restores
        EntityManager em = db.entityManager();
        long now = bansOf(db).get(bansOf(db).size() - 1);
        inTransaction(em, () -> bans(em).lift(now, SAM, "lifted to test a ban by hand"));
        inTransaction(em, () -> bans(em).banByHand(uploader, "coordinated harassment ring", null, SAM));
        Case handCase = reported(db, Category.SURVIVOR_HARASSMENT, uploader);
        assertThat(reverse(db, handCase, 0, SAM)).isFalse();
        assertThat(db.jdbc().count("select count(*) from uploader_ban where uploader_id = ? and lifted_at is null",
                uploader)).isEqualTo(1);
    }
}
