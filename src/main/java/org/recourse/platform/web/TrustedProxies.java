package org.recourse.platform.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The proxies the portal runs behind ({@code recourse.http.trusted-proxies}: CIDR blocks, IPv4 and IPv6): only a
 * request whose connection comes from one of them has its X-Forwarded-For and X-Forwarded-Proto believed.
 */
public final class TrustedProxies {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    /** The same machine: what the old {@code recourse.http.trust-forwarded-headers=true} meant in practice. */
    public static final TrustedProxies LOOPBACK = parse("127.0.0.0/8, ::1/128");

    private final List<AddressBlock> blocks;

    private TrustedProxies(List<AddressBlock> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /**
     * A comma-separated list of CIDR blocks; blank means none.
     *
     * @throws IllegalArgumentException naming the first entry that is not a block
     */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        return new TrustedProxies(Arrays.stream(list.split(",")).map(String::strip).filter(entry -> !entry.isEmpty())
                .map(AddressBlock::parse).toList());
    }

    public TrustedProxies and(TrustedProxies more) {
        List<AddressBlock> all = new ArrayList<>(blocks);
        more.blocks.stream().filter(block -> !all.contains(block)).forEach(all::add);
        return new TrustedProxies(all);
    }

    public boolean trusts(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address));
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    @Override
    public String toString() {
        return blocks.toString();
    }
}
