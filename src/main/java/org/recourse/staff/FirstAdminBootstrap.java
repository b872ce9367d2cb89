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
 *
 * <p>A configured password must pass the rules of every password (issue 11, finding 9). One that does not is
 * refused with a SEVERE line saying why and what to do, and no account is made; the portal still starts, because
 * its public doors (reporting, status, survivors' hashes) must not go down over a staff setting, and the next start
 * with a better password creates the account. A one-time password that expired before anyone used it is renewed at
 * start while no admin is ready who could reset it.
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
        Optional<StaffService.Issued> created;
        try {
            created = staff.createFirstAdmin(adminPassword.filter(p -> !p.isBlank()));
        } catch (WeakPasswordException e) {
            String why = "staff.error.password.short".equals(e.getMessage())
                    ? "it has fewer than " + PasswordHasher.MIN_PASSWORD_LENGTH + " characters"
                    : "it contains the username 'admin'";
            LOG.severe("RECOURSE_ADMIN_PASSWORD (recourse.admin.password) is not accepted: " + why + "."
                    + " No staff account was created, so nobody can sign in to the staff workspace yet. Set "
                    + "RECOURSE_ADMIN_PASSWORD to a password of at least " + PasswordHasher.MIN_PASSWORD_LENGTH
                    + " characters that does not contain 'admin' (or unset it to have a one-time password printed "
                    + "here), then restart the portal.");
            return;
        } catch (RuntimeException e) {
            // Another node created it at the same moment: its account stands.
            LOG.info("The first admin account already exists.");
            return;
        }
        created.ifPresentOrElse(this::announce, this::renewIfExpired);
    }

    private void announce(StaffService.Issued issued) {
        if (issued.oneTimePassword() == null) {
            LOG.info("Created the first staff account 'admin' with RECOURSE_ADMIN_PASSWORD.");
        } else {
            LOG.warning("Created the first staff account 'admin'. One-time password (shown only now; it works until "
                    + issued.expiresAt() + " and must be changed at first sign-in at /staff/login): "
                    + issued.oneTimePassword());
        }
    }

    private void renewIfExpired() {
        try {
            staff.renewExpiredFirstAdmin().ifPresent(issued -> LOG.warning("The one-time password of 'admin' expired "
                    + "before anyone signed in. New one-time password (shown only now; it works until "
                    + issued.expiresAt() + " and must be changed at first sign-in at /staff/login): "
                    + issued.oneTimePassword()));
        } catch (RuntimeException e) {
            // Another node renewed it at the same moment: its password stands, and its log shows it.
            LOG.info("The first admin's one-time password was renewed by another node.");
        }
    }
}
