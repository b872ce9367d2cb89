package org.recourse.matching.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A video is recognised by its bytes")
class VideoSignatureTest {

    @ParameterizedTest
    @ValueSource(strings = {"bridge.mp4", "bridge-vp9.webm", "bridge-remux.mkv", "bridge-audiofirst.mp4"})
    @DisplayName("MP4, WebM and Matroska vectors are videos")
    void videos(String name) throws IOException {
        // Arrange
        byte[] head = head(VpdqVectors.file("videos/" + name));

        // Act // Assert
        assertThat(VideoSignature.isVideo(head)).isTrue();
    }

    @Test
    @DisplayName("a JPEG, a HEIF or AVIF picture, text and a few bytes are not")
    void notVideos() throws IOException {
        // Arrange
        byte[] jpeg = head(Path.of("..", "shared", "pdq-vectors", "images", "bridge-mods", "aaa-orig.jpg"));
        byte[] heic = "\0\0\0\u0018ftypheic\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        byte[] avif = "\0\0\0\u0018ftypavif\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        byte[] text = "hello, this is no video at all".getBytes(StandardCharsets.US_ASCII);

        // Act // Assert
        assertThat(VideoSignature.isVideo(jpeg)).isFalse();
        assertThat(VideoSignature.isVideo(heic)).isFalse();
        assertThat(VideoSignature.isVideo(avif)).isFalse();
        assertThat(VideoSignature.isVideo(text)).isFalse();
        assertThat(VideoSignature.isVideo(new byte[] {0x1A, 0x45})).isFalse();
        assertThat(VideoSignature.isVideo(null)).isFalse();
    }

    private static byte[] head(Path file) throws IOException {
        return Arrays.copyOf(Files.readAllBytes(file), 64);
    }
}
