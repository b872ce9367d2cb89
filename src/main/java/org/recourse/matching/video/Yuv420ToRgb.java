package org.recourse.matching.video;

/**
 * 8-bit planar YUV 4:2:0 to packed RGB24 exactly as the reference gets it from FFmpeg's swscale on x86 (the SIMD
 * routine {@code yuv420_rgb24_ssse3}/{@code _mmxext} of {@code libswscale/x86/yuv_2_rgb.asm}, which swscale uses
 * for {@code yuv420p} of even height at the same size): BT.601, limited range, whatever the stream's tags say;
 * chroma taken from the nearest 2x2 block, not interpolated. In 16-bit lanes, with {@code mulhi(a, b) = (a * b) >> 16}:
 *
 * <pre>
 * y' = mulhi(8Y - 128, 9539)      u = 8U - 1024      v = 8V - 1024
 * R = clamp8(y' + mulhi(v, 13075))
 * G = clamp8(y' + mulhi(u, -3209) + mulhi(v, -6660))
 * B = clamp8(y' + mulhi(u, 16525))
 * </pre>
 *
 * The constants are swscale's BT.601 coefficients rounded to 16 bits ({@code ../shared/vpdq-vectors/README.md});
 * no 16-bit sum can saturate for 8-bit input, so the lanes' saturation never acts. The portable C routine that
 * FFmpeg uses without x86 SIMD (on ARM, for one) rounds differently and changes thousands of hashes: this class is
 * what keeps a port exact whatever the FFmpeg build or platform.
 */
final class Yuv420ToRgb {

    private static final int[] LUMA = new int[256];
    private static final int[] RED_V = new int[256];
    private static final int[] GREEN_U = new int[256];
    private static final int[] GREEN_V = new int[256];
    private static final int[] BLUE_U = new int[256];
    /** clamp8 of every sum the tables can give (-300..600), offset by {@link #CLAMP_OFFSET}. */
    private static final byte[] CLAMP = new byte[1024];
    private static final int CLAMP_OFFSET = 400;

    static {
        for (int i = 0; i < 256; i++) {
            LUMA[i] = mulhi(8 * i - 128, 9539);
            int chroma = 8 * i - 1024;
            RED_V[i] = mulhi(chroma, 13075);
            GREEN_U[i] = mulhi(chroma, -3209);
            GREEN_V[i] = mulhi(chroma, -6660);
            BLUE_U[i] = mulhi(chroma, 16525);
        }
        for (int i = 0; i < CLAMP.length; i++) {
            CLAMP[i] = (byte) Math.max(0, Math.min(255, i - CLAMP_OFFSET));
        }
    }

    private Yuv420ToRgb() {
    }

    /** The high 16 bits of a 16x16-bit product, rounded down, as {@code pmulhw}. */
    static int mulhi(int a, int b) {
        return (a * b) >> 16;
    }

    /**
     * Converts one frame: {@code yuv} holds the Y plane ({@code width x height}), then U and V
     * ({@code ceil(width/2) x ceil(height/2)} each), rows without padding, as FFmpeg's {@code rawvideo} writes them;
     * {@code rgb} receives {@code 3 x width x height} bytes.
     */
    static void convert(byte[] yuv, int width, int height, byte[] rgb) {
        int chromaWidth = (width + 1) / 2;
        int uPlane = width * height;
        int vPlane = uPlane + chromaWidth * ((height + 1) / 2);
        int out = 0;
        for (int y = 0; y < height; y++) {
            int lumaRow = y * width;
            int chromaRow = (y >> 1) * chromaWidth;
            for (int x = 0; x < width; x++) {
                int luma = LUMA[yuv[lumaRow + x] & 0xff] + CLAMP_OFFSET;
                int u = yuv[uPlane + chromaRow + (x >> 1)] & 0xff;
                int v = yuv[vPlane + chromaRow + (x >> 1)] & 0xff;
                rgb[out++] = CLAMP[luma + RED_V[v]];
                rgb[out++] = CLAMP[luma + GREEN_U[u] + GREEN_V[v]];
                rgb[out++] = CLAMP[luma + BLUE_U[u]];
            }
        }
    }

    /**
     * As {@link #convert}, but each pixel's R, G and B go straight into its luma, {@code red[R] + green[G] +
     * blue[B]} (see {@link FrameLuma}), and are not stored.
     */
    static void luma(byte[] yuv, int width, int height, float[] luma, float[] red, float[] green, float[] blue) {
        int chromaWidth = (width + 1) / 2;
        int uPlane = width * height;
        int vPlane = uPlane + chromaWidth * ((height + 1) / 2);
        int out = 0;
        for (int y = 0; y < height; y++) {
            int lumaRow = y * width;
            int chromaRow = (y >> 1) * chromaWidth;
            for (int x = 0; x < width; x++) {
                int base = LUMA[yuv[lumaRow + x] & 0xff] + CLAMP_OFFSET;
                int u = yuv[uPlane + chromaRow + (x >> 1)] & 0xff;
                int v = yuv[vPlane + chromaRow + (x >> 1)] & 0xff;
                luma[out++] = red[CLAMP[base + RED_V[v]] & 0xff] + green[CLAMP[base + GREEN_U[u] + GREEN_V[v]] & 0xff]
                        + blue[CLAMP[base + BLUE_U[u]] & 0xff];
            }
        }
    }
}
