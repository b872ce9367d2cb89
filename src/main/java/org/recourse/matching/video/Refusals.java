package org.recourse.matching.video;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recourse.matching.video.VideoRefusedException.Reason;

/** Why an FFmpeg process failed, told from how it ended and what it wrote to standard error. */
final class Refusals {

    private static final Pattern CODEC_REFUSED = Pattern.compile("Codec \\(([A-Za-z0-9_-]{1,32})\\) not on whitelist");
    /** SIGXCPU, which {@code ulimit -t} sends, as the shell reports it (128 + 24). */
    private static final int KILLED_FOR_CPU_TIME = 152;

    private Refusals() {
    }

    /**
     * The refusal for a process that ended with {@code exitCode}, or was killed.
     *
     * @throws IllegalStateException if FFmpeg could not start at all, which no video causes
     */
    static VideoRefusedException of(SandboxedRun run, int exitCode, VideoLimits limits) {
        String errors = run.errors();
        if (run.timedOut() || exitCode == KILLED_FOR_CPU_TIME) {
            return new VideoRefusedException(Reason.TIME, "Decoding took longer than " + limits.wallClock() + ".",
                    limits.wallClock().toSeconds());
        }
        if (errors.contains("error while loading shared libraries") && !errors.contains("failed to map segment")) {
            // Not the video's fault: this server's FFmpeg cannot start (a system library missing). A 500, not a 422.
            throw new IllegalStateException("FFmpeg cannot start on this server: " + firstLine(errors));
        }
        if (errors.contains("Cannot allocate memory") || errors.contains("failed to map segment")
                || errors.contains("pthread_create() failed") || errors.contains("Resource temporarily unavailable")) {
            return new VideoRefusedException(Reason.MEMORY, "FFmpeg needed more than its "
                    + limits.processMemory() / (1 << 20) + " MiB.", limits.processMemory() / (1 << 20));
        }
        Matcher codec = CODEC_REFUSED.matcher(errors);
        if (codec.find()) {
            return new VideoRefusedException(Reason.CODEC, "A stream uses " + codec.group(1)
                    + ", which is not decoded here.", codec.group(1), VideoFormats.videoCodecs());
        }
        if (errors.contains("not on whitelist") || errors.contains("Invalid data found when processing input")) {
            return new VideoRefusedException(Reason.FORMAT, "Not an MP4, MOV, Matroska or WebM video.");
        }
        return new VideoRefusedException(Reason.DAMAGED, "FFmpeg could not decode the video (exit " + exitCode
                + "): " + firstLine(errors));
    }

    private static String firstLine(String errors) {
        String trimmed = errors.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end);
    }
}
