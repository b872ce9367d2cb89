package org.recourse.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure someone can sign in on a new installation: with no staff account at all, it creates {@code admin},
 * with RECOURSE_ADMIN_PASSWORD if set, otherwise with a random one-time password printed once to the log. Either
 * way the second factor is enrolled at first sign-in.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdminBootstrap {

    private static final Logger LOG = Logger.getLogger(FirstAdminBootstrap.class.getName());

    @Inject
    StaffService staff;

    @Inject
    @ConfigProperty(name = "recourse.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void ensureAnAdmin() {
        try {
            staff.createFirstAdmin(adminPassword.filter(p -> !p.isBlank())).ifPresent(issued -> {
                if (issued.oneTimePassword() == null) {
                    LOG.info("Created the first staff account 'admin' with RECOURSE_ADMIN_PASSWORD.");
                } else {
                    LOG.warning("Created the first staff account 'admin'. One-time password (shown only now; it must "
                            + "be changed at first sign-in at /staff/login): " + issued.oneTimePassword());
                }
            });
        } catch (RuntimeException e) {
            // Another node created it at the same moment: its account stands.
            LOG.info("The first admin account already exists.");
        }
    }
}
