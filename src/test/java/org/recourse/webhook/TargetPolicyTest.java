package org.recourse.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.platform.web.AddressBlock;

/**
 * Where webhooks may go: the address rules (IPv4, IPv6, IPv6 carrying IPv4), the CIDR allow-list, and the check
 * after DNS of every address a name gives. No test here asks real DNS: the resolver is the test's.
 */
@DisplayName("Webhook targets: private addresses refused after DNS, unless an allowed range names them")
class TargetPolicyTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // literals only: no DNS
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A resolver that knows a few names, and counts how often it is asked. */
    private static final class FakeDns implements TargetPolicy.Resolver {
        final Map<String, List<String>> names;
        final List<String> asked = new ArrayList<>();

        FakeDns(Map<String, List<String>> names) {
            this.names = names;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            asked.add(host);
            List<String> answer = names.get(host);
            if (answer != null) {
                return answer.stream().map(TargetPolicyTest::ip).toArray(InetAddress[]::new);
            }
            if (host.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
                return new InetAddress[] {ip(host)};
            }
            throw new UnknownHostException(host);
        }
    }

    private static final FakeDns DNS = new FakeDns(Map.of(
            "platform.example", List.of("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
            "rebound.example", List.of("93.184.216.34", "10.0.0.7"),
            "metadata.example", List.of("169.254.169.254"),
            "intranet.example", List.of("192.168.1.20")));

    private static TargetPolicy policy(String... allowed) {
        return new TargetPolicy(java.util.Arrays.stream(allowed).map(AddressBlock::parse).toList(), url -> false, DNS);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "127.0.0.1, LOOPBACK", "127.255.255.254, LOOPBACK", "::1, LOOPBACK",
            "10.1.2.3, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.0.1, PRIVATE",
            "fc00::1, PRIVATE", "fd12:3456::1, PRIVATE", "fec0::1, PRIVATE",
            "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL",
            "100.64.0.1, SHARED", "100.127.255.255, SHARED",
            "0.0.0.0, NEVER", "::, NEVER", "224.0.0.1, NEVER", "ff02::1, NEVER", "255.255.255.255, NEVER",
            "192.0.2.1, RESERVED", "198.18.0.1, RESERVED", "240.0.0.1, RESERVED", "2001:db8::1, RESERVED",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2, RESERVED",
            // IPv6 that carries IPv4 is judged by the IPv4 address inside
            "::ffff:127.0.0.1, LOOPBACK", "::ffff:10.0.0.1, PRIVATE", "::ffff:169.254.169.254, LINK_LOCAL",
            "::127.0.0.1, LOOPBACK", "64:ff9b::a00:1, PRIVATE", "2002:7f00:1::1, LOOPBACK", "2002:c0a8:101::, PRIVATE"})
    @DisplayName("special addresses, by kind")
    void specialAddresses(String address, SpecialAddresses.Kind kind) {
        assertThat(SpecialAddresses.kindOf(ip(address))).contains(kind);
    }

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "100.63.255.255", "100.128.0.0", "172.15.255.255",
            "172.32.0.0", "192.169.0.1", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:93.184.216.34",
            "64:ff9b::808:808", "2002:808:808::1"})
    @DisplayName("public addresses, including IPv6 that carries a public IPv4")
    void publicAddresses(String address) {
        assertThat(SpecialAddresses.kindOf(ip(address))).isEmpty();
    }

    @Test
    @DisplayName("ranges: IPv4 and IPv6 blocks, a bare address, host bits ignored, families kept apart")
    void ranges() {
        // Arrange
        AddressBlock ten = AddressBlock.parse("10.1.2.3/8");
        AddressBlock ula = AddressBlock.parse(" fd00::/8 ");
        AddressBlock one = AddressBlock.parse("192.168.1.20");

        // Assert
        assertThat(ten).hasToString("10.0.0.0/8");
        assertThat(ten.contains(ip("10.255.0.1"))).isTrue();
        assertThat(ten.contains(ip("11.0.0.1"))).isFalse();
        assertThat(ula.contains(ip("fd12::1"))).isTrue();
        assertThat(ula.contains(ip("fc00::1"))).isFalse();
        assertThat(ula.contains(ip("10.0.0.1"))).as("an IPv4 address is never in an IPv6 block").isFalse();
        assertThat(one.contains(ip("192.168.1.20"))).isTrue();
        assertThat(one.contains(ip("192.168.1.21"))).isFalse();
        assertThat(AddressBlock.parse("0.0.0.0/0").contains(ip("203.0.113.9"))).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "10.0.0.0/33", "fd00::/129", "10.0.0.0/-1", "10.0.0.0/x", "intranet.example/24",
            "localhost"})
    @DisplayName("a range that is not numeric (never looked up) or has a wrong prefix is refused")
    void badRanges(String text) {
        assertThatThrownBy(() -> AddressBlock.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:8080/hooks", "http://localhost.localdomain/x", "http://[::1]/hooks",
            "http://[::ffff:127.0.0.1]/hooks", "https://metadata.example/latest", "https://intranet.example/hooks",
            "http://0.0.0.0:9000/", "http://2130706433/", "https://rebound.example/hooks", "http://[fe80::1]/"})
    @DisplayName("refused after DNS: loopback, private, link-local, unspecified, and a name with one bad address")
    void refused(String url) {
        FakeDns dns = new FakeDns(Map.of("localhost.localdomain", List.of("127.0.0.1"),
                "metadata.example", List.of("169.254.169.254"), "intranet.example", List.of("192.168.1.20"),
                "rebound.example", List.of("93.184.216.34", "10.0.0.7"), "2130706433", List.of("127.0.0.1")));
        TargetPolicy policy = new TargetPolicy(List.of(), own -> false, dns);

        assertThatThrownBy(() -> policy.vet(url)).isInstanceOfSatisfying(TargetPolicy.RefusedException.class,
                e -> assertThat(e.failure()).isEqualTo(WebhookFailure.REFUSED_PRIVATE));
    }

    @Test
    @DisplayName("a public name passes with every address it gave, which are the ones connected to")
    void publicNamePasses() throws Exception {
        // Act
        TargetPolicy.Target target = policy().vet("https://platform.example/hooks?x=1");

        // Assert
        assertThat(target.host()).isEqualTo("platform.example");
        assertThat(target.port()).isEqualTo(443);
        assertThat(target.https()).isTrue();
        assertThat(target.addresses()).containsExactly(ip("93.184.216.34"), ip("2606:2800:220:1:248:1893:25c8:1946"));
    }

    @Test
    @DisplayName("an unknown host is refused as not found")
    void unknownHost() {
        assertThatThrownBy(() -> policy().vet("https://nowhere.example/hooks"))
                .isInstanceOfSatisfying(TargetPolicy.RefusedException.class,
                        e -> assertThat(e.failure()).isEqualTo(WebhookFailure.HOST_NOT_FOUND));
    }

    @Test
    @DisplayName("an allowed range admits its private addresses, also as IPv4-mapped IPv6, and nothing else")
    void allowedRanges() throws Exception {
        // Arrange
        TargetPolicy onPremises = policy("127.0.0.0/8", "192.168.1.0/24");

        // Act / Assert
        assertThat(onPremises.vet("http://127.0.0.1:8080/hooks").addresses()).containsExactly(ip("127.0.0.1"));
        assertThat(onPremises.vet("http://[::ffff:127.0.0.1]:8080/hooks").port()).isEqualTo(8080);
        assertThat(onPremises.vet("https://intranet.example/hooks").addresses()).containsExactly(ip("192.168.1.20"));
        assertThatThrownBy(() -> onPremises.vet("http://10.0.0.1/hooks"))
                .isInstanceOf(TargetPolicy.RefusedException.class);
        assertThatThrownBy(() -> onPremises.vet("https://metadata.example/latest"))
                .isInstanceOf(TargetPolicy.RefusedException.class);
        assertThatThrownBy(() -> onPremises.vet("http://[::1]/hooks")).as("::1 is not in 127.0.0.0/8")
                .isInstanceOf(TargetPolicy.RefusedException.class);
    }

    @Test
    @DisplayName("no allowed range admits the unspecified or a multicast address")
    void neverAddresses() {
        TargetPolicy everything = policy("0.0.0.0/0", "::/0");

        assertThatThrownBy(() -> everything.vet("http://0.0.0.0/")).isInstanceOf(TargetPolicy.RefusedException.class);
        assertThatThrownBy(() -> everything.vet("http://224.0.0.1/")).isInstanceOf(TargetPolicy.RefusedException.class);
        assertThatThrownBy(() -> everything.vet("http://[ff02::1]/")).isInstanceOf(TargetPolicy.RefusedException.class);
    }

    @Test
    @DisplayName("the portal's own endpoint (the demo's receiver) passes on loopback; the same host elsewhere does not")
    void portalOwnEndpoint() throws Exception {
        // Arrange
        String own = "http://127.0.0.1:8080/demo/webhooks";
        TargetPolicy policy = new TargetPolicy(List.of(), own::equals, DNS);

        // Act / Assert
        assertThat(policy.vet(own).addresses()).containsExactly(ip("127.0.0.1"));
        assertThatThrownBy(() -> policy.vet("http://127.0.0.1:8080/staff/admin/accounts"))
                .isInstanceOf(TargetPolicy.RefusedException.class);
        assertThatThrownBy(() -> policy.vet("http://127.0.0.1:5432/demo/webhooks"))
                .isInstanceOf(TargetPolicy.RefusedException.class);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"HTTP 500, HTTP_5XX", "HTTP 503, HTTP_5XX", "HTTP 404, HTTP_4XX", "HTTP 301, HTTP_3XX",
            "'cannot reach the endpoint (ConnectException)', CONNECTION_FAILED", "no answer within 10 s, TIMED_OUT",
            "the endpoint was unreachable earlier in this run, UNREACHABLE_EARLIER",
            "refused: private address, REFUSED_PRIVATE", "java.net.SocketException: Connection reset, OTHER"})
    @DisplayName("a stored failure reads back as its class, also the rows written before classes (exception names)")
    void storedFailures(String stored, WebhookFailure failure) {
        assertThat(WebhookFailure.fromStored(stored)).isEqualTo(failure);
    }
}
