package org.recourse.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.recourse.platform.web.AddressBlock;

/**
 * This node's {@link TargetPolicy}: the private ranges the server's admin allowed, and the portal's own endpoints.
 * The only own endpoint is the demo platform's receiver ({@code <public url>/demo/webhooks}), which the demo trusts on
 * every start while it is on: it lives on this very server, usually at a loopback address, and is exactly that URL,
 * nothing else on the same host. It is kept in memory, not in the database, so that nobody who can write to the
 * endpoint table can mark an address as "ours", and it lapses as soon as the demo is turned off.
 */
@ApplicationScoped
public class WebhookTargets {

    private static final Logger LOG = Logger.getLogger(WebhookTargets.class.getName());

    @Inject
    WebhookSettings settings;

    private final Set<String> portalOwn = ConcurrentHashMap.newKeySet();
    private volatile boolean warned;

    /** Lets exactly this URL reach the portal itself, on this node, until it stops. */
    public void trustPortalOwn(String url) {
        portalOwn.add(url.strip());
    }

    boolean isPortalOwn(String url) {
        return url != null && portalOwn.contains(url.strip());
    }

    TargetPolicy.Target vet(String url) throws TargetPolicy.RefusedException {
        return policy().vet(url);
    }

    TargetPolicy policy() {
        return new TargetPolicy(allowedRanges(), this::isPortalOwn, TargetPolicy.DNS);
    }

    /** The allowed ranges; a setting that cannot be read allows none (the safe side), and says so in the log. */
    private List<AddressBlock> allowedRanges() {
        try {
            return settings.allowedPrivateRanges();
        } catch (IllegalStateException e) {
            if (!warned) {
                warned = true;
                LOG.severe(() -> e.getMessage() + ": no private range is allowed until it is corrected.");
            }
            return List.of();
        }
    }
}
