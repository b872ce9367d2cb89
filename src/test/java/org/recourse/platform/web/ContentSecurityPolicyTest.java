package org.recourse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Content-Security-Policy by address")
class ContentSecurityPolicyTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/hash", "/hash.xhtml"})
    @DisplayName("/hash may play the survivor's own video from a blob: URL its script made, and nothing else more")
    void hashPagePlaysBlobVideo(String path) {
        // Act
        String policy = ContentSecurityPolicy.forPath(path);

        // Assert
        assertThat(policy).startsWith(ContentSecurityPolicy.PUBLIC).endsWith("; media-src blob:")
                .doesNotContain("unsafe-inline").doesNotContain("data:").doesNotContain("https:");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/report", "/status", "/hash/x", "/hashes", "/staff/hash"})
    @DisplayName("no other page may play media at all (default-src 'none' covers media-src)")
    void otherPagesPlayNoMedia(String path) {
        // Act
        String policy = ContentSecurityPolicy.forPath(path);

        // Assert
        assertThat(policy).contains("default-src 'none'").doesNotContain("media-src");
    }

    @Test
    @DisplayName("reported files under /staff/media/ stay sandboxed")
    void mediaStaysSandboxed() {
        // Act, Assert
        assertThat(ContentSecurityPolicy.forPath("/staff/media/1")).isEqualTo(ContentSecurityPolicy.MEDIA);
    }
}
