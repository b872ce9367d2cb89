package org.recourse.matching.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recourse.matching.hash.DecodeBudget;

/**
 * The vPDQ reference vectors in {@code ../shared/vpdq-vectors} (or wherever {@code -Dvpdq.vectors} points): 72 videos,
 * the reference's hash files, per-frame digests and matcher tables. A missing folder fails the tests, never skips them.
 */
final class VpdqVectors {

    private static final String PROPERTY = "vpdq.vectors";

    /** One hasher for the tests, on the bundled FFmpeg; 256 MiB of frames at once is plenty for 480x270. */
    static final VpdqHasher HASHER = new VpdqHasher(FfmpegTools.locate(), new DecodeBudget(256L << 20),
            Duration.ofSeconds(30), 1);

    private VpdqVectors() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty(PROPERTY, Path.of("..", "shared", "vpdq-vectors").toString()));
        if (!Files.isRegularFile(root.resolve("README.md"))) {
            throw new IllegalStateException("The vPDQ reference vectors are not at " + root.toAbsolutePath()
                    .normalize() + ": run the tests from the project folder with ../shared/vpdq-vectors beside it, "
                    + "or set -D" + PROPERTY + "=<folder>.");
        }
        return root;
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    /** The rows of {@code videos.tsv}. */
    static List<Map<String, String>> videos() {
        return table("videos.tsv");
    }

    static Path video(Map<String, String> row) {
        return file("videos/" + row.get("file"));
    }

    /** A video file's name without its extension: the name of its hash and frame files. */
    static String stem(Map<String, String> row) {
        String name = row.get("file");
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The rows of a tab-separated file with one header row, each as column name to value, in file order. */
    static List<Map<String, String>> table(String relative) {
        List<String> lines = lines(relative);
        String[] header = lines.get(0).split("\t", -1);
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
            String[] values = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], values[i]);
            }
            return row;
        }).toList();
    }

    static List<String> lines(String relative) {
        return List.of(text(relative).split("\n"));
    }

    static String text(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
