package org.recourse.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an IP address written out in full (as in X-Forwarded-For or a CIDR), never asking DNS: a header's
 * {@code unknown} or {@code attacker.example} is simply not an address. Accepts what proxies write: {@code 192.0.2.7},
 * {@code 192.0.2.7:4711}, {@code 2001:db8::1}, {@code [2001:db8::1]:4711}, and drops an IPv6 zone ({@code %eth0}).
 */
public final class IpLiteral {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?::\\d{1,5})?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");

    private IpLiteral() {
    }

    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        if (literal.startsWith("[")) {
            int end = literal.indexOf(']');
            if (end < 0 || !(end == literal.length() - 1 || literal.charAt(end + 1) == ':')) {
                return Optional.empty();
            }
            literal = literal.substring(1, end);
        }
        Matcher v4 = IPV4.matcher(literal);
        if (v4.matches()) {
            return ipv4(v4);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        return ipv6(literal);
    }

    private static Optional<InetAddress> ipv4(Matcher octets) {
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int value = Integer.parseInt(octets.group(i + 1));
            if (value > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) value;
        }
        return Optional.of(byAddress(bytes));
    }

    /**
     * Only text of hex digits, colons and dots that starts with a hex digit or a colon and holds a colon reaches
     * {@link InetAddress#getByName}: the JDK reads such text as an IPv6 literal, or refuses it, without a look-up.
     */
    private static Optional<InetAddress> ipv6(String literal) {
        if (!IPV6.matcher(literal).matches() || literal.indexOf(':') < 0 || literal.length() > 45) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("An address has 4 or 16 bytes", e);
        }
    }
}
