package org.recourse.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.recourse.platform.web.AddressBlock;

/**
 * The addresses a webhook must not reach unless an admin said so: everything that is not the public internet
 * (loopback, private networks, link-local with the clouds' metadata services, carrier-grade NAT, documentation,
 * benchmarking and reserved blocks), and what is never a host at all (unspecified, multicast, broadcast). An IPv6
 * address that carries an IPv4 one (mapped {@code ::ffff:a.b.c.d}, compatible, NAT64 {@code 64:ff9b::/96}, 6to4
 * {@code 2002::/16}) is judged by the IPv4 address it carries, so {@code ::ffff:127.0.0.1} is loopback.
 */
final class SpecialAddresses {

    /** Why an address is not public; {@link #NEVER} kinds are refused even when an allowed range names them. */
    enum Kind {
        LOOPBACK, PRIVATE, LINK_LOCAL, SHARED, RESERVED, NEVER
    }

    private record Block(AddressBlock range, Kind kind) {
        static Block of(String cidr, Kind kind) {
            return new Block(AddressBlock.parse(cidr), kind);
        }
    }

    private static final List<Block> IPV4 = List.of(
            Block.of("0.0.0.0/8", Kind.NEVER), // "this network", the unspecified address
            Block.of("10.0.0.0/8", Kind.PRIVATE),
            Block.of("100.64.0.0/10", Kind.SHARED), // carrier-grade NAT
            Block.of("127.0.0.0/8", Kind.LOOPBACK),
            Block.of("169.254.0.0/16", Kind.LINK_LOCAL), // includes 169.254.169.254, the clouds' metadata service
            Block.of("172.16.0.0/12", Kind.PRIVATE),
            Block.of("192.0.0.0/24", Kind.RESERVED),
            Block.of("192.0.2.0/24", Kind.RESERVED),
            Block.of("192.88.99.0/24", Kind.RESERVED), // the old 6to4 relay anycast
            Block.of("192.168.0.0/16", Kind.PRIVATE),
            Block.of("198.18.0.0/15", Kind.RESERVED), // benchmarking
            Block.of("198.51.100.0/24", Kind.RESERVED),
            Block.of("203.0.113.0/24", Kind.RESERVED),
            Block.of("224.0.0.0/4", Kind.NEVER), // multicast
            Block.of("255.255.255.255/32", Kind.NEVER), // broadcast (before the reserved block that holds it)
            Block.of("240.0.0.0/4", Kind.RESERVED));

    private static final List<Block> IPV6 = List.of(
            Block.of("::/128", Kind.NEVER), // unspecified
            Block.of("::1/128", Kind.LOOPBACK),
            Block.of("64:ff9b:1::/48", Kind.PRIVATE), // local-use NAT64
            Block.of("100::/64", Kind.RESERVED), // discard-only
            Block.of("2001::/32", Kind.RESERVED), // Teredo: the IPv4 address inside is obfuscated, so refuse the block
            Block.of("2001:db8::/32", Kind.RESERVED), // documentation
            Block.of("fc00::/7", Kind.PRIVATE), // unique local
            Block.of("fe80::/10", Kind.LINK_LOCAL),
            Block.of("fec0::/10", Kind.PRIVATE), // the old site-local
            Block.of("ff00::/8", Kind.NEVER)); // multicast

    private SpecialAddresses() {
    }

    /** Why this address is not a public one, or empty if it is. */
    static Optional<Kind> kindOf(InetAddress address) {
        InetAddress judged = carriedIpv4(address);
        List<Block> blocks = judged instanceof Inet4Address ? IPV4 : IPV6;
        return blocks.stream().filter(block -> block.range().contains(judged)).map(Block::kind).findFirst();
    }

    /**
     * The IPv4 address an IPv6 address carries (mapped, compatible, NAT64 well-known prefix, 6to4), or the address
     * itself. Allowed ranges are matched against this too, so "127.0.0.0/8" also admits {@code ::ffff:127.0.0.1}.
     */
    static InetAddress carriedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = address.getAddress();
        boolean zeros80 = isZero(bytes, 0, 10);
        if (zeros80 && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
            return ipv4(bytes, 12); // ::ffff:a.b.c.d, mapped
        }
        if (zeros80 && bytes[10] == 0 && bytes[11] == 0 && !isZero(bytes, 12, 15)) {
            return ipv4(bytes, 12); // ::a.b.c.d, compatible (deprecated); "::" and "::1" have zeros at 12 to 14
        }
        if (bytes[0] == 0 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b
                && isZero(bytes, 4, 12)) {
            return ipv4(bytes, 12); // 64:ff9b::a.b.c.d, NAT64
        }
        if (bytes[0] == 0x20 && bytes[1] == 0x02) {
            return ipv4(bytes, 2); // 2002:aabb:ccdd::, 6to4
        }
        return address;
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes, int from) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(bytes, from, from + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Four bytes are always an IPv4 address", e);
        }
    }
}
