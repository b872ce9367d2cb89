package org.recourse.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Deadlocks: a transaction the database rolled back to break a deadlock is run again, anything else is not")
class DeadlocksTest {

    private static RuntimeException deadlock(String state) {
        return new PersistenceException("could not execute statement",
                new SQLException("ERROR: deadlock detected", state));
    }

    @Test
    @DisplayName("PostgreSQL's deadlock and serialization failure, and H2's deadlock, are told; other SQL states are not")
    void tellsDeadlocks() {
        // Act + Assert
        assertThat(Deadlocks.causes(deadlock("40P01"))).isTrue();
        assertThat(Deadlocks.causes(deadlock("40001"))).isTrue();
        assertThat(Deadlocks.causes(deadlock("23505"))).isFalse();
        assertThat(Deadlocks.causes(new IllegalStateException("no SQL at all"))).isFalse();
        assertThat(Deadlocks.causes(new PersistenceException(new SQLException("no state")))).isFalse();
    }

    @Test
    @DisplayName("rolled back twice, the third attempt's result is returned")
    void retriesUntilItCommits() {
        // Arrange
        AtomicInteger attempts = new AtomicInteger();

        // Act
        String result = Deadlocks.retry(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw deadlock("40P01");
            }
            return "receipt";
        });

        // Assert
        assertThat(result).isEqualTo("receipt");
        assertThat(attempts).hasValue(3);
    }

    @Test
    @DisplayName("after three deadlocks the last one goes to the caller; any other failure at once, not retried")
    void givesUp() {
        // Arrange
        AtomicInteger deadlocked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();

        // Act + Assert
        assertThatThrownBy(() -> Deadlocks.retry(() -> {
            deadlocked.incrementAndGet();
            throw deadlock("40P01");
        })).isInstanceOf(PersistenceException.class);
        assertThat(deadlocked).hasValue(Deadlocks.ATTEMPTS);
        assertThatThrownBy(() -> Deadlocks.retry(() -> {
            refused.incrementAndGet();
            throw new IllegalArgumentException("invalid");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(refused).hasValue(1);
    }
}
