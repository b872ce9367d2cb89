package org.recourse.it;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A screenshot of a walk kept for docs/gallery: written only when the build is asked for the gallery ({@code
 * -Drecourse.gallery=docs/gallery}) and the step is one {@link Walk#GALLERY} names. Pages are mostly flat colours, so
 * the picture is reduced to its {@link #COLOURS} most frequent colours (an 8-bit palette PNG, a third of the size or less) and cut
 * at {@link #MAX_HEIGHT}, so that the gallery stays a few hundred kilobytes in the repository.
 */
final class GalleryPicture {

    static final String PROPERTY = "recourse.gallery";
    private static final int MAX_HEIGHT = 2200;
    private static final int COLOURS = 256;

    private GalleryPicture() {
    }

    static void keepIfChosen(String step, byte[] png) {
        String folder = System.getProperty(PROPERTY, "");
        if (folder.isBlank() || !Walk.GALLERY.contains(step)) {
            return;
        }
        try {
            BufferedImage page = ImageIO.read(new ByteArrayInputStream(png));
            Path target = Path.of(folder);
            Files.createDirectories(target);
            ImageIO.write(palette(page), "png", target.resolve(step + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The picture in its 256 most frequent colours, every other colour drawn as the nearest of them. */
    static BufferedImage palette(BufferedImage page) {
        int width = page.getWidth();
        int height = Math.min(page.getHeight(), MAX_HEIGHT);
        int[] pixels = page.getRGB(0, 0, width, height, null, 0, width);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int pixel : pixels) {
            counts.merge(pixel & 0xFFFFFF, 1, Integer::sum);
        }
        int[] colours = counts.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .limit(COLOURS).mapToInt(Map.Entry::getKey).toArray();
        byte[] r = new byte[colours.length];
        byte[] g = new byte[colours.length];
        byte[] b = new byte[colours.length];
        for (int i = 0; i < colours.length; i++) {
            r[i] = (byte) (colours[i] >> 16);
            g[i] = (byte) (colours[i] >> 8);
            b[i] = (byte) colours[i];
        }
        BufferedImage reduced = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, colours.length, r, g, b));
        Map<Integer, Integer> nearest = new HashMap<>();
        byte[] indices = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            indices[i] = (byte) (int) nearest.computeIfAbsent(pixels[i] & 0xFFFFFF, rgb -> nearestOf(rgb, colours));
        }
        reduced.getRaster().setDataElements(0, 0, width, height, indices);
        return reduced;
    }

    private static int nearestOf(int rgb, int[] colours) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < colours.length; i++) {
            long dr = ((rgb >> 16) & 0xFF) - ((colours[i] >> 16) & 0xFF);
            long dg = ((rgb >> 8) & 0xFF) - ((colours[i] >> 8) & 0xFF);
            long db = (rgb & 0xFF) - (colours[i] & 0xFF);
            long distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }
}
