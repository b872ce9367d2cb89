package org.recourse.platform.web;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * A block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}); a single address without a
 * prefix length is a block of one. Bits beyond the prefix are ignored, so {@code 10.1.2.3/8} is {@code 10.0.0.0/8}.
 */
public final class AddressBlock {

    private final byte[] network;
    private final int prefixLength;

    private AddressBlock(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /**
     * @throws IllegalArgumentException naming the text, if it is not an IPv4 or IPv6 address with an optional
     *                                  prefix length that fits the address
     */
    public static AddressBlock parse(String cidr) {
        String text = cidr == null ? "" : cidr.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        Optional<InetAddress> parsed = address.contains("[") ? Optional.empty() : IpLiteral.parse(address);
        if (parsed.isEmpty() || (address.indexOf(':') < 0) != (parsed.get().getAddress().length == 4)) {
            // The second test refuses "::ffff:10.0.0.0/104", which the JDK would turn into an IPv4 address.
            throw new IllegalArgumentException("'" + cidr + "' is not an IP address or a CIDR block such as "
                    + "10.0.0.0/8 or 2001:db8::/32");
        }
        byte[] bytes = parsed.get().getAddress();
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String length = text.substring(slash + 1);
            if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
                throw new IllegalArgumentException("'" + cidr + "' has a prefix length that is not 0 to " + bits);
            }
            prefix = Integer.parseInt(length);
        }
        return new AddressBlock(mask(bytes, prefix), prefix);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(mask(bytes, prefixLength), network);
    }

    /** The first {@code prefix} bits of the address, the rest zero. */
    static byte[] mask(byte[] address, int prefix) {
        byte[] masked = new byte[address.length];
        for (int i = 0; i < address.length; i++) {
            int bitsHere = Math.max(0, Math.min(8, prefix - i * 8));
            masked[i] = (byte) (address[i] & (0xFF00 >> bitsHere));
        }
        return masked;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressBlock block && block.prefixLength == prefixLength
                && Arrays.equals(block.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        return IpLiteral.byAddress(network).getHostAddress() + "/" + prefixLength;
    }
}
