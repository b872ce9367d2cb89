package org.recourse.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start: reads the vault key (making the key file if there is none, so the log says so now rather than at the
 * first removal) and re-wraps the data keys still under a previous vault key.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class VaultRotationAtStart {

    private static final Logger LOG = Logger.getLogger(VaultRotationAtStart.class.getName());

    @Inject
    VaultSettings settings;

    @Inject
    VaultRotation rotation;

    @PostConstruct
    void rotate() {
        try {
            settings.keys();
            settings.rule();
            VaultRotation.Result result = rotation.rewrapAll("system");
            if (result.rewrapped() > 0) {
                LOG.info(() -> "Re-wrapped " + result.rewrapped() + " evidence data keys under the current vault key.");
            }
        } catch (RuntimeException e) {
            // Reporting and review must go on: say it loudly, do not refuse to start.
            LOG.log(Level.SEVERE, "The evidence vault cannot seal or open records on this node: " + e.getMessage(), e);
        }
    }
}
