package org.recourse.it;

import java.net.URI;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;

/**
 * Staff members of a portal several contracts share (nested classes of one deployment): each is created by the first
 * admin and set up once per portal, then the same signed-in session is handed to every contract that asks for the same
 * name, role and password. Asking for a name with another role or password is a mistake in the tests, and fails.
 */
final class SharedStaff {

    private record Member(String role, String password, StaffClient client) {
    }

    private static final Map<String, Member> MEMBERS = new HashMap<>();

    private SharedStaff() {
    }

    static synchronized StaffClient member(URL portal, String adminPassword, String username, String role,
            String password) {
        String key = portal + " " + username;
        Member known = MEMBERS.get(key);
        if (known != null) {
            if (!known.role().equals(role) || !known.password().equals(password)) {
                throw new IllegalStateException(username + " is already a " + known.role()
                        + " of this portal with another password: give this contract's member another name");
            }
            return known.client();
        }
        String oneTime = StaffWorkspaceContract.create(SignedInAdmins.of(portal, adminPassword), username, role);
        StaffClient client = new StaffClient(URI.create(portal.toString()));
        client.firstSignIn(username, oneTime, password);
        MEMBERS.put(key, new Member(role, password, client));
        return client;
    }
}
