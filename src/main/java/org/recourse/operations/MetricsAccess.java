package org.recourse.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may read /metrics. The numbers name no reporter, but they tell an outsider how busy the team is, how far
 * behind, and when a flood works. With a scrape token set ({@code recourse.metrics.token}), only a request carrying
 * {@code Authorization: Bearer <token>} is served, wherever it comes from. Without one, only a request from this
 * machine itself (a loopback peer) that did not come through a proxy: a reverse proxy on the same machine connects
 * from loopback too, but says so with its forwarding headers, and such a request is refused.
 */
final class MetricsAccess {

    /** What to answer. */
    enum Decision {
        SERVE, UNAUTHORIZED, NOT_FOUND
    }

    private MetricsAccess() {
    }

    /**
     * @param token the scrape token, if one is set
     * @param authorization the request's Authorization header, or null
     * @param peer the connection's peer address (numeric, as the container gives it)
     * @param forwarded whether the request carries a proxy's forwarding header
     */
    static Decision decide(Optional<String> token, String authorization, String peer, boolean forwarded) {
        Optional<String> set = token.map(String::strip).filter(t -> !t.isEmpty());
        if (set.isPresent()) {
            // Constant time, so the token cannot be guessed a character at a time from how long a refusal takes.
            byte[] expected = ("Bearer " + set.get()).getBytes(StandardCharsets.UTF_8);
            byte[] given = authorization == null ? new byte[0] : authorization.strip().getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(expected, given) ? Decision.SERVE : Decision.UNAUTHORIZED;
        }
        return isLoopback(peer) && !forwarded ? Decision.SERVE : Decision.NOT_FOUND;
    }

    private static boolean isLoopback(String peer) {
        if (peer == null || !peer.matches("[0-9a-fA-F:.%]+")) {
            return false; // only a numeric address is parsed, so nothing here asks DNS
        }
        try {
            return InetAddress.getByName(peer).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
