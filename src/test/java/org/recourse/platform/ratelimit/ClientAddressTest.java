package org.recourse.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Client address: what a request is counted as")
class ClientAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "203.0.113.7, 203.0.113.7",
            "2001:db8:1:2::a, 2001:db8:1:2::/64",
            "2001:0db8:0001:0002:ffff:ffff:ffff:ffff, 2001:db8:1:2::/64",
            "2001:db8::, 2001:db8:0:0::/64",
            "::1, 0:0:0:0::/64",
            "::ffff:198.51.100.4, 198.51.100.4"})
    @DisplayName("an IPv4 address is itself; an IPv6 address is its /64; an IPv4-mapped IPv6 address is the IPv4 one")
    void key(String literal, String expected) {
        // Act
        ClientAddress client = Clients.address(literal);

        // Assert
        assertThat(client.key()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"2001:db8:1:2::a, 2001:db8:1:2:9::9", "203.0.113.7, 203.0.113.7"})
    @DisplayName("addresses in one /64 are one client")
    void sameClient(String one, String other) {
        assertThat(Clients.address(one)).isEqualTo(Clients.address(other));
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"2001:db8:1:2::a, 2001:db8:1:3::a", "203.0.113.7, 203.0.113.8"})
    @DisplayName("different IPv4 addresses, or different /64s, are different clients")
    void differentClients(String one, String other) {
        assertThat(Clients.address(one)).isNotEqualTo(Clients.address(other));
    }
}
