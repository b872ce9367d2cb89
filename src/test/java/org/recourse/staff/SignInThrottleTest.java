package org.recourse.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.platform.ratelimit.ClientAddress;
import org.recourse.testing.MovableClock;

@DisplayName("Sign-in throttle: per client and account, never per account alone (issue 11, finding 8)")
class SignInThrottleTest {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final ClientAddress ATTACKER = ip("203.0.113.66");
    private static final ClientAddress ADMIN_DESK = ip("198.51.100.7");

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(WINDOW, 1_000, clock);

    private void fail(String client, String name, int times) {
        fail(ip(client), name, times);
    }

    private void fail(ClientAddress client, String name, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(client, name);
        }
    }

    @ParameterizedTest(name = "after {0} failures: wait {1}")
    @CsvSource({
        "0,  PT0S",
        "1,  PT0S",
        "2,  PT0S",
        "3,  PT1S",
        "4,  PT2S",
        "5,  PT4S",
        "8,  PT32S",
        "9,  PT1M",
        "40, PT1M"})
    @DisplayName("a client has three free failures on an account, then each attempt waits twice as long, up to a minute")
    void doublingPerClientAndAccount(int failures, Duration expected) {
        // Arrange
        fail(ATTACKER, "admin", failures);

        // Act
        Duration delay = throttle.delayFor(ATTACKER, "admin");

        // Assert
        assertThat(delay).isEqualTo(expected);
    }

    @Test
    @DisplayName("another client's failures never slow down a client without failures, however many there are")
    void realAdminFromElsewhere() {
        // Arrange: one client fails a thousand times, a hundred others once each
        fail(ATTACKER, "admin", 1_000);
        for (int i = 0; i < 100; i++) {
            fail("203.0.113." + i, "admin", 1);
        }

        // Act
        Duration adminDesk = throttle.delayFor(ADMIN_DESK, "admin");

        // Assert
        assertThat(throttle.underAttack("admin")).isTrue();
        assertThat(adminDesk).isZero();
        assertThat(throttle.delayFor(ATTACKER, "admin")).isEqualTo(SignInThrottle.MAX_DELAY);
    }

    @Test
    @DisplayName("once an account has ten failures from anywhere, each client's first failure on it already slows it down")
    void accountUnderAttack() {
        // Arrange: nine clients fail once each: not yet under attack
        for (int i = 0; i < SignInThrottle.ACCOUNT_UNDER_ATTACK - 1; i++) {
            fail("203.0.113." + i, "admin", 1);
        }
        boolean before = throttle.underAttack("admin");
        Duration oneFailureBefore = throttle.delayFor(ip("203.0.113.0"), "admin");

        // Act: the tenth
        fail("203.0.113.200", "admin", 1);

        // Assert
        assertThat(before).isFalse();
        assertThat(oneFailureBefore).isZero();
        assertThat(throttle.underAttack("admin")).isTrue();
        assertThat(throttle.delayFor(ip("203.0.113.0"), "admin")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delayFor(ADMIN_DESK, "admin")).as("a client without failures").isZero();
        assertThat(throttle.underAttack("mona")).as("other accounts").isFalse();
    }

    @Test
    @DisplayName("a client's failures on one name do not slow it on another, until it has failed ten times over all names")
    void sprayingNames() {
        // Arrange
        fail(ATTACKER, "admin", 3);

        // Act / Assert: another name from the same client goes ahead
        assertThat(throttle.delayFor(ATTACKER, "mona")).isZero();

        // Act: seven more failures, each on a name of its own (unknown names count like any other)
        for (int i = 0; i < 7; i++) {
            fail(ATTACKER, "nobody" + i, 1);
        }

        // Assert: ten failures over all names slow this client on any name, and no one else
        assertThat(throttle.delayFor(ATTACKER, "someone-new")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delayFor(ADMIN_DESK, "someone-new")).isZero();
    }

    @Test
    @DisplayName("the name counts as sign-in compares it: trimmed and in lower case")
    void normalisedNames() {
        // Arrange
        fail(ATTACKER, " Admin", 1);
        fail(ATTACKER, "ADMIN ", 1);
        fail(ATTACKER, "admin", 1);

        // Act
        Duration delay = throttle.delayFor(ATTACKER, "aDmIn");

        // Assert
        assertThat(delay).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("texts that cannot be a username share one count, whatever was typed")
    void notUsernamesShareOneCount() {
        // Arrange: passwords typed into the name field
        fail(ATTACKER, "Correct Horse!", 1);
        fail(ATTACKER, "p@ssw0rd", 1);
        fail(ATTACKER, "", 1);

        // Act
        Duration delay = throttle.delayFor(ATTACKER, "another one?");

        // Assert
        assertThat(delay).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delayFor(ATTACKER, "admin")).isZero();
    }

    @Test
    @DisplayName("every count is forgotten when the window ends")
    void forgottenWithTheWindow() {
        // Arrange
        fail(ATTACKER, "admin", 20);
        for (int i = 0; i < 20; i++) {
            fail("203.0.113." + i, "admin", 1);
        }

        // Act
        clock.advance(WINDOW);
        throttle.forgetExpired();

        // Assert
        assertThat(throttle.delayFor(ATTACKER, "admin")).isZero();
        assertThat(throttle.underAttack("admin")).isFalse();
    }

    /** An address literal (no look-up) as the throttle counts it. */
    static ClientAddress ip(String literal) {
        try {
            return ClientAddress.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
