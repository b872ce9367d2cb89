package org.recourse.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InsertRaces: a transaction that lost a race to insert the same unique key runs once more, nothing else does")
class InsertRacesTest {

    private static RuntimeException refused(String state) {
        return new PersistenceException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint", state));
    }

    @Test
    @DisplayName("a unique violation is told; a deadlock, another constraint or no SQL at all is not")
    void tellsUniqueViolations() {
        // Act + Assert
        assertThat(InsertRaces.causes(refused("23505"))).isTrue();
        assertThat(InsertRaces.causes(refused("23503"))).isFalse();
        assertThat(InsertRaces.causes(refused("40P01"))).isFalse();
        assertThat(InsertRaces.causes(new IllegalStateException("no SQL"))).isFalse();
    }

    @Test
    @DisplayName("refused once, the second attempt's answer is returned; refused twice, the second refusal goes to the caller")
    void oneMoreAttempt() {
        // Arrange
        AtomicInteger once = new AtomicInteger();
        AtomicInteger always = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();

        // Act
        String answer = InsertRaces.retry(() -> {
            if (once.incrementAndGet() == 1) {
                throw refused("23505");
            }
            return "repeat";
        });

        // Assert
        assertThat(answer).isEqualTo("repeat");
        assertThat(once).hasValue(2);
        assertThatThrownBy(() -> InsertRaces.retry(() -> {
            always.incrementAndGet();
            throw refused("23505");
        })).isInstanceOf(PersistenceException.class);
        assertThat(always).hasValue(InsertRaces.ATTEMPTS);
        assertThatThrownBy(() -> InsertRaces.retry(() -> {
            other.incrementAndGet();
            throw refused("23503");
        })).isInstanceOf(PersistenceException.class);
        assertThat(other).hasValue(1);
    }
}
