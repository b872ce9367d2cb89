package org.recourse.benchmark;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.recourse.matching.hash.PdqVectors;

/**
 * The 1024x768 pictures the PDQ benchmark hashes, as RGB bytes: a seeded random smooth pattern, and the public bridge
 * photograph from the PDQ reference vectors scaled to that size. No other imagery is used.
 */
final class BenchmarkPictures {

    static final int WIDTH = 1024;
    static final int HEIGHT = 768;

    private BenchmarkPictures() {
    }

    static byte[] rgb(String name) throws IOException {
        return switch (name) {
            case "smooth" -> smooth(20_261_128L);
            case "bridge" -> bridge();
            default -> throw new IllegalArgumentException("No benchmark picture called " + name);
        };
    }

    /** A sum of a dozen random sinusoids per channel plus a little noise: detail at every scale, like a photograph. */
    static byte[] smooth(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] waves = new double[3 * 12][];
        for (int i = 0; i < waves.length; i++) {
            waves[i] = new double[] {random.nextDouble(0.002, 0.05), random.nextDouble(0.002, 0.05),
                    random.nextDouble(0, 2 * Math.PI), random.nextDouble(5, 20)};
        }
        byte[] rgb = new byte[WIDTH * HEIGHT * 3];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                for (int c = 0; c < 3; c++) {
                    double value = 128 + random.nextDouble(-4, 4);
                    for (int w = 12 * c; w < 12 * c + 12; w++) {
                        value += waves[w][3] * Math.sin(waves[w][0] * x + waves[w][1] * y + waves[w][2]);
                    }
                    rgb[3 * (y * WIDTH + x) + c] = (byte) Math.max(0, Math.min(255, (int) value));
                }
            }
        }
        return rgb;
    }

    /** {@code reg-test-input/dih/bridge-1-original.jpg} (1600x1004), scaled bilinearly to 1024x768. */
    static byte[] bridge() throws IOException {
        BufferedImage source = ImageIO.read(PdqVectors.file("images/reg-test-input/dih/bridge-1-original.jpg").toFile());
        BufferedImage scaled = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var graphics = scaled.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(source, 0, 0, WIDTH, HEIGHT, null);
        graphics.dispose();
        int[] argb = scaled.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH);
        byte[] rgb = new byte[argb.length * 3];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        return rgb;
    }
}
