package org.recourse.platform.web;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * The proxies the portal runs behind ({@code recourse.http.trusted-proxies}: CIDR blocks, IPv4 and IPv6): only a
 * request whose connection comes from one of them has its X-Forwarded-For and X-Forwarded-Proto believed.
 */
public final class TrustedProxies {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

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
