package org.recourse.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.recourse.hotline.cybertip.CyberTipClient;
import org.recourse.hotline.cybertip.CyberTipDelivery;

/** Makes the deliveries from the settings: the place the CyberTipline password is read, and never shown. */
@ApplicationScoped
public class HotlineDeliveries {

    @Inject
    HotlineSettings settings;

    /** A client of the configured CyberTipline, or empty when no credentials are set. */
    public Optional<CyberTipClient> ncmecClient() {
        if (settings.ncmecUsername().isEmpty() || settings.ncmecPassword().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CyberTipClient(settings.ncmecUrl(), settings.ncmecUsername().get(),
                settings.ncmecPassword().get(), settings.timeout()));
    }

    /**
     * A delivery for one run of the outbox (it fetches the service's schema once), or empty while the hotline is turned
     * off or has no credentials (its reports wait, and die at their deadline).
     */
    public Optional<HotlineDelivery> forRun(String hotline) {
        if (!HotlineSettings.NCMEC.equals(hotline) || !settings.ncmecEnabled()) {
            return Optional.empty();
        }
        return ncmecClient().map(client -> new CyberTipDelivery(client, settings.validateServedSchema()));
    }
}
