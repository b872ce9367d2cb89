package org.recourse.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.recourse.testing.FuzzInput;

/**
 * TOTP code parsing under fuzzing: whatever is typed in the code field, it is accepted exactly when, stripped of
 * surrounding white space, it is one of the three codes of the moment (one step of drift either way), and nothing
 * else ever comes out. Seeds: {@code src/test/resources/org/recourse/staff/TotpFuzzTestInputs/typedCode/}.
 */
@DisplayName("TOTP code parsing under fuzzing")
class TotpFuzzTest {

    private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    /** The time of the seed codes: the corpus holds this secret's codes around it, to reach the accepting path. */
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @FuzzTest(maxDuration = "10m")
    @Timeout(5)
    void typedCode(byte[] input) {
        // Arrange
        String typed = FuzzInput.text(input);
        long step = Totp.step(NOW);
        Set<String> valid = Set.of(Totp.code(SECRET, step - 1), Totp.code(SECRET, step), Totp.code(SECRET, step + 1));

        // Act
        OptionalLong accepted = Totp.verify(SECRET, typed, NOW, step - 10);
        OptionalLong replayed = Totp.verify(SECRET, typed, NOW, step + 1);

        // Assert
        assertThat(accepted.isPresent()).as("accepted %s", typed).isEqualTo(valid.contains(typed.strip()));
        accepted.ifPresent(found -> assertThat(Totp.code(SECRET, found)).isEqualTo(typed.strip()));
        assertThat(replayed).as("a code at or before the last used step is never taken again").isEmpty();
    }
}
