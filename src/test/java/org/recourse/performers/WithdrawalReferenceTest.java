package org.recourse.performers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A withdrawal reference")
class WithdrawalReferenceTest {

    @Test
    @DisplayName("is cw_ and 20 random symbols, never the same twice in many")
    void generated() {
        // Arrange
        Set<String> seen = new HashSet<>();

        // Act
        IntStream.range(0, 10_000).forEach(i -> seen.add(WithdrawalReference.generate().value()));

        // Assert
        assertThat(seen).hasSize(10_000).allMatch(v -> v.matches("cw_[0-9a-hjkmnp-tv-z]{20}"));
    }

    @Test
    @DisplayName("is read as people copy it: capitals, spaces, hyphens, I and L for 1, O for 0")
    void forgiving() {
        // Arrange
        String typed = "  CW_7KQ2-MX4D 9R8T-3VWZ-IHBO ";

        // Act
        WithdrawalReference read = WithdrawalReference.parse(typed).orElseThrow();

        // Assert
        assertThat(read.value()).isEqualTo("cw_7kq2mx4d9r8t3vwz1hb0");
    }

    @ParameterizedTest(name = "\"{0}\" is not one")
    @NullAndEmptySource
    @ValueSource(strings = {"cw_7kq2mx4d9r8t3vwz1hb", "cw_7kq2mx4d9r8t3vwz1hbnn", "sor_7kq2mx4d9r8t3vwz1hbn",
            "7kq2mx4d9r8t3vwz1hbnxx", "cw_7kq2mx4d9r8t3vwz1hbu", "cw_7kq2mx4d9r8t3vwz1hb!",
            "cw_7kq2mx4d9r8t3vwz1hbn' or 1=1 --"})
    void refused(String typed) {
        // Act / Assert
        assertThat(WithdrawalReference.parse(typed)).isEmpty();
    }

    @Test
    @DisplayName("longer than 80 characters is not read at all")
    void bounded() {
        // Act / Assert
        assertThat(WithdrawalReference.parse("cw_" + " ".repeat(100) + "7kq2mx4d9r8t3vwz1hbn")).isEmpty();
    }

    @Test
    @DisplayName("is stored as its SHA-256 only, the same for the same reference")
    void hashed() {
        // Arrange
        WithdrawalReference reference = new WithdrawalReference("cw_7kq2mx4d9r8t3vwz1hbn");

        // Act
        String hash = reference.hash();

        // Assert
        assertThat(hash).hasSize(64).isEqualTo(new WithdrawalReference("cw_7kq2mx4d9r8t3vwz1hbn").hash())
                .doesNotContain("7kq2");
        assertThatThrownBy(() -> new WithdrawalReference("cw_short")).isInstanceOf(IllegalArgumentException.class);
    }
}
