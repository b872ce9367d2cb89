package org.recourse.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.recourse.matching.hash.DecodeBudget;
import org.recourse.matching.hash.PdqHash;
import org.recourse.matching.index.PdqMatch;
import org.recourse.matching.index.RandomHashes;
import org.recourse.matching.index.StaticMultiIndex;
import org.recourse.matching.video.FfmpegTools;
import org.recourse.matching.video.VideoLimits;
import org.recourse.matching.video.VpdqFrame;
import org.recourse.matching.video.VpdqHasher;
import org.recourse.matching.video.VpdqMatch;
import org.recourse.matching.video.VpdqMatcher;
import org.recourse.matching.video.VpdqThresholds;
import org.recourse.matching.video.VpdqVideo;

/**
 * vPDQ: frames hashed per second on the reference vectors (the whole chain: ffprobe, FFmpeg decoding in its
 * process, our RGB conversion and PDQ, every frame, one video at a time as the reference CLI with {@code -t 1}), and
 * one query video matched against 100,000 banked videos, by brute force (the reference's matcher against each) and
 * through the PDQ index over all their frames (candidates first, then the exact matcher on those). Run by hand (see
 * docs/benchmarks.md):
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main VpdqBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1536m", "-Xms1536m"})
public class VpdqBenchmark {

    /** A reference video, hashed every frame. */
    @State(Scope.Benchmark)
    public static class Video {

        @Param({"testsrc2.mp4", "life.mp4", "smptehdbars.mp4", "bridge.mp4", "testsrc2-vp9.webm"})
        public String file;

        Path path;
        VpdqHasher hasher;

        @Setup(Level.Trial)
        public void setUp() {
            path = Path.of(System.getProperty("vpdq.vectors", "../shared/vpdq-vectors"), "videos", file);
            hasher = new VpdqHasher(FfmpegTools.locate(), new DecodeBudget(256L << 20), Duration.ofSeconds(30), 1);
        }
    }

    /**
     * 100,000 banked videos of 30 frames (30 s at one hash a second): each made of 6 random scenes whose 5 frames are
     * near-duplicates of the scene (0 to 8 bits flipped), as a real video's consecutive frames are. The query is a
     * re-encode of one banked video (each frame 0 to 12 bits away) or a video matching none.
     */
    @State(Scope.Benchmark)
    public static class Bank {

        static final int FRAMES = 30;

        @Param({"100000"})
        public int videos;

        /** {@code copy}: the query is a near copy of one banked video; {@code unrelated}: it matches none. */
        @Param({"copy", "unrelated"})
        public String query;

        List<VpdqVideo> bank;
        int[] videoOfFrame;
        StaticMultiIndex index;
        VpdqVideo probe;
        final VpdqMatcher matcher = VpdqMatcher.reference();

        @Setup(Level.Trial)
        public void load() {
            RandomHashes random = new RandomHashes(20_261_206L);
            bank = new ArrayList<>(videos);
            videoOfFrame = new int[videos * FRAMES];
            // Threshold 30 inclusive is the C++ rule's "below 31".
            StaticMultiIndex.Builder builder = StaticMultiIndex.builder(30, videos * FRAMES);
            for (int v = 0; v < videos; v++) {
                VpdqVideo video = randomVideo(random);
                bank.add(video);
                for (int f = 0; f < FRAMES; f++) {
                    int id = v * FRAMES + f;
                    videoOfFrame[id] = v;
                    builder.add(id, video.frames().get(f).hash());
                }
            }
            index = builder.build();
            probe = query.equals("copy") ? nearCopy(bank.get(videos / 2), random) : randomVideo(random);
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("%n%,d videos, %,d frames; heap used after loading: %,d MB%n", videos,
                    videos * FRAMES, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }

        @TearDown(Level.Trial)
        public void close() {
            index.close();
        }

        private static VpdqVideo randomVideo(RandomHashes random) {
            List<VpdqFrame> frames = new ArrayList<>(FRAMES);
            PdqHash scene = random.next();
            for (int f = 0; f < FRAMES; f++) {
                if (f % 5 == 0) {
                    scene = random.next();
                }
                frames.add(new VpdqFrame(f, random.flipped(scene, random.nextInt(9)), 100, f));
            }
            return new VpdqVideo(frames);
        }

        private static VpdqVideo nearCopy(VpdqVideo video, RandomHashes random) {
            List<VpdqFrame> frames = new ArrayList<>();
            for (VpdqFrame frame : video.frames()) {
                frames.add(new VpdqFrame(frame.frameNumber(), random.flipped(frame.hash(), random.nextInt(13)), 100,
                        frame.timestamp()));
            }
            return new VpdqVideo(frames);
        }
    }

    @Benchmark
    @OperationsPerInvocation(200)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public VpdqVideo framesHashedPerSecond(Video video) {
        VpdqVideo hashed = video.hasher.hash(video.path, VideoLimits.DEFAULT, VpdqHasher.EVERY_FRAME);
        if (hashed.size() != 200) {
            throw new IllegalStateException(video.file + " gave " + hashed.size() + " frames");
        }
        return hashed;
    }

    /** Queries a second: the reference matcher against every banked video. */
    @Benchmark
    @Warmup(iterations = 1, time = 10)
    @Measurement(iterations = 3, time = 10)
    public int bruteForce(Bank bank) {
        int matches = 0;
        for (VpdqVideo banked : bank.bank) {
            if (bank.matcher.match(bank.probe, banked).isMatch()) {
                matches++;
            }
        }
        return check(bank, matches);
    }

    /** Queries a second: each query frame through the index, then the exact matcher on the candidate videos. */
    @Benchmark
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    public int withIndex(Bank bank) {
        Set<Integer> candidates = new HashSet<>();
        for (VpdqFrame frame : bank.probe.frames()) {
            if (frame.hasQuality(VpdqThresholds.REFERENCE.quality())) {
                for (PdqMatch hit : bank.index.allWithin(frame.hash())) {
                    candidates.add(bank.videoOfFrame[(int) hit.id()]);
                }
            }
        }
        int matches = 0;
        for (int candidate : candidates) {
            VpdqMatch match = bank.matcher.match(bank.probe, bank.bank.get(candidate));
            if (match.isMatch()) {
                matches++;
            }
        }
        return check(bank, matches);
    }

    private static int check(Bank bank, int matches) {
        int expected = bank.query.equals("copy") ? 1 : 0;
        if (matches != expected) {
            throw new IllegalStateException(matches + " matches, expected " + expected);
        }
        return matches;
    }
}
