package org.recourse.performers;

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
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.platform.ratelimit.ClientAddress;
import org.recourse.platform.ratelimit.FailureThrottle;
import org.recourse.platform.ratelimit.WaitingRoom;

/**
 * Every withdrawal by reference on the public page passes here, as look-ups by report reference pass the status
 * page's guard: a client whose references keep failing is slowed down (a few failures free, then each attempt waits
 * longer, up to a ceiling, until the window is forgotten), counted without its address; only so many slowed attempts
 * wait at once, beyond that "busy, try later" at once. A reference is 100 random bits, so slowing is what keeps
 * enumeration hopeless even for a patient attacker, and a person who mistypes once is never slowed.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WithdrawalGuard {

    static final int MAX_WAITING = 16;

    @Inject
    @ConfigProperty(name = "recourse.performers.withdrawal.free-failures", defaultValue = "5")
    int freeFailures;

    @Inject
    @ConfigProperty(name = "recourse.performers.withdrawal.first-delay", defaultValue = "PT1S")
    String firstDelay;

    @Inject
    @ConfigProperty(name = "recourse.performers.withdrawal.max-delay", defaultValue = "PT30S")
    String maxDelay;

    @Inject
    @ConfigProperty(name = "recourse.performers.withdrawal.window", defaultValue = "PT1H")
    String window;

    @Inject
    @ConfigProperty(name = "recourse.rate-limit.max-clients", defaultValue = "100000")
    int maxClients;

    @Inject
    Clock clock;

    @Inject
    PerformerRecords records;

    @Resource
    TimerService timers;

    private FailureThrottle throttle;
    private final WaitingRoom waiting = new WaitingRoom(MAX_WAITING);

    @PostConstruct
    void start() {
        throttle = new FailureThrottle(freeFailures, Duration.parse(firstDelay), Duration.parse(maxDelay),
                Duration.parse(window), maxClients, clock);
        timers.createIntervalTimer(60_000, 60_000, new TimerConfig("withdrawal-forget", false));
    }

    /** Withdraws the consent of the record with this reference, after this client's delay. */
    public WithdrawalAnswer withdraw(String typed, ClientAddress client) {
        Optional<WithdrawalReference> reference = WithdrawalReference.parse(typed);
        if (reference.isEmpty()) {
            return new WithdrawalAnswer.Mistyped();
        }
        Duration delay = throttle.delayFor(client);
        if (!waiting.waitOut(delay)) {
            return new WithdrawalAnswer.Busy(delay);
        }
        Optional<Withdrawal> done = records.withdrawByReference(reference.get());
        if (done.isEmpty()) {
            throttle.failed(client);
            return new WithdrawalAnswer.NotFound();
        }
        return new WithdrawalAnswer.Done(done.get());
    }

    @Timeout
    void forget() {
        throttle.forgetExpired();
    }
}
