package org.recourse.matching.video;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.recourse.matching.video.VideoRefusedException.Reason;

/**
 * Runs {@code ffprobe} on a file, sandboxed and limited to our demuxers, and reads what it says of the first video
 * stream: the same {@code avformat_find_stream_info} the reference calls, so the same frame rate and size.
 */
final class VideoProbe {

    private static final int MAX_OUTPUT = 64 * 1024;

    private VideoProbe() {
    }

    static VideoInfo probe(FfmpegTools tools, Path file, VideoLimits limits, long deadlineNanos) {
        List<String> args = List.of("-v", "error", "-hide_banner",
                "-protocol_whitelist", VideoFormats.PROTOCOLS,
                "-format_whitelist", VideoFormats.DEMUXERS,
                "-codec_whitelist", VideoFormats.probeDecoders(),
                // 'V': the first video stream that is not a cover picture (the reference takes a cover picture too).
                "-select_streams", "V:0",
                "-show_entries", "stream=codec_name,width,height,pix_fmt,avg_frame_rate,r_frame_rate"
                        + ":format=format_name,duration",
                "-of", "flat",
                "-i", "file:" + file.toAbsolutePath());
        try (SandboxedRun run = SandboxedRun.start(tools.ffprobe(), args, limits.processMemory(), deadlineNanos)) {
            String output = readBounded(run.output());
            int exit = run.waitFor();
            if (exit != 0 || run.timedOut()) {
                throw Refusals.of(run, exit, limits);
            }
            return parse(output);
        }
    }

    /** Reads ffprobe's {@code -of flat} lines ({@code streams.stream.0.width=480}, {@code format.duration="8.0"}). */
    static VideoInfo parse(String output) {
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                String value = line.substring(equals + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                values.put(line.substring(0, equals).replace("streams.stream.0.", "stream."), value);
            }
        }
        if (!values.containsKey("stream.codec_name")) {
            throw new VideoRefusedException(Reason.NO_VIDEO, "The file has no video stream.");
        }
        Optional<FrameRate> rate = FrameRate.parse(values.get("stream.avg_frame_rate"))
                .or(() -> FrameRate.parse(values.get("stream.r_frame_rate")));
        if (rate.isEmpty()) {
            // The reference fails on such a file too ("framerate was detected to be zero").
            throw new VideoRefusedException(Reason.DAMAGED, "The video declares no frame rate.");
        }
        return new VideoInfo(values.getOrDefault("format.format_name", "?"), values.get("stream.codec_name"),
                whole(values.get("stream.width")), whole(values.get("stream.height")),
                values.getOrDefault("stream.pix_fmt", "unknown"), rate.get(), seconds(values.get("format.duration")));
    }

    private static int whole(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static OptionalDouble seconds(String text) {
        try {
            double value = text == null ? Double.NaN : Double.parseDouble(text);
            return Double.isFinite(value) && value >= 0 ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalDouble.empty();
        }
    }

    private static String readBounded(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_OUTPUT);
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException closed) {
            // Killed at the deadline: the exit code and the deadline tell why.
            return "";
        }
    }
}
