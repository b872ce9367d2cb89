package org.recourse.matching.hash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PDQ reference vectors in {@code ../shared/pdq-vectors} (or wherever {@code -Dpdq.vectors} points): tables of the
 * reference implementation's output and the pictures it hashed. A missing folder fails the tests, never skips them.
 */
public final class PdqVectors {

    private static final String PROPERTY = "pdq.vectors";

    private PdqVectors() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty(PROPERTY, Path.of("..", "shared", "pdq-vectors").toString()));
        if (!Files.isRegularFile(root.resolve("README.md"))) {
            throw new IllegalStateException("The PDQ reference vectors are not at " + root.toAbsolutePath().normalize()
                    + ": run the tests from the project folder with ../shared/pdq-vectors beside it, or set -D"
                    + PROPERTY + "=<folder>.");
        }
        return root;
    }

    public static Path file(String relative) {
        return root().resolve(relative);
    }

    /** The rows of a tab-separated file with one header row, each as column name to value, in file order. */
    public static List<Map<String, String>> table(String relative) {
        List<String> lines = lines(relative);
        String[] header = lines.get(0).split("\t", -1);
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> row(header, line)).toList();
    }

    private static Map<String, String> row(String[] header, String line) {
        String[] values = line.split("\t", -1);
        if (values.length != header.length) {
            throw new IllegalStateException("Expected " + header.length + " columns in: " + line);
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            row.put(header[i], values[i]);
        }
        return row;
    }

    /** One hash per line (blank lines dropped). */
    public static List<PdqHash> hashes(String relative) {
        return lines(relative).stream().map(String::trim).filter(line -> !line.isEmpty()).map(PdqHash::fromHex).toList();
    }

    /** A whitespace-separated grid of floats printed with %.9g, which parse back to the exact float32. */
    public static float[] floats(String relative) {
        List<String> values = lines(relative).stream().filter(line -> !line.isBlank())
                .flatMap(line -> Arrays.stream(line.trim().split("\\s+"))).toList();
        float[] floats = new float[values.size()];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = Float.parseFloat(values.get(i));
        }
        return floats;
    }

    /** A binary PPM (P6) or PGM (P5) with the header exactly {@code P6\n<w> <h>\n255\n}. */
    public static Pixels pixels(String relative) {
        byte[] bytes = read(relative);
        int[] position = {0};
        String magic = token(bytes, position);
        int width = Integer.parseInt(token(bytes, position));
        int height = Integer.parseInt(token(bytes, position));
        int max = Integer.parseInt(token(bytes, position));
        if (max != 255) {
            throw new IllegalStateException(relative + " has maximum value " + max + ", not 255.");
        }
        byte[] samples = Arrays.copyOfRange(bytes, position[0] + 1, bytes.length);
        return switch (magic) {
            case "P6" -> Pixels.rgb(width, height, samples);
            case "P5" -> Pixels.grey(width, height, samples);
            default -> throw new IllegalStateException(relative + " is not a binary PPM or PGM: " + magic);
        };
    }

    private static String token(byte[] bytes, int[] position) {
        while (Character.isWhitespace(bytes[position[0]])) {
            position[0]++;
        }
        int start = position[0];
        while (!Character.isWhitespace(bytes[position[0]])) {
            position[0]++;
        }
        return new String(bytes, start, position[0] - start, StandardCharsets.US_ASCII);
    }

    private static List<String> lines(String relative) {
        try {
            return Files.readAllLines(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String relative) {
        try {
            return Files.readAllBytes(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
