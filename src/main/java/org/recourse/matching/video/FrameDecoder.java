package org.recourse.matching.video;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recourse.matching.video.VideoRefusedException.Reason;

/**
 * Decodes every frame of a file's first video stream with the {@code ffmpeg} executable, sandboxed, and hands the
 * frames over one by one in decoder order, numbered from 0 as the reference numbers them.
 *
 * <p>8-bit {@code yuv420p} of even height comes out as FFmpeg decoded it, for {@link Yuv420ToRgb}; anything else
 * (odd height, full-range {@code yuvj420p}, 4:2:2, 4:4:4, 10-bit) comes out as RGB24 converted by FFmpeg's own
 * swscale as the reference asks for it: same size, {@code SWS_AREA}, BT.601, limited range except for the
 * {@code yuvj} formats. No vector covers those inputs; see docs/architecture.md.
 */
final class FrameDecoder {

    /** Receives each decoded frame; the buffer is reused for the next one. */
    @FunctionalInterface
    interface FrameSink {
        void frame(int frameNumber, byte[] frame);
    }

    private final FfmpegTools tools;
    private final int threads;

    FrameDecoder(FfmpegTools tools, int threads) {
        this.tools = tools;
        this.threads = threads;
    }

    /** Decodes all frames into {@code sink}; gives how many there were. */
    int decode(Path file, VideoInfo info, VideoLimits limits, long deadlineNanos, FrameSink sink) {
        String decoder = VideoFormats.decoderFor(info.codec()).orElseThrow();
        byte[] frame = new byte[Math.toIntExact(info.frameBytes())];
        int count = 0;
        boolean cutShort = false;
        try (SandboxedRun run = SandboxedRun.start(tools.ffmpeg(), arguments(file, info, decoder, limits),
                limits.processMemory(), deadlineNanos)) {
            InputStream frames = run.output();
            for (int read = readFrame(frames, frame); read > 0; read = readFrame(frames, frame)) {
                if (read < frame.length) {
                    cutShort = true;
                    break;
                }
                checkWithinLimits(count, info, limits);
                sink.frame(count++, frame);
            }
            int exit = run.waitFor();
            if (exit != 0 || run.timedOut()) {
                throw Refusals.of(run, exit, limits);
            }
            if (cutShort) {
                throw new VideoRefusedException(Reason.DAMAGED, "FFmpeg's last frame was cut short.");
            }
            return count;
        }
    }

    private static void checkWithinLimits(int frameNumber, VideoInfo info, VideoLimits limits) {
        if (frameNumber >= limits.maxFrames()) {
            throw new VideoRefusedException(Reason.FRAMES, "The video has more than " + limits.maxFrames()
                    + " frames.", limits.maxFrames());
        }
        double seconds = frameNumber / info.frameRate().perSecond();
        if (seconds > limits.maxDuration().toSeconds()) {
            throw new VideoRefusedException(Reason.DURATION, "The video runs longer than "
                    + limits.maxDuration().toSeconds() + " s.", Math.round(seconds), limits.maxDuration().toSeconds());
        }
    }

    private List<String> arguments(Path file, VideoInfo info, String decoder, VideoLimits limits) {
        List<String> args = new ArrayList<>(List.of("-v", "error", "-hide_banner", "-nostdin", "-nostats",
                "-protocol_whitelist", VideoFormats.PROTOCOLS,
                "-format_whitelist", VideoFormats.DEMUXERS,
                "-codec_whitelist", VideoFormats.videoDecoders(),
                "-threads", Integer.toString(threads),
                "-c:v", decoder,
                "-i", "file:" + file.toAbsolutePath(),
                "-map", "0:V:0", "-an", "-sn", "-dn",
                // Every decoded frame once, none dropped or repeated for timestamps: frame numbers count them.
                "-fps_mode", "passthrough",
                // One past the limit, so that a longer video is told apart from one exactly at it.
                "-frames:v", Long.toString(limits.maxFrames() + 1),
                "-vf", scaleFilter(info),
                // The raw "encoder" copies frames: one thread.
                "-threads", "1",
                "-f", "rawvideo",
                "-pix_fmt", info.convertedHere() ? "yuv420p" : "rgb24",
                "pipe:1"));
        return args;
    }

    /**
     * The stream's coded size throughout (a frame of another size mid-stream is scaled to it); for RGB, swscale set
     * as the reference leaves it: area filter, BT.601, range from the pixel format, never from the stream's tags.
     */
    private static String scaleFilter(VideoInfo info) {
        String size = "scale=w=" + info.width() + ":h=" + info.height() + ":flags=area";
        if (info.convertedHere()) {
            return size;
        }
        String range = info.pixelFormat().startsWith("yuvj") ? "pc" : "tv";
        return size + ":in_color_matrix=bt601:in_range=" + range;
    }

    /**
     * Fills {@code frame} as far as the stream goes; gives the bytes read (0 at the end). A stream closed under us
     * (the watchdog killed FFmpeg) is an end too: the exit code and the deadline then tell why.
     */
    private static int readFrame(InputStream in, byte[] frame) {
        try {
            return in.readNBytes(frame, 0, frame.length);
        } catch (IOException closed) {
            return 0;
        }
    }
}
