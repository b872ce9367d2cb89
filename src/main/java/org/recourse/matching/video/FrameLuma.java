package org.recourse.matching.video;

/**
 * The float luma plane PDQ hashes, straight from a decoded frame: the reference's {@code fillFloatLumaFromRGB}
 * ({@code 0.299 R + 0.587 G + 0.114 B} in float32, left to right) applied to the RGB that {@link Yuv420ToRgb} would
 * give, without writing that RGB out, or to RGB24 from FFmpeg. Each product is a table entry: {@code (float) 0.299 * r}
 * is the same float whether multiplied here or looked up, so the sums are the reference's to the bit.
 */
final class FrameLuma {

    private static final float[] RED = new float[256];
    private static final float[] GREEN = new float[256];
    private static final float[] BLUE = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            RED[i] = (float) 0.299 * i;
            GREEN[i] = (float) 0.587 * i;
            BLUE[i] = (float) 0.114 * i;
        }
    }

    private FrameLuma() {
    }

    /** Luma of a planar YUV 4:2:0 frame (layout as {@link Yuv420ToRgb#convert}) into {@code luma}. */
    static void fromYuv420(byte[] yuv, int width, int height, float[] luma) {
        Yuv420ToRgb.luma(yuv, width, height, luma, RED, GREEN, BLUE);
    }

    /** Luma of packed RGB24 into {@code luma}. */
    static void fromRgb(byte[] rgb, int pixels, float[] luma) {
        for (int i = 0, s = 0; i < pixels; i++, s += 3) {
            luma[i] = RED[rgb[s] & 0xff] + GREEN[rgb[s + 1] & 0xff] + BLUE[rgb[s + 2] & 0xff];
        }
    }
}
