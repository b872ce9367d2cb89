package org.recourse.testing;

import java.net.URI;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

/**
 * The first admin of each portal under test, set up once (password and authenticator) and then shared: several test
 * classes may run against one Payara Micro (JUnit {@code @Nested} classes in one deployment), and the first admin's
 * set-up can be done only once per portal.
 */
public final class SignedInAdmins {

    private static final Map<String, StaffClient> ADMINS = new HashMap<>();

    private SignedInAdmins() {
    }

    /** The portal's first admin, signed in; set up with {@code password} the first time it is asked for. */
    public static synchronized StaffClient of(URL portal, String password) {
        return ADMINS.computeIfAbsent(portal.toString(), address -> {
            StaffClient admin = new StaffClient(URI.create(address));
            admin.firstSignIn("admin", password, password);
            return admin;
        });
    }
}
