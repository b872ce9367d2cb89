package org.recourse.screening.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.screening.banks.BankEntries;
import org.recourse.screening.banks.BankEntry;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.HashBank;
import org.recourse.screening.banks.HashType;

@DisplayName("Sweep sources: one case per source, linked to what caused it")
class SweepSourceTest {

    private static final String SHA = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb";
    private static final String MD5 = "0cc175b9c0f1b6a831c399e269772661";

    @Test
    @DisplayName("a removal's hashes share the removal's case, whatever their kind")
    void removal() {
        // Arrange
        HashBank bank = BankEntries.bank(1, BankPurpose.SURVIVOR_IMAGES);
        BankEntry sha = BankEntries.confirmed(10, bank, HashType.SHA256, SHA, "C-000123");
        BankEntry md5 = BankEntries.confirmed(11, bank, HashType.MD5, MD5, "C-000123");

        // Act
        SweepSource one = SweepSource.of(sha, 5);
        SweepSource other = SweepSource.of(md5, 6);

        // Assert
        assertThat(one).isEqualTo(other);
        assertThat(one.key()).isEqualTo("case:123");
        assertThat(one.sourceCaseId()).isEqualTo(123L);
        assertThat(one.linkedTo(999L).sourceCaseId()).as("a removal stays linked to its own case").isEqualTo(123L);
    }

    @Test
    @DisplayName("a survivor's hashes share their submission, linked to the case of an upload they held, if any")
    void submission() {
        // Arrange
        HashBank bank = BankEntries.bank(2, BankPurpose.SURVIVOR_SUBMITTED);
        BankEntry entry = BankEntries.submitted(20, bank, HashType.SHA256, SHA, 42);

        // Act
        SweepSource source = SweepSource.of(entry, 5);

        // Assert
        assertThat(source.key()).isEqualTo("submission:42");
        assertThat(source.submissionId()).isEqualTo(42L);
        assertThat(source.sourceCaseId()).isNull();
        assertThat(source.linkedTo(77L).sourceCaseId()).isEqualTo(77L);
        assertThat(source.linkedTo(null)).isEqualTo(source);
    }

    @Test
    @DisplayName("an import's hashes share the sweep and the bank: one case for the whole import, not one per copy")
    void importedOrByHand() {
        // Arrange
        HashBank bank = BankEntries.bank(3, BankPurpose.IMPORTED);

        // Act
        SweepSource one = SweepSource.of(BankEntries.confirmed(30, bank, HashType.SHA256, SHA, null), 9);
        SweepSource other = SweepSource.of(BankEntries.confirmed(31, bank, HashType.MD5, MD5, null), 9);

        // Assert
        assertThat(one).isEqualTo(other);
        assertThat(one.key()).isEqualTo("sweep:9:bank:3");
        assertThat(one.key().length()).isLessThanOrEqualTo(48);
    }

    @Test
    @DisplayName("only entries that can match are swept, never the suppression list nor a disabled entry")
    void whatIsSwept() {
        // Arrange
        HashBank imported = BankEntries.bank(3, BankPurpose.IMPORTED);
        HashBank suppression = BankEntries.bank(4, BankPurpose.SUPPRESSION);

        // Act and assert
        assertThat(Sweeps.sweeps(BankEntries.confirmed(1, imported, HashType.SHA256, SHA, null))).isTrue();
        assertThat(Sweeps.sweeps(BankEntries.submitted(2, BankEntries.bank(2, BankPurpose.SURVIVOR_SUBMITTED),
                HashType.SHA256, SHA, 42))).as("an unconfirmed survivor's hash holds, so it sweeps").isTrue();
        assertThat(Sweeps.sweeps(BankEntries.confirmed(3, suppression, HashType.SHA256, SHA, null))).isFalse();
        assertThat(Sweeps.sweeps(BankEntries.disabled(BankEntries.confirmed(4, imported, HashType.MD5, MD5, null))))
                .isFalse();
    }

    @Test
    @DisplayName("a survivor's unconfirmed hash hides at most the flood threshold's worth of copies; a confirmed one is not capped")
    void unconfirmedHashesAreCapped() {
        // Arrange: a survivor's hash and a removal's each find five items
        HashBank survivors = BankEntries.bank(2, BankPurpose.SURVIVOR_SUBMITTED);
        HashBank removed = BankEntries.bank(1, BankPurpose.SURVIVOR_IMAGES);
        BankEntry unconfirmed = BankEntries.submitted(20, survivors, HashType.SHA256, SHA, 42);
        BankEntry confirmed = BankEntries.confirmed(10, removed, HashType.SHA256, SHA, "C-000001");
        java.util.List<CopyFinder.Found> found = new java.util.ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            org.recourse.content.ContentItem item = new org.recourse.content.ContentItem("item-" + id,
                    "https://platform.example/p/" + id, "image/jpeg", null, "user-1", java.time.Instant.EPOCH);
            org.recourse.testing.Wiring.set(item, "id", id);
            found.add(new CopyFinder.Found(unconfirmed, item, HashType.SHA256, 0));
            found.add(new CopyFinder.Found(confirmed, item, HashType.SHA256, 0));
        }

        // Act
        java.util.List<CopyFinder.Found> kept = Sweeps.capped(found, 3);

        // Assert
        assertThat(kept.stream().filter(f -> f.entry() == unconfirmed)).hasSize(3);
        assertThat(kept.stream().filter(f -> f.entry() == confirmed)).hasSize(5);
    }
}
