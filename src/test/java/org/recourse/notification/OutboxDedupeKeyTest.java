package org.recourse.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Outbox dedupe key")
class OutboxDedupeKeyTest {

    @Test
    @DisplayName("the same parts make the same key, other parts another")
    void sameParts() {
        // Act
        DedupeKey key = DedupeKey.of("sla-breach", "case-123", "staff-7");

        // Assert
        assertThat(key).isEqualTo(new DedupeKey("sla-breach:case-123:staff-7"))
                .isEqualTo(DedupeKey.of("sla-breach", "case-123", "staff-7"))
                .isNotEqualTo(DedupeKey.of("sla-breach", "case-123", "staff-8"))
                .isNotEqualTo(DedupeKey.of("sla-breach", "case-124", "staff-7"));
        assertThat(key.value()).isEqualTo("sla-breach:case-123:staff-7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alice@example.org", "two words", "Upper", "a::b", "trailing:", ":leading",
            "case-1;drop"})
    @DisplayName("only lower-case words and ids are accepted, so no address can become part of a key")
    void refusesOtherText(String value) {
        // Act / Assert
        assertThatThrownBy(() -> new DedupeKey(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a key fits its column")
    void fitsTheColumn() {
        // Act / Assert
        assertThat(new DedupeKey("a".repeat(DedupeKey.MAX_LENGTH)).value()).hasSize(200);
        assertThatThrownBy(() -> new DedupeKey("a".repeat(DedupeKey.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DedupeKey(null)).isInstanceOf(NullPointerException.class);
    }
}
