package org.recourse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Body limits by address")
class BodyLimitsTest {

    @ParameterizedTest(name = "{0}: {1} KB, multipart {2}")
    @CsvSource({
            "/report, 512, false",
            "/report.xhtml, 512, false",
            "/status, 64, false",
            "/hash, 512, false",
            "/hash.xhtml, 512, false",
            "/receipt, 64, false",
            "/, 64, false",
            "/reports, 64, false",
            "/report/x, 64, false",
            "/contact/stop, 16, true",
            "/contact/stop.xhtml, 16, true",
            "/api/v1/reports, 2048, false",
            "/api/v1/reports/, 2048, false",
            "/api/v1/reports/ABCD, 2048, false",
            "/api/v1/content, 24576, false",
            "/api/v1/content/visibility, 24576, false",
            "/api/v1/screen, 24576, false",
            "/api/v1/screening, 1024, false",
            "/api/v1/text/screen, 1024, false",
            "/api/v1/accounts/screen, 1024, false",
            "/staff/supervise/banks, 22528, true",
            "/staff/supervise/banks.xhtml, 22528, true",
            "/staff/supervise/banks/export, 2048, false",
            "/staff/supervise/banks/import, 20480, false",
            "/staff/supervise/bans, 2048, false",
            "/staff/admin/phrases, 2048, false",
            "/demo/webhooks, 64, false"})
    @DisplayName("small for public forms, larger where images or bank files travel; multipart only where a page takes it")
    void limits(String path, long kilobytes, boolean multipart) {
        // Act
        BodyLimits.Limit limit = BodyLimits.forPath(path);

        // Assert
        assertThat(limit.maxBytes()).isEqualTo(kilobytes * 1024);
        assertThat(limit.multipart()).isEqualTo(multipart);
    }
}
