package org.recourse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("CIDR blocks and trusted proxies")
class AddressBlockTest {

    private static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow(() -> new AssertionError(literal + " is not an address"));
    }

    @ParameterizedTest(name = "{0} holds {1}: {2}")
    @CsvSource({
            "10.0.0.0/8, 10.255.1.2, true",
            "10.0.0.0/8, 11.0.0.1, false",
            "192.0.2.0/25, 192.0.2.127, true",
            "192.0.2.0/25, 192.0.2.128, false",
            "10.1.2.3/8, 10.9.9.9, true",
            "192.0.2.7, 192.0.2.7, true",
            "192.0.2.7, 192.0.2.8, false",
            "192.0.2.7/32, 192.0.2.7, true",
            "0.0.0.0/0, 198.51.100.1, true",
            "0.0.0.0/0, 2001:db8::1, false",
            "2001:db8::/32, 2001:db8:ffff::1, true",
            "2001:db8::/32, 2001:db9::1, false",
            "fd00::/8, fdff:1::1, true",
            "::1/128, ::1, true",
            "::1, ::1, true",
            "::1/128, 127.0.0.1, false",
            "2001:db8:1:2::/64, 2001:db8:1:2:ffff::1, true",
            "2001:db8:1:2::/63, 2001:db8:1:3::1, true",
            "2001:db8:1:2::/64, 2001:db8:1:3::1, false"})
    @DisplayName("holds exactly the addresses of its prefix, IPv4 and IPv6 apart")
    void contains(String block, String address, boolean expected) {
        assertThat(AddressBlock.parse(block).contains(ip(address))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "10.0.0.0/33", "2001:db8::/129", "10.0.0/8", "256.0.0.1", "10.0.0.0/-1", "10.0.0.0/",
            "proxy.example", "10.0.0.0/8/8", "::ffff:10.0.0.0/104", "192.0.2.1:80", "[::1]", "1.2.3.4.5", "::1/1a"})
    @DisplayName("refuses anything that is not an address with a fitting prefix length, naming it")
    void refuses(String text) {
        assertThatThrownBy(() -> AddressBlock.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    @DisplayName("a list of blocks, with spaces and empty entries, trusts what any of them holds")
    void trustedProxies() {
        // Act
        TrustedProxies proxies = TrustedProxies.parse(" 10.0.0.0/8 ,, 2001:db8::/32 ");

        // Assert
        assertThat(proxies.trusts(ip("10.1.1.1"))).isTrue();
        assertThat(proxies.trusts(ip("2001:db8::5"))).isTrue();
        assertThat(proxies.trusts(ip("127.0.0.1"))).isFalse();
        assertThat(TrustedProxies.parse("").isEmpty()).isTrue();
        assertThat(TrustedProxies.parse(null).trusts(ip("127.0.0.1"))).isFalse();
        assertThat(TrustedProxies.parse("0.0.0.0/0, ::/0").trusts(ip("::1"))).as("every peer").isTrue();
    }

    @Test
    @DisplayName("a list with one bad entry is refused as a whole, naming the entry")
    void badList() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/8, 10.0.0.0/40"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.0/40");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
            "192.0.2.7, 192.0.2.7",
            "' 192.0.2.7 ', 192.0.2.7",
            "192.0.2.7:4711, 192.0.2.7",
            "2001:db8::1, 2001:db8:0:0:0:0:0:1",
            "[2001:db8::1], 2001:db8:0:0:0:0:0:1",
            "[2001:db8::1]:4711, 2001:db8:0:0:0:0:0:1",
            "fe80::1%eth0, fe80:0:0:0:0:0:0:1",
            "0:0:0:0:0:0:0:1, 0:0:0:0:0:0:0:1"})
    @DisplayName("reads the address forms proxies write")
    void literals(String text, String expected) {
        assertThat(ip(text).getHostAddress()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"unknown", "attacker.example", "localhost", "_hidden", "999.1.1.1", "1.2.3", "::g",
            ".:1", "[::1", "[::1]x", "", "1:2:3:4:5:6:7:8:9", "12345::"})
    @DisplayName("never takes a name or a malformed address for an address (and never asks DNS)")
    void notLiterals(String text) {
        assertThat(IpLiteral.parse(text)).isEmpty();
    }
}
