package org.recourse.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.platform.ratelimit.ClientAddress;
import org.recourse.testing.MovableClock;

@DisplayName("Sign-in guard: a cap on password checks at once, and failures counted (issue 11, finding 8)")
class SignInGuardTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T09:00:00Z"));

    /** Stands in for the real check: counts calls, and holds each until released. */
    private static final class HeldChecks extends StaffService {
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch entered;
        final CountDownLatch release = new CountDownLatch(1);
        SignInResult answer = SignInResult.failed();

        HeldChecks(int expectedHolders) {
            entered = new CountDownLatch(expectedHolders);
        }

        @Override
        public SignInResult signIn(String name, char[] password, String code) {
            calls.incrementAndGet();
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer;
        }
    }

    private SignInGuard guard(StaffService staff, int concurrentChecks) {
        SignInGuard guard = new SignInGuard();
        guard.staff = staff;
        guard.throttle = new SignInThrottle(Duration.ofHours(1), 1_000, clock);
        guard.checks = new Semaphore(concurrentChecks);
        return guard;
    }

    @Test
    @DisplayName("over the cap, an attempt is answered 'busy' at once and no password is checked for it")
    void capOnChecks() throws Exception {
        // Arrange: two checks running, held
        HeldChecks staff = new HeldChecks(2);
        SignInGuard guard = guard(staff, 2);
        List<CompletableFuture<SignInResult>> running = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String client = "198.51.100." + i;
            running.add(CompletableFuture.supplyAsync(() -> guard.signIn("nobody", "pw".toCharArray(), "", ip(client))));
        }
        assertThat(staff.entered.await(10, TimeUnit.SECONDS)).isTrue();

        // Act
        SignInResult third = guard.signIn("someone", "pw".toCharArray(), "", ip("198.51.100.9"));

        // Assert
        assertThat(third.outcome()).isEqualTo(SignInResult.Outcome.BUSY);
        assertThat(staff.calls).hasValue(2);

        // Act: the running checks end; the next attempt is checked
        staff.release.countDown();
        for (CompletableFuture<SignInResult> check : running) {
            assertThat(check.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(SignInResult.Outcome.FAILED);
        }
        SignInResult fourth = guard.signIn("someone", "pw".toCharArray(), "", ip("198.51.100.9"));

        // Assert
        assertThat(fourth.outcome()).isEqualTo(SignInResult.Outcome.FAILED);
        assertThat(staff.calls).hasValue(3);
    }

    @Test
    @DisplayName("failures are counted for the client and name; a client without failures is not slowed down")
    void failuresCounted() {
        // Arrange
        HeldChecks staff = new HeldChecks(0);
        staff.release.countDown();
        SignInGuard guard = guard(staff, 2);

        // Act
        for (int i = 0; i < 3; i++) {
            guard.signIn(" Admin ", "wrong".toCharArray(), "", ip("203.0.113.66"));
        }

        // Assert
        assertThat(guard.throttle.delayFor(ip("203.0.113.66"), "admin")).isEqualTo(Duration.ofSeconds(1));
        assertThat(guard.throttle.delayFor(ip("198.51.100.7"), "admin")).isZero();
    }

    @Test
    @DisplayName("a slowed attempt when too many are waiting already is answered 'wait' at once, unchecked")
    void tooManyWaiting() {
        // Arrange: a client past its free failures, and every waiting place taken
        HeldChecks staff = new HeldChecks(0);
        staff.release.countDown();
        SignInGuard guard = guard(staff, 2);
        for (int i = 0; i < 3; i++) {
            guard.throttle.failed(ip("203.0.113.66"), "admin");
        }
        guard.waiting.fill();

        // Act
        SignInResult result = guard.signIn("admin", "pw".toCharArray(), "", ip("203.0.113.66"));

        // Assert
        assertThat(result.outcome()).isEqualTo(SignInResult.Outcome.WAIT);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(staff.calls).hasValue(0);
    }

    @Test
    @DisplayName("a successful sign-in is not counted as a failure")
    void successNotCounted() {
        // Arrange
        HeldChecks staff = new HeldChecks(0);
        staff.release.countDown();
        staff.answer = new SignInResult(SignInResult.Outcome.READY, "admin", java.util.Set.of("ADMIN"), Duration.ZERO,
                1, 0);
        SignInGuard guard = guard(staff, 2);

        // Act
        for (int i = 0; i < 5; i++) {
            guard.signIn("admin", "right".toCharArray(), "123456", ip("198.51.100.7"));
        }

        // Assert
        assertThat(guard.throttle.delayFor(ip("198.51.100.7"), "admin")).isZero();
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
