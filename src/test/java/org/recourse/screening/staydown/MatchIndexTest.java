package org.recourse.screening.staydown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.matching.hash.PdqHash;
import org.recourse.screening.banks.BankEntry;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.BankRepository;
import org.recourse.screening.banks.HashBanks;
import org.recourse.screening.banks.HashType;
import org.recourse.screening.banks.PdqEntryChanged;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;
import org.recourse.testing.Wiring;

/**
 * Two nodes' PDQ indexes over one real database (H2 and PostgreSQL): what one node logs, the other applies before
 * its next look-up, additions and removals alike.
 */
@DisplayName("Match index: every node follows the change log")
class MatchIndexTest {

    private static final PdqHash HASH = PdqHash.fromHex("f".repeat(16) + "0".repeat(48));
    private static final PdqHash NEAR = PdqHash.fromHex("f".repeat(16) + "0".repeat(47) + "7");
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));

    private static final PdqHash PENDING = PdqHash.fromHex("0".repeat(48) + "f".repeat(16));
    private static final PdqHash NEAR_PENDING = PdqHash.fromHex("1" + "0".repeat(47) + "f".repeat(16));
    private static final String STORED_SOURCE = "match index test";
    private static final String STORED_ITEM = "match-index-test-item";

    @AfterEach
    void cleanUp() {
        JpaDatabase.both().forEach(db -> {
            EntityManager em = db.entityManager();
            inTransaction(em, () -> em.createNativeQuery("delete from screening_change").executeUpdate());
            inTransaction(em, () -> {
                em.createNativeQuery("delete from bank_entry where source = '" + STORED_SOURCE + "'").executeUpdate();
                em.createNativeQuery("delete from content_item where platform_content_id = '" + STORED_ITEM + "'")
                        .executeUpdate();
            });
        });
    }

    private MatchIndex node(EntityManager em) {
        ScreeningChanges changes = changes(em);
        MatchIndex index = new MatchIndex();
        index.banks = banks(em);
        index.content = Wiring.set(new ContentRepository(), "em", em);
        index.changes = changes;
        index.threshold = 31;
        return index;
    }

    private HashBanks banks(EntityManager em) {
        HashBanks banks = Wiring.set(new HashBanks(), "repository", Wiring.set(new BankRepository(), "em", em));
        Wiring.set(banks, "pdqChanges", new Wiring.KeptEvents<PdqEntryChanged>());
        Wiring.set(banks, "entriesAdded", new Wiring.KeptEvents<org.recourse.screening.banks.BankEntryAdded>());
        Wiring.set(banks, "audit", new RecordingAuditLog());
        return Wiring.set(banks, "clock", clock);
    }

    private ScreeningChanges changes(EntityManager em) {
        ScreeningChanges changes = new ScreeningChanges() {
            @Override
            public List<Change> after(long lastApplied, int max) {
                return inTransaction(em, () -> super.after(lastApplied, max));
            }

            @Override
            public long lastId() {
                return inTransaction(em, () -> super.lastId());
            }
        };
        changes.em = em;
        changes.clock = clock;
        return changes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a hash logged by one node is found by the other, and gone once the removal is logged")
    void followsTheLog(JpaDatabase db) {
        // Arrange: node B has loaded (an empty index) before node A logs anything
        EntityManager a = db.entityManager();
        EntityManager b = db.entityManager();
        MatchIndex nodeB = node(b);
        assertThat(nodeB.near(List.of(NEAR))).isEmpty();

        // Act: node A logs a pending item and a bank entry
        inTransaction(a, () -> {
            changes(a).added(ScreeningChanges.Source.PENDING, 41, HASH);
            changes(a).added(ScreeningChanges.Source.BANK, 7, HASH);
        });

        // Assert
        List<MatchIndex.Hit> hits = nodeB.near(List.of(NEAR));
        assertThat(hits).extracting(MatchIndex.Hit::ref).containsExactlyInAnyOrder(
                new MatchIndex.Ref(ScreeningChanges.Source.PENDING, 41), new MatchIndex.Ref(ScreeningChanges.Source.BANK, 7));
        assertThat(hits).allSatisfy(hit -> assertThat(hit.distance()).isEqualTo(HASH.distanceTo(NEAR)));

        // Act / Assert: the pending item is decided on node A
        inTransaction(a, () -> changes(a).removed(ScreeningChanges.Source.PENDING, 41, HASH));
        assertThat(nodeB.near(List.of(NEAR))).extracting(MatchIndex.Hit::ref)
                .containsExactly(new MatchIndex.Ref(ScreeningChanges.Source.BANK, 7));
        assertThat(nodeB.size()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a node starting loads the banks' PDQ entries and the items hidden pending review from their tables")
    void loadsWhatIsStored(JpaDatabase db) {
        // Arrange: a PDQ entry and an item hidden pending review, stored before the node starts (nothing logged)
        EntityManager em = db.entityManager();
        HashBanks banks = banks(em);
        long[] ids = inTransaction(em, () -> {
            BankEntry entry = banks.add(banks.bankFor(BankPurpose.OTHER_REMOVED), HashType.PDQ, HASH.toHex(), null,
                    STORED_SOURCE, null, "tester");
            ContentItem item = new ContentItem(STORED_ITEM, "https://platform.example/p/1", "image/png", null, null,
                    clock.instant());
            item.recordHashes(null, PENDING);
            item.hideForReview(clock.instant());
            em.persist(item);
            return new long[] {entry.id(), item.id()};
        });

        // Act
        MatchIndex node = node(db.entityManager());

        // Assert
        assertThat(node.near(List.of(NEAR))).extracting(MatchIndex.Hit::ref)
                .contains(new MatchIndex.Ref(ScreeningChanges.Source.BANK, ids[0]));
        assertThat(node.near(List.of(NEAR_PENDING))).extracting(MatchIndex.Hit::ref)
                .contains(new MatchIndex.Ref(ScreeningChanges.Source.PENDING, ids[1]));
        assertThat(inTransaction(em, () -> em.createNativeQuery(
                "select pdq from content_item where id = " + ids[1]).getSingleResult())).isEqualTo(PENDING.toHex());
    }
}
