package org.recourse.testing;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Another address of this machine than 127.0.0.1, to reach a local server from as a different peer: a portal that
 * trusts a proxy at 127.0.0.1 sees a connection to {@code [::1]} (or to the machine's own network address) as coming
 * from a peer it does not trust.
 */
public final class LocalPeer {

    private LocalPeer() {
    }

    /** The host part of a URL ({@code [::1]}, {@code 192.0.2.2}) on which a server at this port answers. */
    public static String otherThanIpv4Loopback(int port) {
        for (InetAddress candidate : candidates()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(candidate, port), 2000);
                String literal = candidate.getHostAddress().replaceAll("%.*$", "");
                return candidate instanceof Inet6Address ? "[" + literal + "]" : literal;
            } catch (IOException e) {
                // Try the next address.
            }
        }
        throw new IllegalStateException("No address of this machine but 127.0.0.1 reaches port " + port
                + ": the untrusted-peer tests need IPv6 loopback or a network interface");
    }

    private static List<InetAddress> candidates() {
        List<InetAddress> candidates = new ArrayList<>();
        candidates.add(InetAddress.getLoopbackAddress() instanceof Inet6Address ? InetAddress.getLoopbackAddress()
                : ipv6Loopback());
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (network.isUp() && !network.isLoopback()) {
                    Collections.list(network.getInetAddresses()).stream()
                            .filter(address -> !address.isLinkLocalAddress()).forEach(candidates::add);
                }
            }
        } catch (SocketException e) {
            // Only the loopback candidate, then.
        }
        return candidates;
    }

    private static InetAddress ipv6Loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
