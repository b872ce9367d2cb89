package org.recourse.performers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Which performers of an upload have no record in force")
class PerformerChecksTest {

    /** The records as the database would give them, and what was asked of it. */
    static final class Stored extends PerformerRecordRepository {
        final List<PerformerRecord> records = new ArrayList<>();
        final List<Collection<String>> asked = new ArrayList<>();

        @Override
        public List<PerformerRecord> findAll(Collection<String> recordIds) {
            asked.add(List.copyOf(recordIds));
            return records.stream().filter(r -> recordIds.contains(r.recordId())).toList();
        }
    }

    private final Stored stored = new Stored();
    private final PerformerChecks checks = new PerformerChecks();

    @BeforeEach
    void wire() {
        checks.records = stored;
        checks.clock = Clock.fixed(PerformerRecordTest.NOW, ZoneOffset.UTC);
        PerformerRecord withdrawn = PerformerRecordTest.record("withdrawn", null);
        withdrawn.withdraw(WithdrawalChannel.API, PerformerRecordTest.NOW);
        stored.records.addAll(List.of(PerformerRecordTest.record("valid", null),
                PerformerRecordTest.record("valid-today", PerformerRecordTest.TODAY),
                PerformerRecordTest.record("expired", PerformerRecordTest.TODAY.minusDays(1)), withdrawn));
    }

    @Test
    @DisplayName("names the unknown, the withdrawn and the expired, in the order asked, each once")
    void notInForce() {
        // Act
        List<String> missing = checks.notInForce(List.of("valid", "unknown", "withdrawn", "expired", "valid-today",
                "unknown"));

        // Assert
        assertThat(missing).containsExactly("unknown", "withdrawn", "expired");
    }

    @Test
    @DisplayName("is empty when every person shown is covered, and for no one")
    void allCovered() {
        // Act / Assert
        assertThat(checks.notInForce(List.of("valid", "valid-today"))).isEmpty();
        assertThat(checks.notInForce(List.of())).isEmpty();
        assertThat(checks.notInForce(null)).isEmpty();
    }

    @Test
    @DisplayName("a malformed id or a missing one is not in force, and never reaches the database")
    void malformed() {
        // Act
        List<String> missing = checks.notInForce(Arrays.asList("valid", "x y", "' or 1=1", null));

        // Assert
        assertThat(missing).containsExactly("x y", "' or 1=1", "");
        assertThat(stored.asked).singleElement().asList().containsExactly("valid");
    }

    @Test
    @DisplayName("asks the database about 200 ids at most; the rest are not in force")
    void bounded() {
        // Arrange
        List<String> crowd = new ArrayList<>(IntStream.range(0, 300).mapToObj(i -> "p-" + i).toList());
        crowd.set(250, "valid");

        // Act
        List<String> missing = checks.notInForce(crowd);

        // Assert
        assertThat(stored.asked.get(0)).hasSize(PerformerChecks.MAX_IDS);
        assertThat(missing).hasSize(300).contains("valid");
    }

    @Test
    @DisplayName("moves with the clock: a consent given for a time stops covering after its last day")
    void clock() {
        // Arrange
        checks.clock = Clock.fixed(PerformerRecordTest.NOW.plusSeconds(86_400), ZoneOffset.UTC);

        // Act / Assert
        assertThat(checks.notInForce(List.of("valid", "valid-today"))).containsExactly("valid-today");
        assertThat(LocalDate.now(checks.clock)).isAfter(PerformerRecordTest.TODAY);
    }
}
