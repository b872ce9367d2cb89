package org.recourse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.platform.ratelimit.ClientAddress;

@DisplayName("Forwarded headers: the client is the rightmost address that is not a trusted proxy")
class ForwardedHeadersTest {

    private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.0/8, fd00::/8");

    private static String client(String peer, String... forwardedFor) {
        ClientAddress address = ForwardedHeaders.client(peer, List.of(forwardedFor), PROXIES);
        return address.key();
    }

    @Test
    @DisplayName("a peer that is not a trusted proxy is the client, whatever X-Forwarded-For says")
    void untrustedPeer() {
        assertThat(client("198.51.100.7", "203.0.113.1")).isEqualTo("198.51.100.7");
        assertThat(client("198.51.100.7", "10.0.0.1")).isEqualTo("198.51.100.7");
        assertThat(ForwardedHeaders.client("127.0.0.1", List.of("203.0.113.1"), TrustedProxies.NONE).key())
                .as("no proxy trusted at all").isEqualTo("127.0.0.1");
    }

    @Test
    @DisplayName("behind a trusted proxy, the address it appended is the client")
    void oneProxy() {
        assertThat(client("10.0.0.5", "203.0.113.1")).isEqualTo("203.0.113.1");
    }

    @Test
    @DisplayName("addresses the client made up itself, to the left, are never taken")
    void forgedLeftmost() {
        assertThat(client("10.0.0.5", "1.1.1.1, 2.2.2.2, 203.0.113.1")).isEqualTo("203.0.113.1");
        assertThat(client("10.0.0.5", "1.1.1.1", "203.0.113.1")).as("over two header lines").isEqualTo("203.0.113.1");
    }

    @Test
    @DisplayName("through a chain of trusted proxies, the first hop from the right that is not one")
    void chain() {
        assertThat(client("10.0.0.5", "1.1.1.1, 203.0.113.1, fd00::7, 10.9.9.9")).isEqualTo("203.0.113.1");
    }

    @Test
    @DisplayName("a client that claims to be a trusted proxy is passed over only as far as the leftmost address")
    void allTrusted() {
        assertThat(client("10.0.0.5", "10.1.1.1, 10.2.2.2")).isEqualTo("10.1.1.1");
        assertThat(client("10.0.0.5")).as("no header").isEqualTo("10.0.0.5");
        assertThat(client("10.0.0.5", " , ")).as("an empty header").isEqualTo("10.0.0.5");
    }

    @Test
    @DisplayName("IPv6 clients are counted by their /64, with or without brackets and ports")
    void ipv6() {
        assertThat(client("fd00::1", "[2001:db8:1:2::99]:4711")).isEqualTo("2001:db8:1:2::/64");
        assertThat(client("2001:db8:1:2::5", "203.0.113.1")).isEqualTo("2001:db8:1:2::/64");
    }

    @Test
    @DisplayName("a hop that is not an address ends the walk and is counted by its text")
    void unreadableHop() {
        assertThat(client("10.0.0.5", "203.0.113.1, unknown")).isEqualTo("?unknown");
        assertThat(client("10.0.0.5", "unknown, 203.0.113.1")).isEqualTo("203.0.113.1");
    }

    @Test
    @DisplayName("the deprecated switch alone means one proxy in front: the rightmost address, never the leftmost")
    void deprecatedSwitch() {
        assertThat(ForwardedHeaders.rightmost("10.0.0.5", List.of("1.1.1.1, 203.0.113.1")).key()).isEqualTo("203.0.113.1");
        assertThat(ForwardedHeaders.rightmost("192.0.2.9", List.of("1.1.1.1", "203.0.113.1")).key())
                .isEqualTo("203.0.113.1");
        assertThat(ForwardedHeaders.rightmost("192.0.2.9", List.of()).key()).isEqualTo("192.0.2.9");
        assertThat(ForwardedHeaders.rightmost("192.0.2.9", List.of("junk")).key()).isEqualTo("?junk");
    }
}
