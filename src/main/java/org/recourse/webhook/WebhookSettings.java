package org.recourse.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How webhooks are sent and retried. */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "recourse.webhooks.retry.first-delay", defaultValue = "PT10S")
    String firstDelay;

    @Inject
    @ConfigProperty(name = "recourse.webhooks.retry.max-delay", defaultValue = "PT1H")
    String maxDelay;

    @Inject
    @ConfigProperty(name = "recourse.webhooks.give-up-after", defaultValue = "PT24H")
    String giveUpAfter;

    @Inject
    @ConfigProperty(name = "recourse.webhooks.timeout", defaultValue = "PT10S")
    String timeout;

    public WebhookRetryPolicy retryPolicy() {
        return new WebhookRetryPolicy(Duration.parse(firstDelay), Duration.parse(maxDelay), Duration.parse(giveUpAfter));
    }

    /** The longest a receiver may take to answer. */
    public Duration timeout() {
        return Duration.parse(timeout);
    }

    /** How long a claimed delivery stays untouchable by other nodes: longer than sending can take. */
    public Duration claimFor() {
        return timeout().multipliedBy(3).plusSeconds(30);
    }
}
