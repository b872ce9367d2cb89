package org.recourse.contact;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link ContactEraser#eraseExpired} on a timer. Erasing is idempotent, so nodes that run it at the same time
 * only repeat each other's work, never undo it.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContactRetention {

    private static final Logger LOG = Logger.getLogger(ContactRetention.class.getName());

    @Inject
    @ConfigProperty(name = "recourse.jobs.retention-interval", defaultValue = "PT1H")
    String interval;

    @Inject
    ContactEraser eraser;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        long every = Duration.parse(interval).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("contact-retention", false));
    }

    @Timeout
    void run() {
        try {
            int erased;
            do {
                erased = eraser.eraseExpired(clock.instant());
                if (erased > 0) {
                    int count = erased;
                    LOG.info(() -> "Deleted the contact address of " + count + " report(s) closed past retention.");
                }
            } while (erased == ContactEraser.BATCH);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Deleting expired contact addresses failed; the next run tries again: " + e);
        }
    }
}
