package org.recourse.matching.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Small videos the tests make with the bundled FFmpeg's own test sources and encoders (never real content). */
final class TestVideos {

    private TestVideos() {
    }

    /**
     * Runs {@code ffmpeg -y <args> <out>} and gives {@code out}; e.g.
     * {@code make(dir.resolve("a.webm"), "-f", "lavfi", "-i", "testsrc2=size=64x48:rate=10:duration=1")}.
     */
    static Path make(Path out, String... args) {
        List<String> command = new ArrayList<>(List.of(FfmpegTools.locate().ffmpeg().toString(), "-v", "error",
                "-nostdin", "-y"));
        command.addAll(List.of(args));
        command.add(out.toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("ffmpeg failed: " + command + "\n" + output);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A test pattern of {@code size} at 10 frames a second for {@code seconds}, as FFmpeg's lavfi input. */
    static String[] pattern(String size, int seconds) {
        return new String[] {"-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=10:duration=" + seconds};
    }

    static String[] concat(String[]... parts) {
        List<String> all = new ArrayList<>();
        for (String[] part : parts) {
            all.addAll(List.of(part));
        }
        return all.toArray(String[]::new);
    }
}
