package org.recourse.screening.banks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.platform.domain.IllegalTransitionException;

@DisplayName("Bank entries: a survivor's hash holds until a reviewer confirms or rejects it")
class BankEntryStateTest {

    /** The whole table, written out by hand so that a change to EntryState must be a deliberate change here too. */
    private static final Set<String> ALLOWED = Set.of(
            "UNCONFIRMED -> QUARANTINED",
            "UNCONFIRMED -> CONFIRMED",
            "UNCONFIRMED -> REJECTED",
            "QUARANTINED -> CONFIRMED",
            "QUARANTINED -> REJECTED",
            "REJECTED -> UNCONFIRMED");

    private static final Instant SUBMITTED_AT = Instant.parse("2026-12-10T09:00:00Z");
    private static final Instant LATER = SUBMITTED_AT.plusSeconds(3600);
    private static final String SHA = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb";

    private static BankEntry submitted() {
        return BankEntry.submitted(new HashBank(), HashType.SHA256, SHA, 42, SUBMITTED_AT);
    }

    /** An entry in this state, reached the way the service reaches it. */
    private static BankEntry in(EntryState state) {
        BankEntry entry = switch (state) {
            case CONFIRMED -> new BankEntry(new HashBank(), HashType.SHA256, SHA, null, "removed in case C-000001",
                    "C-000001", "mod", SUBMITTED_AT);
            case UNCONFIRMED, QUARANTINED, REJECTED -> submitted();
        };
        if (state == EntryState.QUARANTINED) {
            entry.quarantine(SUBMITTED_AT);
        } else if (state == EntryState.REJECTED) {
            entry.reject("sup", "C-000002", "NO_VIOLATION", "A landscape, nobody in it.", SUBMITTED_AT);
        }
        return entry;
    }

    /** The verb that moves an entry to each state. */
    private static void moveTo(BankEntry entry, EntryState next) {
        switch (next) {
            case QUARANTINED -> entry.quarantine(LATER);
            case CONFIRMED -> entry.confirm("mod", "C-000009", LATER);
            case REJECTED -> entry.reject("sup", "C-000009", "NO_VIOLATION", "A lawful picture.", LATER);
            case UNCONFIRMED -> entry.reopen("sup", LATER);
        }
    }

    static Stream<Arguments> everyPairOfStates() {
        return Arrays.stream(EntryState.values())
                .flatMap(from -> Arrays.stream(EntryState.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStates")
    @DisplayName("the enum allows exactly the moves of the table")
    void enumMatchesTable(EntryState from, EntryState to) {
        // Act
        boolean canMove = from.canMoveTo(to);

        // Assert
        assertThat(canMove).isEqualTo(ALLOWED.contains(from + " -> " + to));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStates")
    @DisplayName("an entry makes every allowed move and refuses every other, unchanged")
    void entryFollowsTable(EntryState from, EntryState to) {
        // Arrange
        BankEntry entry = in(from);

        // Act / Assert
        if (ALLOWED.contains(from + " -> " + to)) {
            moveTo(entry, to);
            assertThat(entry.state()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> moveTo(entry, to)).isInstanceOf(IllegalTransitionException.class);
            assertThat(entry.state()).isEqualTo(from);
        }
    }

    @Test
    @DisplayName("a survivor's hash holds, is quarantined by a flood, then a removal confirms it and it blocks")
    void submittedQuarantinedConfirmed() {
        // Arrange
        BankEntry entry = submitted();
        assertThat(entry.state()).isEqualTo(EntryState.UNCONFIRMED);
        assertThat(entry.effect()).isEqualTo(EntryState.Effect.HOLD);
        assertThat(entry.submissionNumber()).isEqualTo("S-000042");
        assertThat(entry.originalCase()).isNull();

        // Act
        entry.quarantine(LATER);

        // Assert
        assertThat(entry.effect()).isEqualTo(EntryState.Effect.HOLD_WITHOUT_CASE);
        assertThat(entry.quarantinedAt()).isEqualTo(LATER);
        assertThat(entry.screens()).isTrue();

        // Act
        entry.confirm("moderator-1", "C-000007", LATER.plusSeconds(60));

        // Assert
        assertThat(entry.effect()).isEqualTo(EntryState.Effect.BLOCK);
        assertThat(entry.reviewedBy()).isEqualTo("moderator-1");
        assertThat(entry.reviewCase()).isEqualTo("C-000007");
        assertThat(entry.reviewedAt()).isEqualTo(LATER.plusSeconds(60));
        assertThat(entry.state().awaitsReview()).isFalse();
    }

    @Test
    @DisplayName("a restore rejects it: it never matches, and the entry says who decided, on which case and why")
    void rejectedSaysWhy() {
        // Arrange
        BankEntry entry = submitted();

        // Act
        entry.reject("supervisor-2", "C-000011", "NO_VIOLATION", "  A public monument, no person shown.  ", LATER);

        // Assert
        assertThat(entry.effect()).isEqualTo(EntryState.Effect.NONE);
        assertThat(entry.screens()).isFalse();
        assertThat(entry.reviewedBy()).isEqualTo("supervisor-2");
        assertThat(entry.reviewCase()).isEqualTo("C-000011");
        assertThat(entry.reviewReason()).isEqualTo("NO_VIOLATION");
        assertThat(entry.reviewNote()).isEqualTo("A public monument, no person shown.");
    }

    @Test
    @DisplayName("a supervisor's reopening puts a rejected hash back in review and clears the old reason")
    void reopened() {
        // Arrange
        BankEntry entry = in(EntryState.REJECTED);

        // Act
        entry.reopen("supervisor-3", LATER);

        // Assert
        assertThat(entry.state()).isEqualTo(EntryState.UNCONFIRMED);
        assertThat(entry.effect()).isEqualTo(EntryState.Effect.HOLD);
        assertThat(entry.reviewReason()).isNull();
        assertThat(entry.reviewNote()).isNull();
        assertThat(entry.reviewedBy()).isEqualTo("supervisor-3");
    }

    @Test
    @DisplayName("a disabled entry never matches, whatever its review state, until a person enables it")
    void disabledNeverMatches() {
        for (EntryState state : EntryState.values()) {
            // Arrange
            BankEntry entry = in(state);

            // Act
            entry.disable("supervisor-1", LATER);

            // Assert
            assertThat(entry.effect()).as(state.name()).isEqualTo(EntryState.Effect.NONE);
            assertThat(entry.screens()).as(state.name()).isFalse();
            assertThat(entry.state()).as("disabling keeps the review state").isEqualTo(state);

            // Act
            entry.enable();

            // Assert
            assertThat(entry.effect()).as(state.name()).isEqualTo(state.effect());
        }
    }

    @Test
    @DisplayName("staff's entries are confirmed from the start: a match blocks")
    void staffEntriesBlock() {
        // Act
        BankEntry entry = in(EntryState.CONFIRMED);

        // Assert
        assertThat(entry.effect()).isEqualTo(EntryState.Effect.BLOCK);
        assertThat(entry.submissionNumber()).isNull();
        assertThat(entry.originalCase()).isEqualTo("C-000001");
    }

    @Test
    @DisplayName("sending a hash again never changes it: one staff set aside waits for a supervisor")
    void resubmissionArrival() {
        // Arrange
        BankEntry disabled = in(EntryState.CONFIRMED);
        disabled.disable("supervisor-1", LATER);

        // Act / Assert
        assertThat(SubmittedHash.arrivalAt(in(EntryState.UNCONFIRMED))).isEqualTo(SubmittedHash.Arrival.KNOWN);
        assertThat(SubmittedHash.arrivalAt(in(EntryState.QUARANTINED))).isEqualTo(SubmittedHash.Arrival.KNOWN);
        assertThat(SubmittedHash.arrivalAt(in(EntryState.CONFIRMED))).isEqualTo(SubmittedHash.Arrival.KNOWN);
        assertThat(SubmittedHash.arrivalAt(in(EntryState.REJECTED))).isEqualTo(SubmittedHash.Arrival.SET_ASIDE);
        assertThat(SubmittedHash.arrivalAt(disabled)).isEqualTo(SubmittedHash.Arrival.SET_ASIDE);
        assertThat(disabled.isActive()).isFalse();
    }
}
