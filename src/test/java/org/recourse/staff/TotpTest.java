package org.recourse.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("TOTP (RFC 6238)")
class TotpTest {

    /** The SHA-1 secret of RFC 6238, Appendix B: the ASCII bytes of "12345678901234567890". */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    /** Some time in the RFC's table, in the middle of its 30-second step. */
    private static final Instant NOW = Instant.ofEpochSecond(1_111_111_111L);
    private static final long STEP = Totp.step(NOW);

    @Nested
    @DisplayName("codes")
    class Codes {

        @ParameterizedTest(name = "at {0} s: {1}")
        @CsvSource({
            "59,          94287082",
            "1111111109,  07081804",
            "1111111111,  14050471",
            "1234567890,  89005924",
            "2000000000,  69279037",
            "20000000000, 65353130"})
        @DisplayName("match the test vectors of RFC 6238, Appendix B, in their last six digits")
        void rfcVectors(long epochSecond, String eightDigits) {
            // Act
            String code = Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(epochSecond)));

            // Assert
            assertThat(code).isEqualTo(eightDigits.substring(2)).hasSize(6);
        }

        @ParameterizedTest(name = "{0} s -> step {1}")
        @CsvSource({
            "0,          0",
            "29,         0",
            "30,         1",
            "59,         1",
            "1111111109, 37037036",
            "1111111111, 37037037"})
        @DisplayName("belong to 30-second steps counted from the epoch")
        void steps(long epochSecond, long step) {
            // Act / Assert
            assertThat(Totp.step(Instant.ofEpochSecond(epochSecond))).isEqualTo(step);
        }

        @Test
        @DisplayName("keep their leading zeros")
        void leadingZeros() {
            // Act
            String code = Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890L)));

            // Assert
            assertThat(code).isEqualTo("005924");
        }

        @Test
        @DisplayName("read the secret as the apps show it: lower case, in groups")
        void secretAsShown() {
            // Arrange
            String shown = "gezd gnbv gy3t qojq gezd gnbv gy3t qojq";

            // Act / Assert
            assertThat(Totp.code(shown, STEP)).isEqualTo(Totp.code(RFC_SECRET, STEP));
        }
    }

    @Nested
    @DisplayName("secrets in base32")
    class Base32 {

        @Test
        @DisplayName("encode the RFC secret as RFC 4648 does")
        void rfcSecret() {
            // Arrange
            byte[] ascii = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

            // Act / Assert
            assertThat(Totp.base32(ascii)).isEqualTo(RFC_SECRET);
            assertThat(Totp.fromBase32(RFC_SECRET)).isEqualTo(ascii);
        }

        @ParameterizedTest(name = "{0} bytes")
        @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 10, 19, 20, 21, 32})
        @DisplayName("decode what they encode, whatever the length")
        void roundTrip(int length) {
            // Arrange
            byte[] bytes = new byte[length];
            new Random(length).nextBytes(bytes);

            // Act
            byte[] decoded = Totp.fromBase32(Totp.base32(bytes));

            // Assert
            assertThat(decoded).isEqualTo(bytes);
        }

        @ParameterizedTest
        @ValueSource(strings = {"GEZDGNB0", "GEZDGNB1", "GEZDGNB8", "GEZD-GNB"})
        @DisplayName("refuse characters outside the base32 alphabet")
        void refusesOtherCharacters(String text) {
            // Act / Assert
            assertThatThrownBy(() -> Totp.fromBase32(text)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("base32");
        }

        @Test
        @DisplayName("new secrets are 160 random bits, 32 base32 characters, never the same twice")
        void newSecrets() {
            // Act
            var secrets = IntStream.range(0, 50).mapToObj(i -> Totp.newSecret()).toList();

            // Assert
            assertThat(secrets).doesNotHaveDuplicates()
                    .allSatisfy(secret -> {
                        assertThat(secret).matches("[A-Z2-7]{32}");
                        assertThat(Totp.fromBase32(secret)).hasSize(20);
                    });
        }
    }

    @Nested
    @DisplayName("verifying")
    class Verifying {

        @ParameterizedTest(name = "code of step {0} from now")
        @ValueSource(ints = {-1, 0, 1})
        @DisplayName("accepts the current code and one step of drift either way, returning its step")
        void acceptsDrift(int offset) {
            // Arrange
            String code = Totp.code(RFC_SECRET, STEP + offset);

            // Act / Assert
            assertThat(Totp.verify(RFC_SECRET, code, NOW, 0)).hasValue(STEP + offset);
        }

        @ParameterizedTest(name = "code of step {0} from now")
        @ValueSource(ints = {-3, -2, 2, 3})
        @DisplayName("refuses codes two steps or more away")
        void refusesFarSteps(int offset) {
            // Arrange
            String code = Totp.code(RFC_SECRET, STEP + offset);

            // Act / Assert
            assertThat(Totp.verify(RFC_SECRET, code, NOW, 0)).isEmpty();
        }

        @ParameterizedTest(name = "{0} s")
        @CsvSource({
            "1111111079, false",
            "1111111080, true",
            "1111111169, true",
            "1111111170, false"})
        @DisplayName("counts drift in whole steps: a code is good from the start of the step before to the end of the "
                + "step after")
        void driftInWholeSteps(long epochSecond, boolean accepted) {
            // Arrange: steps 37037036 to 37037038 run from 1111111080 s to 1111111169 s
            String code = Totp.code(RFC_SECRET, STEP);

            // Act / Assert
            assertThat(Totp.verify(RFC_SECRET, code, Instant.ofEpochSecond(epochSecond), 0).isPresent())
                    .isEqualTo(accepted);
        }

        @ParameterizedTest(name = "code of step {0} from now, last used step {1} from now: {2}")
        @CsvSource({
            "0, 0, true",
            "-1, 0, true",
            "0, 1, true",
            "1, 0, false",
            "0, -1, false",
            "3, 5, false",
            "-2, 0, false"})
        @DisplayName("tells a right code already used (wait for the next one) from a wrong or new one")
        void alreadyUsed(int codeOffset, int lastUsedOffset, boolean used) {
            // Arrange
            String code = Totp.code(RFC_SECRET, STEP + codeOffset);

            // Act / Assert
            assertThat(Totp.alreadyUsed(RFC_SECRET, code, NOW, STEP + lastUsedOffset)).isEqualTo(used);
            assertThat(Totp.alreadyUsed(RFC_SECRET, "12345", NOW, STEP)).isFalse();
            assertThat(Totp.alreadyUsed(null, code, NOW, STEP)).isFalse();
        }

        @ParameterizedTest(name = "last used step {0} from now")
        @ValueSource(ints = {0, 1, 5})
        @DisplayName("refuses a code of a step at or before the last one used: no replay")
        void refusesReplay(int lastUsedOffset) {
            // Arrange
            String code = Totp.code(RFC_SECRET, STEP);

            // Act / Assert
            assertThat(Totp.verify(RFC_SECRET, code, NOW, STEP + lastUsedOffset)).isEmpty();
        }

        @Test
        @DisplayName("accepts the code of the step right after the last one used")
        void acceptsNextStep() {
            // Arrange
            String earlier = Totp.code(RFC_SECRET, STEP - 1);
            String current = Totp.code(RFC_SECRET, STEP);

            // Act / Assert
            assertThat(Totp.verify(RFC_SECRET, earlier, NOW, STEP - 1)).isEmpty();
            assertThat(Totp.verify(RFC_SECRET, current, NOW, STEP - 1)).hasValue(STEP);
        }

        @Test
        @DisplayName("refuses a wrong code")
        void refusesWrongCode() {
            // Arrange
            String code = Totp.code(RFC_SECRET, STEP);
            String wrong = String.format(Locale.ROOT, "%06d", (Integer.parseInt(code) + 1) % 1_000_000);

            // Act / Assert
            assertThat(Totp.verify(RFC_SECRET, wrong, NOW, 0)).isEmpty();
        }

        @Test
        @DisplayName("ignores spaces around a pasted code")
        void ignoresSurroundingSpaces() {
            // Arrange
            String code = " " + Totp.code(RFC_SECRET, STEP) + "\n";

            // Act / Assert
            assertThat(Totp.verify(RFC_SECRET, code, NOW, 0)).hasValue(STEP);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"05047", "0050471", "14050471", "abcdef", "050 471", "05047a", "-50471",
            "\uff10\uff15\uff10\uff14\uff17\uff11"})
        @DisplayName("refuses anything but six ASCII digits")
        void refusesNonSixDigits(String code) {
            // Act / Assert
            assertThat(Totp.verify(RFC_SECRET, code, NOW, 0)).isEmpty();
        }

        @Test
        @DisplayName("refuses every code for an account without a secret")
        void refusesWithoutSecret() {
            // Act / Assert
            assertThat(Totp.verify(null, Totp.code(RFC_SECRET, STEP), NOW, 0)).isEmpty();
        }
    }

    @Nested
    @DisplayName("the otpauth URI")
    class OtpauthUri {

        @Test
        @DisplayName("names the issuer, the account and the secret, with the RFC defaults spelled out")
        void format() {
            // Act
            String uri = Totp.uri("Recourse", "mona", RFC_SECRET);

            // Assert
            assertThat(uri).isEqualTo("otpauth://totp/Recourse:mona?secret=" + RFC_SECRET
                    + "&issuer=Recourse&algorithm=SHA1&digits=6&period=30");
        }

        @Test
        @DisplayName("escapes the label, spaces as %20 rather than +, and stays a valid URI")
        void escapes() {
            // Act
            String uri = Totp.uri("Recourse Staff", "mona lisa@example", RFC_SECRET);

            // Assert
            assertThat(uri).startsWith("otpauth://totp/Recourse%20Staff:mona%20lisa%40example?secret=")
                    .contains("&issuer=Recourse%20Staff&").doesNotContain("+");
            URI parsed = URI.create(uri);
            assertThat(parsed.getScheme()).isEqualTo("otpauth");
            assertThat(parsed.getHost()).isEqualTo("totp");
            assertThat(parsed.getPath()).isEqualTo("/Recourse Staff:mona lisa@example");
        }
    }
}
