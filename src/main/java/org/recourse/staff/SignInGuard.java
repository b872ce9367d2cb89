package org.recourse.staff;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.platform.ratelimit.ClientAddress;
import org.recourse.platform.ratelimit.WaitingRoom;

/**
 * Every staff sign-in passes here before any password is checked (issue 11, finding 8). A client that keeps failing
 * waits longer and longer before its attempt is checked ({@link SignInThrottle}); only {@value #MAX_WAITING} slowed
 * attempts may wait at once, beyond that the answer is "wait" at once, so waiting cannot tie up the server. Only a
 * few password checks run at once ({@code recourse.staff.sign-in.concurrent-checks}): PBKDF2 is slow on purpose, and
 * a crowd of attempts must not take every core; one over the cap is answered "try again in a moment" at once instead
 * of joining a queue that grows. A client without failures never waits, whatever happens to the account elsewhere.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInGuard {

    static final int MAX_WAITING = 8;

    @Inject
    @ConfigProperty(name = "recourse.staff.sign-in.concurrent-checks", defaultValue = "2")
    int concurrentChecks;

    @Inject
    @ConfigProperty(name = "recourse.staff.sign-in.window", defaultValue = "PT1H")
    String window;

    @Inject
    @ConfigProperty(name = "recourse.rate-limit.max-clients", defaultValue = "100000")
    int maxClients;

    @Inject
    Clock clock;

    @Inject
    StaffService staff;

    @Resource
    TimerService timers;

    SignInThrottle throttle;
    Semaphore checks;
    final WaitingRoom waiting = new WaitingRoom(MAX_WAITING);

    @PostConstruct
    void start() {
        throttle = new SignInThrottle(Duration.parse(window), maxClients, clock);
        checks = new Semaphore(Math.max(1, concurrentChecks));
        timers.createIntervalTimer(60_000, 60_000, new TimerConfig("sign-in-forget", false));
    }

    /** Checks a sign-in of {@code clientAddress} after its wait, if a password check is free; counts a failure. */
    public SignInResult signIn(String typedName, char[] password, String code, ClientAddress clientAddress) {
        String name = SignInThrottle.normalise(typedName);
        Duration delay = throttle.delayFor(clientAddress, name);
        if (!waiting.waitOut(delay)) {
            return SignInResult.waitFor(delay);
        }
        if (!checks.tryAcquire()) {
            return SignInResult.busy();
        }
        SignInResult result;
        try {
            result = staff.signIn(name, password, code);
        } finally {
            checks.release();
        }
        if (result.outcome() == SignInResult.Outcome.FAILED) {
            throttle.failed(clientAddress, name);
        }
        return result;
    }

    @Timeout
    void forget() {
        throttle.forgetExpired();
    }
}
