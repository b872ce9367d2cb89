package org.recourse.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the dispatcher works through the outbox: retries, batch size, and how long a claim holds a message. */
@ApplicationScoped
public class OutboxSettings {

    @Inject
    @ConfigProperty(name = "recourse.mail.retry.first-delay", defaultValue = "PT30S")
    String firstDelay;

    @Inject
    @ConfigProperty(name = "recourse.mail.retry.max-delay", defaultValue = "PT1H")
    String maxDelay;

    @Inject
    @ConfigProperty(name = "recourse.mail.retry.max-attempts", defaultValue = "12")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "recourse.mail.batch-size", defaultValue = "10")
    int batchSize;

    /**
     * Longer than a whole batch can take to send (each message is bounded by the SMTP timeout), so another node
     * only takes a claimed message over when the node that claimed it has died.
     */
    @Inject
    @ConfigProperty(name = "recourse.mail.claim-for", defaultValue = "PT10M")
    String claimFor;

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(Duration.parse(firstDelay), Duration.parse(maxDelay), maxAttempts);
    }

    public int batchSize() {
        return Math.max(1, batchSize);
    }

    public Duration claimFor() {
        return Duration.parse(claimFor);
    }
}
