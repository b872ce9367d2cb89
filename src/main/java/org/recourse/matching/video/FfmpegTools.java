package org.recourse.matching.video;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;

/**
 * Where the {@code ffmpeg} and {@code ffprobe} executables are. By default those shipped, with their libraries, in
 * the bytedeco FFmpeg jar ({@code org.bytedeco:ffmpeg:7.1-1.5.11:linux-x86_64}), unpacked once per JVM into a new
 * private temporary directory (owner-only, a random name: another local user cannot plant binaries there) and
 * deleted when the JVM exits. Only the files are used: no FFmpeg code is loaded into the JVM (javacpp's
 * {@code Loader.load} would load all its JNI libraries to find the executable). A directory holding both executables
 * can be named instead with the {@code recourse.ffmpeg.dir} system property or the {@code RECOURSE_FFMPEG_DIR}
 * environment variable: Debian's {@code /usr/bin} on another platform, or wrappers that sandbox further.
 */
public record FfmpegTools(Path ffmpeg, Path ffprobe) {

    /** Where the jar keeps them, and the files the executables need beside them (their RUNPATH is $ORIGIN). */
    private static final String BUNDLE = "org/bytedeco/ffmpeg/linux-x86_64/";
    private static final List<String> BUNDLED_FILES = List.of("ffmpeg", "ffprobe", "libavutil.so.59",
            "libavcodec.so.61", "libavformat.so.61", "libavfilter.so.10", "libavdevice.so.61", "libswscale.so.8",
            "libswresample.so.5", "libdrm.so.2");

    public FfmpegTools {
        Objects.requireNonNull(ffmpeg, "The ffmpeg executable is required.");
        Objects.requireNonNull(ffprobe, "The ffprobe executable is required.");
    }

    /** The executables named by configuration, or the bundled ones (unpacked on first use, about 60 MB). */
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
        static final FfmpegTools TOOLS = inDirectory(unpack());

        private static Path unpack() {
            try {
                Path dir = Files.createTempDirectory("recourse-ffmpeg-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                dir.toFile().deleteOnExit();
                for (String name : BUNDLED_FILES) {
                    Path file = dir.resolve(name);
                    try (InputStream in = FfmpegTools.class.getClassLoader().getResourceAsStream(BUNDLE + name)) {
                        if (in == null) {
                            throw new IllegalStateException("FFmpeg is not bundled for this platform (no " + BUNDLE
                                    + name + " on the class path): set recourse.ffmpeg.dir.");
                        }
                        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                    // Deleted in the reverse order of registration: the files before their directory.
                    file.toFile().deleteOnExit();
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r-x------"));
                }
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not unpack the bundled FFmpeg.", e);
            }
        }
    }
}
