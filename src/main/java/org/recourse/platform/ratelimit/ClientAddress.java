package org.recourse.platform.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * Who a request is counted as, for counting only ({@link ClientCounts} hashes it at once; it is never stored): an
 * IPv4 address, or an IPv6 client's /64. One subscriber's line or one server usually gets a whole /64 and may pick
 * any address in it, so counting IPv6 addresses one by one would give a single client billions of budgets.
 */
public final class ClientAddress {

    private static final int IPV6_NETWORK_BYTES = 8;

    private final String key;

    private ClientAddress(String key) {
        this.key = key;
    }

    public static ClientAddress of(InetAddress address) {
        Objects.requireNonNull(address, "An address is required.");
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < IPV6_NETWORK_BYTES; i += 2) {
                network.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF))).append(':');
            }
            return new ClientAddress(network.append(":/64").toString());
        }
        return new ClientAddress(address.getHostAddress());
    }

    /** A hop that is not an IP address (a proxy wrote {@code unknown}, say): counted by that text. */
    public static ClientAddress unreadable(String text) {
        return new ClientAddress("?" + (text == null ? "" : text.strip()));
    }

    /**
     * This client counted apart for one subject (the name typed at sign-in, say): a count of its own, hashed the same
     * way, so neither the address nor the subject is kept.
     */
    public ClientAddress about(String subject) {
        return new ClientAddress(key + "\u0000" + Objects.requireNonNull(subject, "A subject is required."));
    }

    /** A count about a subject whoever the client (an account's failures from everywhere, say). */
    public static ClientAddress anyClientAbout(String subject) {
        return new ClientAddress("*\u0000" + Objects.requireNonNull(subject, "A subject is required."));
    }

    /** What is counted: the IPv4 address, or the IPv6 /64 as {@code 2001:db8:1:2::/64}. */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientAddress client && client.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
