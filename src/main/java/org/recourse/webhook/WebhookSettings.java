package org.recourse.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.platform.web.AddressBlock;

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

    /**
     * Private ranges webhooks may reach after all (CIDR, separated by commas or spaces): for a platform on the same
     * premises. Empty by default, so that no admin session can point webhooks inside the network.
     */
    @Inject
    @ConfigProperty(name = "recourse.webhooks.allowed-private-ranges")
    Optional<String> allowedPrivateRanges = Optional.empty();

    private volatile List<AddressBlock> parsedRanges;

    public WebhookRetryPolicy retryPolicy() {
        return new WebhookRetryPolicy(Duration.parse(firstDelay), Duration.parse(maxDelay), Duration.parse(giveUpAfter));
    }

    /** The longest a receiver may take to answer. */
    public Duration timeout() {
        return Duration.parse(timeout);
    }

    /**
     * The allowed private ranges.
     *
     * @throws IllegalStateException naming the setting, if an entry is not a range
     */
    public List<AddressBlock> allowedPrivateRanges() {
        List<AddressBlock> ranges = parsedRanges;
        if (ranges == null) {
            try {
                ranges = Arrays.stream(allowedPrivateRanges.orElse("").split("[,\\s]+"))
                        .filter(entry -> !entry.isBlank()).map(AddressBlock::parse).toList();
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("recourse.webhooks.allowed-private-ranges: " + e.getMessage(), e);
            }
            parsedRanges = ranges;
        }
        return ranges;
    }

    /** How long a claimed delivery stays untouchable by other nodes: longer than sending can take. */
    public Duration claimFor() {
        return timeout().multipliedBy(3).plusSeconds(30);
    }
}
