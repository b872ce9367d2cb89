package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Which JPEGs take the fast path, from crafted headers: only those libjpeg and the JDK both read as YCbCr (or grey);
 * every other case, malformed headers included, goes the picture way, so a wrong guess can never change a hash.
 */
@DisplayName("JpegSamples: the colour space libjpeg and the JDK agree on, or none")
class JpegSamplesTest {

    private static final int[] IDS_123 = {1, 2, 3};
    private static final int[] IDS_RGB = {'R', 'G', 'B'};

    @Test
    @DisplayName("JFIF, or component ids 1, 2, 3, or Adobe's transform 1 mean YCbCr; one component is grey")
    void ycbcrAndGrey() {
        // Assert
        assertThat(JpegSamples.of(jpeg(jfif(), frame(IDS_RGB)))).isEqualTo(JpegSamples.YCBCR);
        assertThat(JpegSamples.of(jpeg(frame(IDS_123)))).isEqualTo(JpegSamples.YCBCR);
        assertThat(JpegSamples.of(jpeg(adobe(1), frame(IDS_RGB)))).isEqualTo(JpegSamples.YCBCR);
        assertThat(JpegSamples.of(jpeg(jfif(), adobe(1), frame(IDS_123)))).isEqualTo(JpegSamples.YCBCR);
        assertThat(JpegSamples.of(jpeg(frame(new int[] {1})))).isEqualTo(JpegSamples.GREY);
    }

    @Test
    @DisplayName("RGB, Adobe's other transforms, unknown ids, four components and damaged headers go the picture way")
    void everythingElse() {
        // Arrange
        byte[] whole = jpeg(jfif(), frame(IDS_123));

        // Assert
        assertThat(JpegSamples.of(jpeg(frame(IDS_RGB)))).isEqualTo(JpegSamples.OTHER);
        assertThat(JpegSamples.of(jpeg(frame(new int[] {7, 8, 9})))).isEqualTo(JpegSamples.OTHER);
        assertThat(JpegSamples.of(jpeg(adobe(0), frame(IDS_123)))).isEqualTo(JpegSamples.OTHER);
        // The JDK calls an Adobe marker's transform other than 1 unknown even beside JFIF, where libjpeg says YCbCr.
        assertThat(JpegSamples.of(jpeg(jfif(), adobe(0), frame(IDS_123)))).isEqualTo(JpegSamples.OTHER);
        assertThat(JpegSamples.of(jpeg(adobe(2), frame(new int[] {1, 2, 3, 4})))).isEqualTo(JpegSamples.OTHER);
        assertThat(JpegSamples.of(jpeg(jfif(), frame(IDS_123), frame(IDS_123)))).isEqualTo(JpegSamples.OTHER);
        assertThat(JpegSamples.of(Arrays.copyOf(whole, whole.length - 12))).isEqualTo(JpegSamples.OTHER);
        assertThat(JpegSamples.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})).isEqualTo(JpegSamples.OTHER);
        assertThat(JpegSamples.of(jpeg(segment(0xe0, new byte[] {'J', 'F', 'I', 'F', 0}), frame(IDS_RGB))))
                .as("a JFIF marker shorter than libjpeg reads is not seen").isEqualTo(JpegSamples.OTHER);
    }

    /** SOI, the segments, then a start of scan and an end of image. */
    private static byte[] jpeg(byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xff);
        out.write(0xd8);
        for (byte[] segment : segments) {
            out.writeBytes(segment);
        }
        out.writeBytes(segment(0xda, new byte[] {1, 1, 0, 0, 63, 0}));
        out.writeBytes(new byte[] {0x12, 0x34, (byte) 0xff, (byte) 0xd9});
        return out.toByteArray();
    }

    private static byte[] jfif() {
        return segment(0xe0, new byte[] {'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
    }

    private static byte[] adobe(int transform) {
        return segment(0xee, new byte[] {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform});
    }

    /** A baseline frame header, 16x16, 8 bits, one component per id, each 1x1 with table 0. */
    private static byte[] frame(int[] ids) {
        byte[] data = new byte[6 + 3 * ids.length];
        data[0] = 8;
        data[2] = 16;
        data[4] = 16;
        data[5] = (byte) ids.length;
        for (int i = 0; i < ids.length; i++) {
            data[6 + 3 * i] = (byte) ids[i];
            data[7 + 3 * i] = 0x11;
        }
        return segment(0xc0, data);
    }

    private static byte[] segment(int marker, byte[] data) {
        byte[] segment = new byte[4 + data.length];
        segment[0] = (byte) 0xff;
        segment[1] = (byte) marker;
        segment[2] = (byte) ((data.length + 2) >> 8);
        segment[3] = (byte) (data.length + 2);
        System.arraycopy(data, 0, segment, 4, data.length);
        return segment;
    }
}
