package org.recourse.matching.video;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the {@code ffmpeg} and {@code ffprobe} executables are. By default those shipped in the bytedeco FFmpeg jar
 * (7.1, Linux x86-64), which javacpp's Loader unpacks once, with their libraries, into its cache
 * ({@code ~/.javacpp/cache}, or the {@code org.bytedeco.javacpp.cachedir} system property). A directory holding both
 * executables can be named instead with the {@code recourse.ffmpeg.dir} system property or the
 * {@code RECOURSE_FFMPEG_DIR} environment variable, e.g. Debian's {@code /usr/bin} on another platform.
 */
public record FfmpegTools(Path ffmpeg, Path ffprobe) {

    public FfmpegTools {
        Objects.requireNonNull(ffmpeg, "The ffmpeg executable is required.");
        Objects.requireNonNull(ffprobe, "The ffprobe executable is required.");
    }

    /** The executables named by configuration, or the bundled ones (unpacked on first use, about 1 s). */
    public static FfmpegTools locate() {
        String dir = System.getProperty("recourse.ffmpeg.dir", System.getenv("RECOURSE_FFMPEG_DIR"));
        if (dir != null && !dir.isBlank()) {
            return inDirectory(Path.of(dir));
        }
        return Bundled.TOOLS;
    }

    /** {@code ffmpeg} and {@code ffprobe} in one directory. */
    public static FfmpegTools inDirectory(Path dir) {
        FfmpegTools tools = new FfmpegTools(dir.resolve("ffmpeg"), dir.resolve("ffprobe"));
        if (!Files.isExecutable(tools.ffmpeg) || !Files.isExecutable(tools.ffprobe)) {
            throw new IllegalStateException("No executable ffmpeg and ffprobe in " + dir + ".");
        }
        return tools;
    }

    /** Unpacked once per JVM, on first use (holder idiom: thread-safe without a lock on every call). */
    private static final class Bundled {
        static final FfmpegTools TOOLS = new FfmpegTools(
                Path.of(org.bytedeco.javacpp.Loader.load(org.bytedeco.ffmpeg.ffmpeg.class)),
                Path.of(org.bytedeco.javacpp.Loader.load(org.bytedeco.ffmpeg.ffprobe.class)));
    }
}
