package org.recourse.matching.video;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recourse.matching.hash.DecodeBudget;
import org.recourse.matching.hash.PdqHasher;
import org.recourse.matching.hash.PdqResult;
import org.recourse.matching.video.VideoRefusedException.Reason;

/**
 * vPDQ hashes of a video file, the same as the reference C++ {@code vpdq-hash-video} gives, frame for frame: the
 * first video stream decoded by FFmpeg (sandboxed, see {@link SandboxedRun}), every {@code frameStep}-th decoded frame
 * converted to RGB at the stream's coded size and hashed by PDQ without pre-resizing, with the reference's frame
 * numbers and float32 timestamps.
 *
 * <p>Two deliberate differences, both where the reference is wrong (docs/architecture.md): every decoded frame is
 * hashed when the video is not stream 0 (the reference loses the frames still in its decoder at the end), and a cover
 * picture stored as a "video" stream is passed over for the real video.
 *
 * <p>Thread-safe: each call has its own buffers and FFmpeg process.
 */
public final class VpdqHasher {

    /** The product's sampling, as the Python binding and python-threatexchange: a frame a second. */
    public static final double ONE_PER_SECOND = 1.0;
    /** The reference CLI's default: every frame. */
    public static final double EVERY_FRAME = 0.0;

    /** Java bytes a pixel costs while it is hashed: the frame as decoded (RGB at most), and PDQ's two float planes. */
    static final int BYTES_PER_PIXEL = 3 + 8;

    private final FfmpegTools tools;
    private final DecodeBudget budget;
    private final Duration budgetWait;
    private final int decoderThreads;

    /**
     * @param budget the heap all hashing at once may use; a video reserves {@value #BYTES_PER_PIXEL} bytes a pixel of
     *     one frame while it is hashed
     * @param budgetWait how long to wait for that memory before answering "busy"
     * @param decoderThreads FFmpeg's decoding threads per video (1 leaves the other core to hashing on 2 cores)
     */
    public VpdqHasher(FfmpegTools tools, DecodeBudget budget, Duration budgetWait, int decoderThreads) {
        this.tools = Objects.requireNonNull(tools, "FFmpeg is required.");
        this.budget = Objects.requireNonNull(budget, "A decode budget is required.");
        this.budgetWait = Objects.requireNonNull(budgetWait, "A wait is required.");
        if (decoderThreads < 1 || decoderThreads > 16) {
            throw new IllegalArgumentException("FFmpeg gets 1 to 16 threads, not " + decoderThreads + ".");
        }
        this.decoderThreads = decoderThreads;
    }

    /** The bundled FFmpeg, half the heap as budget, one decoding thread. */
    public static VpdqHasher withDefaults() {
        return new VpdqHasher(FfmpegTools.locate(), DecodeBudget.halfOfHeap(), Duration.ofSeconds(30), 1);
    }

    /**
     * Hashes a video file.
     *
     * @param secondsPerHash {@link #ONE_PER_SECOND}, {@link #EVERY_FRAME}, or any step: every
     *     {@code (int)(secondsPerHash x frame rate)}-th decoded frame is hashed, as the reference's {@code -r} (which
     *     its CLI reads as a float: pass {@code (double) (float) r} to copy it for a value such as 0.1)
     * @throws VideoRefusedException if the file is not a video we decode or is over a limit
     */
    public VpdqVideo hash(Path file, VideoLimits limits, double secondsPerHash) {
        return hash(file, limits, secondsPerHash, NOT_SHOWN);
    }

    /**
     * Hashes a video read from a stream, which is first copied to a private temporary file (FFmpeg needs to seek in
     * an MP4 whose index is at its end), at most {@link VideoLimits#maxBytes()} of it, and deleted afterwards.
     */
    public VpdqVideo hash(InputStream video, VideoLimits limits, double secondsPerHash) {
        Path copy = null;
        try {
            copy = Files.createTempFile("recourse-video-", ".bin",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            copyAtMost(video, copy, limits);
            return hash(copy, limits, secondsPerHash);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the video for decoding.", e);
        } finally {
            deleteQuietly(copy);
        }
    }

    /** As {@link #hash(Path, VideoLimits, double)}, showing each hashed frame's RGB to {@code frames} (for tests). */
    VpdqVideo hash(Path file, VideoLimits limits, double secondsPerHash, HashedFrames frames) {
        if (!(secondsPerHash >= 0 && secondsPerHash <= 3600)) {
            throw new IllegalArgumentException("Seconds per hash run from 0 to 3600, not " + secondsPerHash + ".");
        }
        long deadline = System.nanoTime() + limits.wallClock().toNanos();
        checkSize(file, limits);
        VideoInfo info = VideoChecks.checked(VideoProbe.probe(tools, file, limits, deadline), limits);
        long pixels = (long) info.width() * info.height();
        try (DecodeBudget.Reservation memory = reserve(pixels * BYTES_PER_PIXEL)) {
            return decodeAndHash(file, info, limits, secondsPerHash, deadline, frames);
        }
    }

    private VpdqVideo decodeAndHash(Path file, VideoInfo info, VideoLimits limits, double secondsPerHash,
            long deadline, HashedFrames shown) {
        int step = info.frameRate().frameStep(secondsPerHash);
        int width = info.width();
        int height = info.height();
        PdqHasher pdq = PdqHasher.withoutPreResize();
        float[] luma = new float[width * height];
        byte[] rgb = shown == NOT_SHOWN || !info.convertedHere() ? null : new byte[3 * width * height];
        List<VpdqFrame> hashed = new ArrayList<>();
        new FrameDecoder(tools, decoderThreads).decode(file, info, limits, deadline, (number, frame) -> {
            if (number % step != 0) {
                return;
            }
            if (info.convertedHere()) {
                FrameLuma.fromYuv420(frame, width, height, luma);
            } else {
                FrameLuma.fromRgb(frame, width * height, luma);
            }
            if (shown != NOT_SHOWN) {
                if (rgb != null) {
                    Yuv420ToRgb.convert(frame, width, height, rgb);
                }
                shown.frame(number, rgb != null ? rgb : frame, width, height);
            }
            // The reference's buffer hasher: the whole frame at its coded size, no 512 pre-resize.
            PdqResult result = pdq.hashLuma(luma, height, width);
            hashed.add(new VpdqFrame(number, result.hash(), result.quality(), info.frameRate().timestampOf(number)));
        });
        return new VpdqVideo(hashed);
    }

    private DecodeBudget.Reservation reserve(long bytes) {
        if (bytes > budget.capacity()) {
            throw new VideoRefusedException(Reason.MEMORY, "A frame needs " + bytes / (1 << 20)
                    + " MiB to hash, more than the " + budget.capacity() / (1 << 20) + " MiB this node has.",
                    budget.capacity() / (1 << 20));
        }
        return budget.reserve(bytes, budgetWait);
    }

    private static void checkSize(Path file, VideoLimits limits) {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw VideoChecks.tooLarge(size, limits);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the video's size.", e);
        }
    }

    private static void copyAtMost(InputStream in, Path copy, VideoLimits limits) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(copy)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limits.maxBytes()) {
                    throw VideoChecks.tooLarge(total, limits);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file left behind is removed with the temporary directory; the refusal matters more.
            }
        }
    }

    /**
     * Sees the RGB of each hashed frame (tests compare it with the reference's digests). Hashing itself goes from YUV
     * to luma without RGB; the RGB is made only for an observer.
     */
    @FunctionalInterface
    interface HashedFrames {
        void frame(int frameNumber, byte[] rgb, int width, int height);
    }

    private static final HashedFrames NOT_SHOWN = (number, rgb, width, height) -> { };
}
