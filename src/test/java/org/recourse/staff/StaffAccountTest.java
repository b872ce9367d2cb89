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
            assertThat(account.createdAt()).isEqualTo(T0);
            assertThat(account.lastSignInAt()).isNull();
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
            assertThatThrownBy(() -> account.reset(null, T0)).isInstanceOf(NullPointerException.class);
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
    @DisplayName("the session version (issue 11, finding 6)")
    class SessionVersion {

        @Test
        @DisplayName("a new account starts at version 0")
        void startsAtZero() {
            // Act
            StaffAccount account = new StaffAccount("mona", "Mona", null, Role.MODERATOR, "hash", T0);

            // Assert
            assertThat(account.sessionVersion()).isZero();
        }

        @Test
        @DisplayName("disabling, another role, a reset, a new password and a new second factor each raise it")
        void everyChangeRaisesIt() {
            // Arrange
            StaffAccount account = anAccount().ready().build();
            long before = account.sessionVersion();

            // Act / Assert: each change ends the sessions signed in before it
            account.disable();
            assertThat(account.sessionVersion()).isEqualTo(before + 1);
            account.enable();
            assertThat(account.changeRole(Role.SUPERVISOR)).isTrue();
            assertThat(account.sessionVersion()).isEqualTo(before + 2);
            account.reset("new-one-time-hash", clock.instant());
            assertThat(account.sessionVersion()).isEqualTo(before + 3);
            account.changePassword("own-new-hash");
            assertThat(account.sessionVersion()).isEqualTo(before + 4);
            account.enrolSecondFactor(StaffAccountBuilder.SECRET, 7);
            assertThat(account.sessionVersion()).isEqualTo(before + 5);
        }

        @Test
        @DisplayName("what changes nothing raises nothing: the same role, disabling twice, enabling, signing in, previews")
        void noChangeNoNewVersion() {
            // Arrange
            StaffAccount account = anAccount().ready().disabled().build();
            long before = account.sessionVersion();

            // Act
            boolean roleChanged = account.changeRole(Role.MODERATOR);
            account.disable();
            account.enable();
            account.signedIn(clock.instant(), 9);
            account.setPreviewPreferences(false, false);

            // Assert
            assertThat(roleChanged).isFalse();
            assertThat(account.sessionVersion()).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("the one-time password's validity (issue 11, finding 9)")
    class OneTimePasswordValidity {

        private final Duration validity = Duration.ofHours(24);

        @Test
        @DisplayName("a new account's one-time password works until the validity has passed since it was created")
        void newAccount() {
            // Arrange
            StaffAccount account = anAccount().createdAt(T0).build();

            // Act / Assert
            assertThat(account.oneTimePasswordExpiresAt(validity)).contains(T0.plus(validity));
            assertThat(account.oneTimePasswordExpired(T0.plus(validity).minusNanos(1), validity)).isFalse();
            assertThat(account.oneTimePasswordExpired(T0.plus(validity), validity)).isTrue();
        }

        @Test
        @DisplayName("a reset issues a new one, counted from the reset")
        void reset() {
            // Arrange
            StaffAccount account = anAccount().ready().build();
            Instant resetAt = T0.plus(Duration.ofDays(30));

            // Act
            account.reset("new-one-time-hash", resetAt);

            // Assert
            assertThat(account.oneTimePasswordExpired(resetAt.plus(Duration.ofHours(23)), validity)).isFalse();
            assertThat(account.oneTimePasswordExpired(resetAt.plus(Duration.ofHours(24)), validity)).isTrue();
        }

        @Test
        @DisplayName("a password of the member's own never expires")
        void ownPassword() {
            // Arrange
            StaffAccount account = anAccount().createdAt(T0).build();

            // Act
            account.changePassword("own-hash");

            // Assert
            assertThat(account.oneTimePasswordExpiresAt(validity)).isEmpty();
            assertThat(account.oneTimePasswordExpired(T0.plus(Duration.ofDays(3650)), validity)).isFalse();
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
            account.reset("new-one-time-hash", clock.instant());

            // Assert
            assertThat(account.passwordHash()).isEqualTo("new-one-time-hash");
            assertThat(account.mustChangePassword()).isTrue();
            assertThat(account.totpSecret()).isNull();
            assertThat(account.totpLastStep()).isZero();
            assertThat(account.isReady()).isFalse();
        }

        @Test
        @DisplayName("leaves who the member is and what they may do")
        void keepsIdentity() {
            // Arrange
            StaffAccount account = anAccount().username("sam").role(Role.SUPERVISOR).ready().build();

            // Act
            account.reset("new-one-time-hash", clock.instant());

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
            account.reset("new-one-time-hash", clock.instant());

            // Act
            account.changePassword("own-new-hash");
            account.enrolSecondFactor("JBSWY3DPEHPK3PXP", 40_000_000L);

            // Assert
            assertThat(account.mustChangePassword()).isFalse();
            assertThat(account.isReady()).isTrue();
            assertThat(account.totpLastStep()).isEqualTo(40_000_000L);
        }
    }

    @Nested
    @DisplayName("own time zone")
    class OwnTimeZone {

        @Test
        @DisplayName("keeps a known zone, clears with blank, refuses anything else and keeps the zone it had")
        void knownZonesOnly() {
            // Arrange
            StaffAccount account = anAccount().build();

            // Act / Assert
            account.chooseTimeZone(" Europe/Paris ");
            assertThat(account.timeZone()).contains("Europe/Paris");
            assertThatThrownBy(() -> account.chooseTimeZone("Europe/Paris; x=1"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(account.timeZone()).contains("Europe/Paris");
            account.chooseTimeZone("");
            assertThat(account.timeZone()).isEmpty();
        }
    }
}
