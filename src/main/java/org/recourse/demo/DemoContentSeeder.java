package org.recourse.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registers the demo pictures on first start when the demo is on (the default), so that a newcomer has content to
 * report, and connects the demo platform (an API key and a webhook endpoint). Production turns it off with
 * RECOURSE_DEMO_ENABLED=false.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoContentSeeder {

    private static final Logger LOG = Logger.getLogger(DemoContentSeeder.class.getName());

    @Inject
    DemoMode demo;

    @Inject
    @ConfigProperty(name = "recourse.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "recourse.demo.webhook-url")
    java.util.Optional<String> webhookUrl;

    @Inject
    DemoPlatform platform;

    @PostConstruct
    void seed() {
        if (!demo.isEnabled()) {
            return;
        }
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        // The demo platform's key and webhook endpoint, as a platform connects to Recourse (once).
        platform.connect(webhookUrl.orElse(base + "/demo/webhooks"));
        int registered = platform.registerGallery(base);
        if (registered > 0) {
            LOG.info(() -> "Demo gallery ready: " + registered + " generated pictures");
        }
    }
}
