package org.recourse.screening.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.content.ContentItem;
import org.recourse.matching.hash.PdqHash;
import org.recourse.matching.hash.PdqVectors;
import org.recourse.matching.index.StaticMultiIndex;
import org.recourse.screening.banks.BankEntries;
import org.recourse.screening.banks.BankEntry;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.HashBank;
import org.recourse.screening.banks.HashType;
import org.recourse.testing.Wiring;

@DisplayName("Finding copies: the content index searched with a hash's variants, each copy once at its closest")
class CopyFindingTest {

    private static final Instant AT = Instant.parse("2026-12-10T09:00:00Z");
    private static final Map<String, PdqHash> VECTORS = new java.util.HashMap<>();

    static {
        PdqVectors.table("expected.tsv").forEach(row -> VECTORS.put(row.get("file"), PdqHash.fromHex(row.get("pdq"))));
    }

    @Test
    @DisplayName("a near copy and a mirrored copy are found from the original's hash; an unrelated picture is not")
    void nearAndMirroredFoundUnrelatedNot() {
        // Arrange: registered content: a sharpened copy (1), a mirrored one (2), another picture (3)
        StaticMultiIndex index = StaticMultiIndex.builder(31, 3)
                .add(1, VECTORS.get("bridge-mods/sharpen-a-lot.jpg"))
                .add(2, VECTORS.get("reg-test-input/dih/bridge-6-flipy.jpg"))
                .add(3, VECTORS.get("reg-test-input/pen-and-coaster.png"))
                .build();
        Fingerprint.Pdq banked = new Fingerprint.Pdq(VECTORS.get("reg-test-input/dih/bridge-1-original.jpg"));

        // Act
        List<ContentIndex.Hit> hits = ContentIndex.nearIn(index, banked.variants());

        // Assert: nearest first, within the threshold (31, inclusive)
        assertThat(hits).extracting(ContentIndex.Hit::itemId).containsExactly(1L, 2L);
        assertThat(hits).allSatisfy(hit -> assertThat(hit.distance()).isBetween(1, 31));
        index.close();
    }

    @Test
    @DisplayName("an item found by several entries counts once, at its closest match, and only while it is shown")
    void closestPerItem() {
        // Arrange
        HashBank bank = BankEntries.bank(1, BankPurpose.SURVIVOR_SUBMITTED);
        BankEntry sha = BankEntries.submitted(10, bank, HashType.SHA256, "a".repeat(64), 42);
        BankEntry pdq = BankEntries.submitted(11, bank, HashType.PDQ, "b".repeat(64), 42);
        ContentItem exact = item(100);
        ContentItem near = item(101);
        ContentItem hidden = item(102);
        hidden.hideForReview(AT);

        // Act
        List<CopyFinder.Found> copies = CopyHider.closestPerItem(List.of(
                new CopyFinder.Found(pdq, exact, HashType.PDQ, 0),
                new CopyFinder.Found(sha, exact, HashType.SHA256, 0),
                new CopyFinder.Found(pdq, near, HashType.PDQ, 20),
                new CopyFinder.Found(pdq, near, HashType.PDQ, 12),
                new CopyFinder.Found(pdq, hidden, HashType.PDQ, 3)));

        // Assert
        assertThat(copies).extracting(f -> f.item().id(), CopyFinder.Found::hashType, CopyFinder.Found::distance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100L, HashType.PDQ, 0),
                        org.assertj.core.groups.Tuple.tuple(101L, HashType.PDQ, 12));
    }

    @Test
    @DisplayName("the system report names the source by number, never a survivor's reference")
    void detailsByNumber() {
        // Arrange
        HashBank bank = BankEntries.bank(1, BankPurpose.SURVIVOR_SUBMITTED);
        BankEntry entry = BankEntries.submitted(10, bank, HashType.SHA256, "a".repeat(64), 42);

        // Act
        String words = CopyHider.details(SweepSource.of(entry, 7), entry, 3, 7L);
        String removal = CopyHider.details(new SweepSource("case:12", 12L, null), entry, 1, 8L);

        // Assert
        assertThat(words).isEqualTo("3 copies already up of a picture a survivor fingerprinted (submission S-000042),"
                + " found by the sweep #7 and hidden pending review.");
        assertThat(removal).startsWith("1 copy already up of content removed in case C-000012");
    }

    private static ContentItem item(long id) {
        ContentItem item = new ContentItem("item-" + id, "https://platform.example/p/" + id, "image/jpeg", null,
                "user-1", AT);
        Wiring.set(item, "id", id);
        return item;
    }
}
