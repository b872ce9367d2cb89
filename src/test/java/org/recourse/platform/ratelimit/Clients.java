package org.recourse.platform.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Client addresses for tests, from literals (never a name to look up). */
final class Clients {

    private Clients() {
    }

    static ClientAddress address(String literal) {
        try {
            return ClientAddress.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
