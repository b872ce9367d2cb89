package org.recourse.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Metrics access: the scrape token when one is set, otherwise this machine only, never through a proxy")
class MetricsAccessTest {

    @ParameterizedTest(name = "token={0}, Authorization={1}, peer={2}, forwarded={3} → {4}")
    @CsvSource(nullValues = "none", value = {
            // No token: loopback peers only, and not when a proxy on this machine forwarded the request
            "none, none, 127.0.0.1, false, SERVE",
            "none, none, ::1, false, SERVE",
            "none, none, 0:0:0:0:0:0:0:1, false, SERVE",
            "none, none, 127.8.9.10, false, SERVE",
            "none, none, 127.0.0.1, true, NOT_FOUND",
            "none, none, 203.0.113.7, false, NOT_FOUND",
            "none, none, 10.0.0.5, false, NOT_FOUND",
            "none, none, ::ffff:10.0.0.5, false, NOT_FOUND",
            "none, none, localhost, false, NOT_FOUND",
            "none, Bearer anything, 203.0.113.7, false, NOT_FOUND",
            "'  ', none, 127.0.0.1, false, SERVE",
            // A token: the right Bearer value from anywhere; nothing else, not even from loopback
            "s3cret-scrape-token, Bearer s3cret-scrape-token, 203.0.113.7, false, SERVE",
            "s3cret-scrape-token, Bearer s3cret-scrape-token, 127.0.0.1, true, SERVE",
            "s3cret-scrape-token, none, 127.0.0.1, false, UNAUTHORIZED",
            "s3cret-scrape-token, Bearer s3cret-scrape-toke, 127.0.0.1, false, UNAUTHORIZED",
            "s3cret-scrape-token, Bearer s3cret-scrape-token2, 203.0.113.7, false, UNAUTHORIZED",
            "s3cret-scrape-token, Basic czNjcmV0LXNjcmFwZS10b2tlbg==, 203.0.113.7, false, UNAUTHORIZED",
            "s3cret-scrape-token, s3cret-scrape-token, 203.0.113.7, false, UNAUTHORIZED"})
    @DisplayName("who is served")
    void decide(String token, String authorization, String peer, boolean forwarded, MetricsAccess.Decision expected) {
        assertThat(MetricsAccess.decide(Optional.ofNullable(token), authorization, peer, forwarded))
                .isEqualTo(expected);
    }
}
