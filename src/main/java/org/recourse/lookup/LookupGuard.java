package org.recourse.lookup;

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
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.intake.InvalidReferenceException;
import org.recourse.intake.Reference;
import org.recourse.platform.ratelimit.ClientAddress;
import org.recourse.platform.ratelimit.FailureThrottle;
import org.recourse.platform.ratelimit.WaitingRoom;

/**
 * Every look-up by reference passes here (the status page and API, the receipt again, its download). A client whose
 * look-ups keep failing is slowed down: a few failures are free, then each attempt waits longer, up to a ceiling,
 * until the window is forgotten. Clients are counted without their addresses ({@link FailureThrottle}). Only so many
 * slowed look-ups may wait at once; beyond that the answer is "busy, try later" at once, so waiting cannot be used
 * to tie up the server.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LookupGuard {

    static final int MAX_WAITING = 16;

    @Inject
    @ConfigProperty(name = "recourse.lookup.free-failures", defaultValue = "5")
    int freeFailures;

    @Inject
    @ConfigProperty(name = "recourse.lookup.first-delay", defaultValue = "PT1S")
    String firstDelay;

    @Inject
    @ConfigProperty(name = "recourse.lookup.max-delay", defaultValue = "PT30S")
    String maxDelay;

    @Inject
    @ConfigProperty(name = "recourse.lookup.window", defaultValue = "PT1H")
    String window;

    @Inject
    @ConfigProperty(name = "recourse.rate-limit.max-clients", defaultValue = "100000")
    int maxClients;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    private FailureThrottle throttle;
    private final WaitingRoom waiting = new WaitingRoom(MAX_WAITING);

    @PostConstruct
    void start() {
        throttle = new FailureThrottle(freeFailures, Duration.parse(firstDelay), Duration.parse(maxDelay),
                Duration.parse(window), maxClients, clock);
        timers.createIntervalTimer(60_000, 60_000, new TimerConfig("lookup-forget", false));
    }

    /**
     * Looks up what was typed with {@code find}, after this client's delay. A reference that is not found counts as
     * a failure; a typo does not (it never reaches the database and reveals nothing).
     */
    public <T> LookupResult<T> lookUp(String typed, ClientAddress client, Function<Reference, Optional<T>> find) {
        Reference reference;
        try {
            reference = Reference.parse(typed);
        } catch (InvalidReferenceException e) {
            return new LookupResult.Mistyped<>(e.reason());
        }
        Optional<Duration> busy = waitTurn(client);
        if (busy.isPresent()) {
            return new LookupResult.Busy<>(busy.get());
        }
        Optional<T> found = find.apply(reference);
        if (found.isEmpty()) {
            throttle.failed(client);
            return new LookupResult.NotFound<>();
        }
        return new LookupResult.Found<>(found.get());
    }

    /** Waits this client's delay; returns how long to retry after if too many are waiting already. */
    private Optional<Duration> waitTurn(ClientAddress client) {
        Duration delay = throttle.delayFor(client);
        return waiting.waitOut(delay) ? Optional.empty() : Optional.of(delay);
    }

    @Timeout
    void forget() {
        throttle.forgetExpired();
    }
}
