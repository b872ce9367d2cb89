package org.recourse.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A block of IPv4 or IPv6 addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}; a bare address is a
 * block of one). Parsing takes only numeric addresses, never a host name, so reading a setting never asks DNS.
 */
public final class AddressRange {

    private static final Pattern NUMERIC = Pattern.compile("[0-9a-fA-F:.]+");

    private final byte[] network;
    private final int prefix;

    private AddressRange(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
        // Bits past the prefix are cleared, so "10.1.2.3/8" is 10.0.0.0/8.
        for (int bit = prefix; bit < network.length * 8; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
    }

    /**
     * @throws IllegalArgumentException naming the text, if it is not an address or block
     */
    public static AddressRange parse(String text) {
        String value = Objects.requireNonNull(text, "A range is required.").strip();
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        if (address.isEmpty() || !NUMERIC.matcher(address).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not an address range such as 10.0.0.0/8 or fd00::/8");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress(); // numeric only (checked above): no DNS look-up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not an address range such as 10.0.0.0/8", e);
        }
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(value.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("\"" + text + "\": the prefix length must be 0 to " + bits);
            }
        }
        return new AddressRange(bytes, prefix);
    }

    /** Whether the address is in this block (an IPv4 address is never in an IPv6 block, nor the reverse). */
    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && range.prefix == prefix && Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(network) * 31 + prefix;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
