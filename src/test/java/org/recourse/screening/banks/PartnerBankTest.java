package org.recourse.screening.banks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Partner banks: what a match does follows the bank's trust until a reviewer settles the entry")
class PartnerBankTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final String PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    private static HashBank partner(TrustLevel trust) {
        return HashBank.partner("Industry list", BankPurpose.IMPORTED, "ThreatExchange privacy group 1234", trust,
                "sup", NOW);
    }

    private static BankEntry entryOf(HashBank bank) {
        return BankEntry.fromPartner(bank, HashType.PDQ, PDQ.toUpperCase(), "csam photo", bank.partnerSource(),
                "1234567890", "sup", NOW);
    }

    @ParameterizedTest(name = "{0} bank, entry not reviewed here: {1}")
    @CsvSource({"TRUSTED, BLOCK", "UNTRUSTED, HOLD"})
    @DisplayName("an entry nobody here has reviewed does what its bank's trust level says")
    void trustDecidesUnreviewed(TrustLevel trust, EntryState.Effect effect) {
        // Arrange
        BankEntry entry = entryOf(partner(trust));

        // Act / Assert
        assertThat(entry.state()).isEqualTo(EntryState.UNCONFIRMED);
        assertThat(entry.effect()).isEqualTo(effect);
        assertThat(entry.screens()).isTrue();
        assertThat(entry.hashValue()).isEqualTo(PDQ);
        assertThat(entry.sourceRef()).isEqualTo("1234567890");
    }

    @ParameterizedTest(name = "{0} bank")
    @EnumSource(TrustLevel.class)
    @DisplayName("a reviewer's removal confirms the entry: it blocks, whatever the bank's trust")
    void confirmedBlocks(TrustLevel trust) {
        // Arrange
        BankEntry entry = entryOf(partner(trust));

        // Act
        entry.confirm("mod", "C-000001", NOW);

        // Assert
        assertThat(entry.state()).isEqualTo(EntryState.CONFIRMED);
        assertThat(entry.effect()).isEqualTo(EntryState.Effect.BLOCK);
    }

    @ParameterizedTest(name = "{0} bank")
    @EnumSource(TrustLevel.class)
    @DisplayName("a reviewer's \"no violation\" rejects the entry: it stops matching and says why")
    void rejectedStopsMatching(TrustLevel trust) {
        // Arrange
        BankEntry entry = entryOf(partner(trust));

        // Act
        entry.reject("mod", "C-000002", "NO_VIOLATION", "A landscape.", NOW);

        // Assert
        assertThat(entry.effect()).isEqualTo(EntryState.Effect.NONE);
        assertThat(entry.screens()).isFalse();
        assertThat(entry.reviewReason()).isEqualTo("NO_VIOLATION");
        assertThat(entry.reviewCase()).isEqualTo("C-000002");
        assertThatThrownBy(() -> entry.confirm("mod", "C-000003", NOW))
                .isInstanceOf(org.recourse.platform.domain.IllegalTransitionException.class);
    }

    @Test
    @DisplayName("changing the trust level changes what an unreviewed entry's match does, never whether it matches")
    void trustChanges() {
        // Arrange
        HashBank bank = partner(TrustLevel.TRUSTED);
        BankEntry entry = entryOf(bank);

        // Act
        boolean changed = bank.trust(TrustLevel.UNTRUSTED);

        // Assert
        assertThat(changed).isTrue();
        assertThat(bank.trust(TrustLevel.UNTRUSTED)).as("the same level again").isFalse();
        assertThat(entry.effect()).isEqualTo(EntryState.Effect.HOLD);
        assertThat(entry.screens()).isTrue();
    }

    @Test
    @DisplayName("a disabled partner entry never matches")
    void disabled() {
        // Arrange
        BankEntry entry = entryOf(partner(TrustLevel.TRUSTED));

        // Act
        entry.disable("sup", NOW);

        // Assert
        assertThat(entry.effect()).isEqualTo(EntryState.Effect.NONE);
    }

    @Test
    @DisplayName("the portal's own banks keep their rules: a survivor's unconfirmed hash holds, and has no trust level")
    void ownBanks() {
        // Arrange
        HashBank own = new HashBank();

        // Act / Assert
        assertThat(own.isPartner()).isFalse();
        assertThat(own.unreviewedEffect()).isEqualTo(EntryState.Effect.HOLD);
        assertThat(BankEntry.submitted(own, HashType.PDQ, PDQ, 7, NOW).effect()).isEqualTo(EntryState.Effect.HOLD);
        assertThatThrownBy(() -> own.trust(TrustLevel.UNTRUSTED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BankEntry.fromPartner(own, HashType.PDQ, PDQ, null, "x", null, "sup", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a partner bank needs a name and a source, and cannot pose as survivors' hashes or the suppression list")
    void creation() {
        assertThatThrownBy(() -> HashBank.partner(" ", BankPurpose.IMPORTED, "src", TrustLevel.TRUSTED, "sup", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashBank.partner("n", BankPurpose.IMPORTED, null, TrustLevel.TRUSTED, "sup", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashBank.partner("n", BankPurpose.SURVIVOR_SUBMITTED, "s", TrustLevel.TRUSTED, "sup",
                NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashBank.partner("n", BankPurpose.SUPPRESSION, "s", TrustLevel.TRUSTED, "sup", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashBank.partner("n".repeat(101), BankPurpose.IMPORTED, "s", TrustLevel.TRUSTED,
                "sup", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a bank is flagged once, and its flag is lifted once")
    void flagOnce() {
        // Arrange
        HashBank bank = partner(TrustLevel.TRUSTED);

        // Act / Assert
        assertThat(bank.flag(NOW)).isTrue();
        assertThat(bank.flag(NOW.plusSeconds(60))).as("already flagged: no second alert").isFalse();
        assertThat(bank.flaggedAt()).isEqualTo(NOW);
        assertThat(bank.unflag()).isTrue();
        assertThat(bank.unflag()).isFalse();
        assertThat(bank.isFlagged()).isFalse();
    }
}
