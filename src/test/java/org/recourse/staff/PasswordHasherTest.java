package org.recourse.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Password hasher")
class PasswordHasherTest {

    /** The least the hasher allows: fast enough for unit tests; production uses 600,000. */
    private static final int FEW = 1_000;
    private static final String PASSWORD = "correct horse battery staple";

    private final PasswordHasher hasher = new PasswordHasher(FEW);

    private static char[] chars(String text) {
        return text.toCharArray();
    }

    @Nested
    @DisplayName("hashing")
    class Hashing {

        @Test
        @DisplayName("a hash matches the password it was made from")
        void roundTrip() {
            // Arrange
            String stored = hasher.hash(chars(PASSWORD));

            // Act / Assert
            assertThat(hasher.matches(chars(PASSWORD), stored)).isTrue();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "correct horse battery stapl", "correct horse battery staple ",
            "Correct horse battery staple", "incorrect horse"})
        @DisplayName("a hash does not match any other password")
        void wrongPassword(String other) {
            // Arrange
            String stored = hasher.hash(chars(PASSWORD));

            // Act / Assert
            assertThat(hasher.matches(chars(other), stored)).isFalse();
        }

        @Test
        @DisplayName("is stored as pbkdf2-sha256$iterations$salt$hash, with 16 bytes of salt and 32 of hash")
        void format() {
            // Act
            String stored = hasher.hash(chars(PASSWORD));

            // Assert
            assertThat(stored).matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=")
                    .doesNotContain(PASSWORD);
        }

        @Test
        @DisplayName("two hashes of the same password differ by their salt, and both match")
        void saltedHashesDiffer() {
            // Act
            String first = hasher.hash(chars(PASSWORD));
            String second = hasher.hash(chars(PASSWORD));

            // Assert
            assertThat(first).isNotEqualTo(second);
            assertThat(first.split("\\$")[2]).isNotEqualTo(second.split("\\$")[2]);
            assertThat(first.split("\\$")[3]).isNotEqualTo(second.split("\\$")[3]);
            assertThat(hasher.matches(chars(PASSWORD), first)).isTrue();
            assertThat(hasher.matches(chars(PASSWORD), second)).isTrue();
        }
    }

    @Nested
    @DisplayName("the work factor")
    class WorkFactor {

        @Test
        @DisplayName("is written into each hash")
        void writtenIntoHash() {
            // Act
            String stored = new PasswordHasher(1_500).hash(chars(PASSWORD));

            // Assert
            assertThat(stored).startsWith("pbkdf2-sha256$1500$");
        }

        @Test
        @DisplayName("of an older hash is honoured after the hasher's count is raised")
        void olderHashStillMatches() {
            // Arrange
            String old = new PasswordHasher(FEW).hash(chars(PASSWORD));

            // Act / Assert
            assertThat(new PasswordHasher(2_000).matches(chars(PASSWORD), old)).isTrue();
        }

        @Test
        @DisplayName("is part of what is checked: the same salt and hash under another count do not match")
        void countIsChecked() {
            // Arrange
            String stored = hasher.hash(chars(PASSWORD));
            String otherCount = stored.replaceFirst("\\$1000\\$", "\\$1001\\$");

            // Act / Assert
            assertThat(hasher.matches(chars(PASSWORD), otherCount)).isFalse();
        }

        @Test
        @DisplayName("of a one-time password is 10,000 iterations, never more than the hasher's own")
        void oneTimePasswords() {
            // Act
            String production = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).forOneTimePasswords()
                    .hash(chars(PasswordHasher.oneTimePassword()));
            String tests = hasher.forOneTimePasswords().hash(chars(PASSWORD));

            // Assert
            assertThat(production).startsWith("pbkdf2-sha256$10000$");
            assertThat(tests).startsWith("pbkdf2-sha256$1000$");
            assertThat(new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).matches(chars(PASSWORD), tests)).isTrue();
        }

        @Test
        @DisplayName("a check costs the hasher's full work factor whatever the stored hash's: right, wrong, one-time, full")
        void everyCheckCostsTheSame() {
            // Arrange: a derivation that counts the iterations asked of it (and is cheap)
            java.util.concurrent.atomic.AtomicLong spent = new java.util.concurrent.atomic.AtomicLong();
            PasswordHasher.Derivation counting = (password, salt, iterations) -> {
                spent.addAndGet(iterations);
                java.security.MessageDigest sha;
                try {
                    sha = java.security.MessageDigest.getInstance("SHA-256");
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
                sha.update(new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(salt);
                sha.update(Integer.toString(iterations).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return sha.digest();
            };
            PasswordHasher full = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS, counting);
            String oneTime = full.forOneTimePasswords().hash(chars(PASSWORD));
            String chosen = full.hash(chars(PASSWORD));
            java.util.List<Long> costs = new java.util.ArrayList<>();
            java.util.List<Boolean> answers = new java.util.ArrayList<>();

            // Act
            for (String stored : new String[] {oneTime, chosen}) {
                for (String attempt : new String[] {PASSWORD, "wrong password 1234"}) {
                    spent.set(0);
                    answers.add(full.matches(chars(attempt), stored));
                    costs.add(spent.get());
                }
            }

            // Assert
            assertThat(oneTime).startsWith("pbkdf2-sha256$10000$");
            assertThat(answers).containsExactly(true, false, true, false);
            assertThat(costs).containsOnly((long) PasswordHasher.DEFAULT_ITERATIONS);
        }

        @ParameterizedTest
        @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1, 999})
        @DisplayName("below 1,000 iterations is refused")
        void tooFewRefused(int iterations) {
            // Act / Assert
            assertThatThrownBy(() -> new PasswordHasher(iterations))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(iterations));
        }
    }

    @Nested
    @DisplayName("a malformed stored hash")
    class MalformedHash {

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {
            "nonsense",
            "pbkdf2-sha256",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==$extra",
            "bcrypt$1000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==",
            "PBKDF2-SHA256$1000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==",
            "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==",
            "pbkdf2-sha256$99999999999$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==",
            "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==",
            "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==",
            "pbkdf2-sha256$1000$$aGFzaA==",
            "pbkdf2-sha256$1000$not*base64!$aGFzaA==",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$not*base64!"})
        @DisplayName("never matches, and never fails the sign-in with an exception")
        void neverMatches(String stored) {
            // Act / Assert
            assertThat(hasher.matches(chars(PASSWORD), stored)).isFalse();
        }

        @Test
        @DisplayName("a hash cut short does not match")
        void truncatedHash() {
            // Arrange
            String stored = hasher.hash(chars(PASSWORD));
            String cut = stored.substring(0, stored.length() - 8);

            // Act / Assert
            assertThat(hasher.matches(chars(PASSWORD), cut)).isFalse();
        }
    }

    @Nested
    @DisplayName("one-time passwords")
    class OneTimePasswords {

        @Test
        @DisplayName("are four groups of five symbols, without look-alikes such as 0/o or 1/l/i")
        void format() {
            // Act
            String password = PasswordHasher.oneTimePassword();

            // Assert
            assertThat(password).matches("[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}")
                    .doesNotContainAnyWhitespaces();
        }

        @Test
        @DisplayName("are long enough to pass the password rules")
        void longEnough() {
            // Act / Assert
            assertThat(PasswordHasher.oneTimePassword().length())
                    .isGreaterThanOrEqualTo(PasswordHasher.MIN_PASSWORD_LENGTH);
        }

        @Test
        @DisplayName("are never the same twice")
        void random() {
            // Act
            var passwords = IntStream.range(0, 200).mapToObj(i -> PasswordHasher.oneTimePassword()).toList();

            // Assert
            assertThat(passwords).doesNotHaveDuplicates();
        }

        @Test
        @DisplayName("can be hashed and checked like any password")
        void hashable() {
            // Arrange
            String password = PasswordHasher.oneTimePassword();

            // Act
            String stored = hasher.hash(chars(password));

            // Assert
            assertThat(hasher.matches(chars(password), stored)).isTrue();
        }
    }
}
