package org.recourse.hotline.outside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.hotline.outside.OutsideAddresses.anAddress;
import static org.recourse.hotline.outside.OutsideAddresses.referred;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Outside addresses grouped by host")
class HostGroupTest {

    @Test
    @DisplayName("each host once, with its distinct addresses, cases, first and last report; newest host first")
    void groups() {
        // Arrange: the same URL on two cases, another of the same host, and an older host
        List<OutsideAddress> addresses = List.of(
                anAddress(1, 10, "https://files.example/a.jpg", 1, 3),
                anAddress(2, 11, "https://files.example/a.jpg", 5, 5),
                anAddress(3, 11, "https://files.example:8443/b.jpg", 2, 4),
                anAddress(4, 12, "http://old.example/x", 1, 1));

        // Act
        List<HostGroup> groups = HostGroup.group(addresses);

        // Assert
        assertThat(groups).extracting(HostGroup::host).containsExactly("files.example", "old.example");
        HostGroup files = groups.get(0);
        assertThat(files.addressCount()).isEqualTo(2);
        assertThat(files.caseCount()).isEqualTo(2);
        assertThat(files.firstReported()).isEqualTo(OutsideAddresses.DAY_1);
        assertThat(files.lastReported()).isEqualTo(OutsideAddresses.DAY_1.plusSeconds(4 * 86_400L));
        assertThat(files.addresses()).extracting(OutsideAddress::caseItemId).containsExactly(2L, 3L, 1L);
    }

    @Test
    @DisplayName("a host is referred not yet, in part, or wholly")
    void referredState() {
        // Arrange
        OutsideAddress a = anAddress(1, 10, "https://a.example/1", 1, 1);
        OutsideAddress b = anAddress(2, 10, "https://a.example/2", 1, 1);

        // Act, Assert
        assertThat(HostGroup.group(List.of(a, b)).get(0).referred()).isEqualTo(HostGroup.Referred.NONE);
        assertThat(HostGroup.group(List.of(referred(a), b)).get(0).referred()).isEqualTo(HostGroup.Referred.SOME);
        assertThat(HostGroup.group(List.of(referred(a), referred(b))).get(0).referred())
                .isEqualTo(HostGroup.Referred.ALL);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"https://Files.Example/a, files.example", "https://user:pw@host.example:8080/p?q=1, host.example",
            "http://[2001:db8::1]:8080/x, [2001:db8::1]:8080", "https://xn--bcher-kva.example, xn--bcher-kva.example",
            "not a url, not a url", "https:///nohost, ?", "http://h.example?x=/y, h.example"})
    @DisplayName("the host is read from the stored address; nothing is ever left out of a group")
    void hostOf(String url, String host) {
        // Arrange, Act, Assert
        assertThat(OutsideAddress.hostOf(url)).isEqualTo(host);
    }

    @Test
    @DisplayName("the filters keep addresses not yet referred, of hosts holding the text")
    void filters() {
        // Arrange
        OutsideAddress a = referred(anAddress(1, 10, "https://a.example/1", 1, 1));
        OutsideAddress b = anAddress(2, 10, "https://a.example/2", 1, 1);
        OutsideAddress c = anAddress(3, 10, "https://c.example/3", 1, 1);

        // Act
        OutsideAddressService.Filter unreferred = new OutsideAddressService.Filter(true, null);
        OutsideAddressService.Filter byHost = new OutsideAddressService.Filter(false, " A.EXAMPLE ");

        // Assert
        assertThat(List.of(a, b, c).stream().filter(unreferred::keeps)).containsExactly(b, c);
        assertThat(List.of(a, b, c).stream().filter(byHost::keeps)).containsExactly(a, b);
    }
}
