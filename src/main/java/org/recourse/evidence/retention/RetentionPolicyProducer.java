package org.recourse.evidence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Produces the retention policy from the settings, and says in the log when a period is below its statute. */
@ApplicationScoped
public class RetentionPolicyProducer {

    private static final Logger LOG = Logger.getLogger(RetentionPolicyProducer.class.getName());

    /** @throws IllegalStateException naming the setting, so that a portal with a wrong one does not start */
    @Produces
    @Singleton
    RetentionPolicy retentionPolicy() {
        Config config = ConfigProvider.getConfig(RetentionPolicyProducer.class.getClassLoader());
        try {
            RetentionSettings.Reading reading = RetentionSettings.read(
                    name -> config.getOptionalValue(name, String.class));
            reading.warnings().forEach(LOG::warning);
            return reading.policy();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
