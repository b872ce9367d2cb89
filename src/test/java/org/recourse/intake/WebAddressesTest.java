package org.recourse.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Web addresses as people paste them")
class WebAddressesTest {

    @Test
    @DisplayName("international domain names and underscores are hosts too")
    void internationalHosts() throws Exception {
        assertThat(WebAddresses.host(new URI("https://bücher.example/p/1"))).hasValue("xn--bcher-kva.example");
        assertThat(WebAddresses.host(new URI("https://my_site.example/x"))).hasValue("my_site.example");
        assertThat(WebAddresses.host(new URI("https://Example.ORG/x"))).hasValue("example.org");
        assertThat(WebAddresses.host(new URI("mailto:someone@example.org"))).isEmpty();
    }

    @Test
    @DisplayName("such links are accepted and normalised, with their port")
    void acceptedAndNormalised() {
        assertThat(SubmissionRules.isWebAddress("https://bücher.example/p/1")).isTrue();
        assertThat(SubmissionRules.isWebAddress("https://bad host.example/")).isFalse();
        assertThat(LocationResolver.normalise("https://BÜCHER.example:8443/p/1#top"))
                .isEqualTo("https://xn--bcher-kva.example:8443/p/1");
        assertThat(LocationResolver.normalise("https://my_site.example:443/x")).isEqualTo("https://my_site.example/x");
    }
}
