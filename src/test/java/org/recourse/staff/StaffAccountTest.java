package org.recourse.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.staff.StaffAccountBuilder.anAccount;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.testing.MovableClock;

@DisplayName("Staff account")
class StaffAccountTest {

    private static final Instant T0 = StaffAccountBuilder.DEFAULT_CREATED_AT;

    private final MovableClock clock = new MovableClock(T0.plus(Duration.ofDays(1)));

    private void failTimes(StaffAccount account, int failures) {
        for (int i = 0; i < failures; i++) {
            account.signInFailed(clock.instant());
        }
    }

    @Nested
    @DisplayName("creating")
    class Creating {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"mo", "mona", "sam.okafor", "milo_2", "tess-b", "a0",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl"})
        @DisplayName("accepts a username of 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter")
        void validUsernames(String username) {
            // Act
            StaffAccount account = new StaffAccount(username, "Someone", null, Role.MODERATOR, "hash", T0);

            // Assert
            assertThat(account.username()).isEqualTo(username);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"m", "Mona", "MONA", "1mona", ".mona", "-mona", "_mona", "mo na", " mona", "mona ",
            "mona@example", "mona!", "m\u00f6na", "mona\n",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm"})
        @DisplayName("refuses any other username, saying what a username is")
        void invalidUsernames(String username) {
            // Act / Assert
            assertThatThrownBy(() -> new StaffAccount(username, "Someone", null, Role.MODERATOR, "hash", T0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2 to 64 lower-case letters");
        }

        @Test
        @DisplayName("needs a display name, a role, a password and a time; the e-mail address is optional")
        void requiredFields() {
            // Act / Assert
            assertThatThrownBy(() -> new StaffAccount("mona", null, null, Role.MODERATOR, "hash", T0))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("display name");
            assertThatThrownBy(() -> new StaffAccount("mona", "Mona", null, null, "hash", T0))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("role");
            assertThatThrownBy(() -> new StaffAccount("mona", "Mona", null, Role.MODERATOR, null, T0))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("password");
            assertThatThrownBy(() -> new StaffAccount("mona", "Mona", null, Role.MODERATOR, "hash", null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("time");
            assertThat(new StaffAccount("mona", "Mona", null, Role.MODERATOR, "hash", T0).email()).isNull();
        }

        @Test
        @DisplayName("a new account must change its one-time password and enrol a second factor")
        void newAccount() {
            // Act
            StaffAccount account = new StaffAccount("mona", "Mona Moderator", "mona@staff.example", Role.SUPERVISOR,
                    "one-time-hash", T0);

            // Assert
            assertThat(account.displayName()).isEqualTo("Mona Moderator");
            assertThat(account.email()).isEqualTo("mona@staff.example");
            assertThat(account.role()).isEqualTo(Role.SUPERVISOR);
            assertThat(account.passwordHash()).isEqualTo("one-time-hash");
            assertThat(account.mustChangePassword()).isTrue();
            assertThat(account.totpSecret()).isNull();
            assertThat(account.isReady()).isFalse();
            assertThat(account.disabled()).isFalse();
            assertThat(account.failedAttempts()).isZero();
            assertThat(account.createdAt()).isEqualTo(T0);
            assertThat(account.lastSignInAt()).isNull();
            assertThat(account.waitBeforeNextAttempt(T0)).isZero();
        }

        @Test
        @DisplayName("previews start blurred and in greyscale, and the member may change that")
        void previewPreferences() {
            // Arrange
            StaffAccount account = anAccount().build();
            boolean blurredAtFirst = account.blurPreviews();
            boolean greyAtFirst = account.greyscalePreviews();

            // Act
            account.setPreviewPreferences(false, true);

            // Assert
            assertThat(blurredAtFirst).isTrue();
            assertThat(greyAtFirst).isTrue();
            assertThat(account.blurPreviews()).isFalse();
            assertThat(account.greyscalePreviews()).isTrue();
        }
    }

    @Nested
    @DisplayName("being ready for the workspace")
    class BeingReady {

        @ParameterizedTest(name = "password changed {0}, second factor {1}, disabled {2}: ready {3}")
        @CsvSource({
            "false, false, false, false",
            "true,  false, false, false",
            "false, true,  false, false",
            "true,  true,  false, true",
            "false, false, true,  false",
            "true,  false, true,  false",
            "false, true,  true,  false",
            "true,  true,  true,  false"})
        @DisplayName("needs an own password, a second factor, and not being disabled")
        void readiness(boolean passwordChanged, boolean enrolled, boolean disabled, boolean ready) {
            // Arrange
            StaffAccountBuilder builder = anAccount();
            if (passwordChanged) {
                builder.passwordChanged();
            }
            if (enrolled) {
                builder.enrolledAtStep(1);
            }
            if (disabled) {
                builder.disabled();
            }

            // Act
            StaffAccount account = builder.build();

            // Assert
            assertThat(account.isReady()).isEqualTo(ready);
        }

        @Test
        @DisplayName("an account enabled again is ready again")
        void enabledAgain() {
            // Arrange
            StaffAccount account = anAccount().ready().disabled().build();

            // Act
            account.enable();

            // Assert
            assertThat(account.disabled()).isFalse();
            assertThat(account.isReady()).isTrue();
        }

        @Test
        @DisplayName("enrolling stores the secret and the step of the code that proved it")
        void enrolling() {
            // Arrange
            StaffAccount account = anAccount().passwordChanged().build();

            // Act
            account.enrolSecondFactor(StaffAccountBuilder.SECRET, 37_037_037L);

            // Assert
            assertThat(account.totpSecret()).isEqualTo(StaffAccountBuilder.SECRET);
            assertThat(account.totpLastStep()).isEqualTo(37_037_037L);
            assertThat(account.isReady()).isTrue();
        }

        @Test
        @DisplayName("a password, a secret and a role are never set to nothing")
        void nothingNulled() {
            // Arrange
            StaffAccount account = anAccount().ready().build();

            // Act / Assert
            assertThatThrownBy(() -> account.changePassword(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> account.enrolSecondFactor(null, 5)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> account.changeRole(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> account.reset(null)).isInstanceOf(NullPointerException.class);
            assertThat(account.isReady()).isTrue();
            assertThat(account.role()).isEqualTo(Role.MODERATOR);
        }

        @Test
        @DisplayName("an admin may change the role")
        void changeRole() {
            // Arrange
            StaffAccount account = anAccount().build();

            // Act
            account.changeRole(Role.ADMIN);

            // Assert
            assertThat(account.role()).isEqualTo(Role.ADMIN);
        }
    }

    @Nested
    @DisplayName("the growing delay after failed sign-ins")
    class GrowingDelay {

        @ParameterizedTest(name = "after {0} failures: wait {1}")
        @CsvSource({
            "1,  PT0S",
            "2,  PT0S",
            "3,  PT1S",
            "4,  PT2S",
            "5,  PT4S",
            "6,  PT8S",
            "10, PT2M8S",
            "12, PT8M32S",
            "13, PT15M",
            "14, PT15M",
            "40, PT15M",
            "100, PT15M"})
        @DisplayName("three attempts are free; from the third failure on each doubles the wait from 1 s, up to 15 min")
        void doublingWait(int failures, Duration expected) {
            // Arrange
            StaffAccount account = anAccount().ready().build();

            // Act
            failTimes(account, failures);

            // Assert
            assertThat(account.failedAttempts()).isEqualTo(failures);
            assertThat(account.waitBeforeNextAttempt(clock.instant())).isEqualTo(expected);
        }

        @Test
        @DisplayName("the wait runs down as time passes, and is over exactly when it ends")
        void waitRunsDown() {
            // Arrange: the fifth failure makes the next attempt wait 4 s
            StaffAccount account = anAccount().ready().build();
            failTimes(account, 5);

            // Act / Assert
            clock.advance(Duration.ofMillis(1_500));
            assertThat(account.waitBeforeNextAttempt(clock.instant())).isEqualTo(Duration.ofMillis(2_500));
            clock.advance(Duration.ofMillis(2_499));
            assertThat(account.waitBeforeNextAttempt(clock.instant())).isEqualTo(Duration.ofMillis(1));
            clock.advance(Duration.ofMillis(1));
            assertThat(account.waitBeforeNextAttempt(clock.instant())).isZero();
            clock.advance(Duration.ofHours(1));
            assertThat(account.waitBeforeNextAttempt(clock.instant())).isZero();
        }

        @Test
        @DisplayName("each failure after waiting counts from when it happened")
        void countsFromFailure() {
            // Arrange
            StaffAccount account = anAccount().ready().build();
            failTimes(account, 3);
            clock.advance(Duration.ofSeconds(1));

            // Act
            account.signInFailed(clock.instant());

            // Assert
            assertThat(account.waitBeforeNextAttempt(clock.instant())).isEqualTo(Duration.ofSeconds(2));
            clock.advance(Duration.ofSeconds(2));
            assertThat(account.waitBeforeNextAttempt(clock.instant())).isZero();
        }

        @Test
        @DisplayName("at the longest, the wait is 15 minutes however long the failures go on")
        void capped() {
            // Arrange
            StaffAccount account = anAccount().ready().build();
            failTimes(account, 60);

            // Act
            clock.advance(Duration.ofMinutes(15).minusNanos(1));
            Duration almost = account.waitBeforeNextAttempt(clock.instant());
            clock.advance(Duration.ofNanos(1));
            Duration over = account.waitBeforeNextAttempt(clock.instant());

            // Assert
            assertThat(almost).isEqualTo(Duration.ofNanos(1));
            assertThat(over).isZero();
        }

        @Test
        @DisplayName("signing in clears the failures and the wait")
        void signInClears() {
            // Arrange
            StaffAccount account = anAccount().ready().build();
            failTimes(account, 6);

            // Act
            account.signedIn(clock.instant(), 10);

            // Assert
            assertThat(account.failedAttempts()).isZero();
            assertThat(account.waitBeforeNextAttempt(clock.instant())).isZero();
            failTimes(account, 2);
            assertThat(account.waitBeforeNextAttempt(clock.instant())).isZero();
        }
    }

    @Nested
    @DisplayName("signing in")
    class SigningIn {

        @Test
        @DisplayName("records when")
        void recordsTime() {
            // Arrange
            StaffAccount account = anAccount().ready().build();

            // Act
            account.signedIn(clock.instant(), 5);

            // Assert
            assertThat(account.lastSignInAt()).isEqualTo(clock.instant());
        }

        @ParameterizedTest(name = "last step {0}, signed in with step {1}: last step {2}")
        @CsvSource({
            "100, 101, 101",
            "100, 150, 150",
            "100, 100, 100",
            "100, 99,  100",
            "100, 0,   100"})
        @DisplayName("keeps the highest second-factor step ever used, so no code can be replayed")
        void keepsHighestStep(long enrolledStep, long signInStep, long expected) {
            // Arrange
            StaffAccount account = anAccount().passwordChanged().enrolledAtStep(enrolledStep).build();

            // Act
            account.signedIn(clock.instant(), signInStep);

            // Assert
            assertThat(account.totpLastStep()).isEqualTo(expected);
        }
    }

    @Nested
    @DisplayName("an admin's reset")
    class Reset {

        @Test
        @DisplayName("sets a new one-time password that must be changed, and drops the second factor")
        void newPasswordAndSecondFactor() {
            // Arrange
            StaffAccount account = anAccount().ready().build();
            account.signedIn(clock.instant(), 37_037_037L);

            // Act
            account.reset("new-one-time-hash");

            // Assert
            assertThat(account.passwordHash()).isEqualTo("new-one-time-hash");
            assertThat(account.mustChangePassword()).isTrue();
            assertThat(account.totpSecret()).isNull();
            assertThat(account.totpLastStep()).isZero();
            assertThat(account.isReady()).isFalse();
        }

        @Test
        @DisplayName("lifts the delay at once")
        void liftsDelay() {
            // Arrange
            StaffAccount account = anAccount().ready().build();
            failTimes(account, 20);

            // Act
            account.reset("new-one-time-hash");

            // Assert
            assertThat(account.failedAttempts()).isZero();
            assertThat(account.waitBeforeNextAttempt(clock.instant())).isZero();
        }

        @Test
        @DisplayName("leaves who the member is and what they may do")
        void keepsIdentity() {
            // Arrange
            StaffAccount account = anAccount().username("sam").role(Role.SUPERVISOR).ready().build();

            // Act
            account.reset("new-one-time-hash");

            // Assert
            assertThat(account.username()).isEqualTo("sam");
            assertThat(account.role()).isEqualTo(Role.SUPERVISOR);
            assertThat(account.createdAt()).isEqualTo(T0);
        }

        @Test
        @DisplayName("after a reset, the new password and a new second factor make the account ready again")
        void readyAgain() {
            // Arrange
            StaffAccount account = anAccount().ready().build();
            account.reset("new-one-time-hash");

            // Act
            account.changePassword("own-new-hash");
            account.enrolSecondFactor("JBSWY3DPEHPK3PXP", 40_000_000L);

            // Assert
            assertThat(account.mustChangePassword()).isFalse();
            assertThat(account.isReady()).isTrue();
            assertThat(account.totpLastStep()).isEqualTo(40_000_000L);
        }
    }
}
