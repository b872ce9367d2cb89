package org.recourse.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the demo gallery's pictures: calm landscapes and patterns made by code, so that no real photograph, let alone
 * harmful imagery, is ever part of the product or its tests. The same number always gives the same picture.
 */
public final class DemoPictures {

    /** One picture of the demo: its content id and a description that doubles as alternative text. */
    public record Picture(String contentId, String description, int seed) {

        /** The description in a reader's language ({@code demo.picture.*} in the bundle), as {@link #draw} draws it. */
        public String description(org.recourse.platform.i18n.Messages messages) {
            String motif = switch (seed % 3) {
                case 0 -> "circles";
                case 1 -> "hills";
                default -> "stripes";
            };
            return messages.get("demo.picture." + motif, seed);
        }
    }

    /** Descriptions follow the motif that {@link #draw} picks from the seed: hills, stripes or circles. */
    public static final List<Picture> CATALOGUE = List.of(
            new Picture("demo-01", "Demo picture 1: hills under a sun", 1),
            new Picture("demo-02", "Demo picture 2: diagonal stripes", 2),
            new Picture("demo-03", "Demo picture 3: coloured circles", 3),
            new Picture("demo-04", "Demo picture 4: hills under a sun", 4),
            new Picture("demo-05", "Demo picture 5: diagonal stripes", 5),
            new Picture("demo-06", "Demo picture 6: coloured circles", 6),
            new Picture("demo-07", "Demo picture 7: hills under a sun", 7),
            new Picture("demo-08", "Demo picture 8: diagonal stripes", 8),
            new Picture("demo-09", "Demo picture 9: coloured circles", 9),
            new Picture("demo-10", "Demo picture 10: hills under a sun", 10),
            new Picture("demo-11", "Demo picture 11: diagonal stripes", 11),
            new Picture("demo-12", "Demo picture 12: coloured circles", 12));

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    private DemoPictures() {
    }

    /** The picture as PNG bytes. */
    public static byte[] png(Picture picture) {
        BufferedImage image = draw(picture.seed());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage draw(int seed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random random = new Random(seed);
        Color top = Color.getHSBColor(random.nextFloat(), 0.35f + random.nextFloat() * 0.3f, 0.95f);
        Color bottom = Color.getHSBColor(random.nextFloat(), 0.5f, 0.55f + random.nextFloat() * 0.3f);
        g.setPaint(new GradientPaint(0, 0, top, 0, HEIGHT, bottom));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        switch (seed % 3) {
            case 0 -> circles(g, random);
            case 1 -> hills(g, random);
            default -> stripes(g, random);
        }
        g.dispose();
        return image;
    }

    private static void hills(Graphics2D g, Random random) {
        g.setColor(Color.getHSBColor(random.nextFloat(), 0.6f, 1f));
        int sun = 60 + random.nextInt(60);
        g.fillOval(random.nextInt(WIDTH - sun), 40 + random.nextInt(80), sun, sun);
        for (int layer = 0; layer < 3; layer++) {
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.45f, 0.35f + layer * 0.15f));
            int base = HEIGHT - 200 + layer * 60;
            int[] xs = new int[12];
            int[] ys = new int[12];
            for (int i = 0; i < 10; i++) {
                xs[i] = i * WIDTH / 9;
                ys[i] = base - random.nextInt(90);
            }
            xs[10] = WIDTH;
            ys[10] = HEIGHT;
            xs[11] = 0;
            ys[11] = HEIGHT;
            g.fillPolygon(xs, ys, 12);
        }
    }

    private static void circles(Graphics2D g, Random random) {
        for (int i = 0; i < 40; i++) {
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.5f, 0.9f));
            int size = 20 + random.nextInt(110);
            g.fillOval(random.nextInt(WIDTH), random.nextInt(HEIGHT), size, size);
        }
    }

    private static void stripes(Graphics2D g, Random random) {
        g.setStroke(new BasicStroke(18 + random.nextInt(20)));
        for (int i = -HEIGHT; i < WIDTH; i += 50 + random.nextInt(30)) {
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.55f, 0.85f));
            g.drawLine(i, HEIGHT, i + HEIGHT, 0);
        }
    }
}
