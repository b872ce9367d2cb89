package org.recourse.benchmark;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.recourse.matching.hash.DihedralHashes;
import org.recourse.matching.hash.ImageDecoder;
import org.recourse.matching.hash.ImageHashes;
import org.recourse.matching.hash.PdqHasher;
import org.recourse.matching.hash.PdqVectors;
import org.recourse.matching.hash.Pixels;
import org.recourse.testing.CraftedPictures;

/**
 * Upload screening with picture bytes (issue 18): decode plus PDQ (all eight dihedral hashes, as screening computes
 * them) of a 1600x1000 JPEG on one thread, split into decoding and hashing, as CPU time of the measuring thread
 * ({@code ThreadMXBean}: what the picture costs whoever else shares the machine), with the median and p90 of many runs
 * after the JIT has warmed up. Three ways of decoding, each hashed by the same reused hasher:
 * <ul>
 * <li>{@code ImageIO.read + getRGB}: what the issue measured (ImageIO's colour model per pixel, packed ints);</li>
 * <li>{@code reader.read + RasterPixels}: the portal's decoding before issue 18 (the picture's raster copied out);</li>
 * <li>{@code ImageDecoder (raster)}: the portal's decoding now, with its limits and budget (a YCbCr JPEG's raster read
 * as libjpeg left it, converted to RGB only where PDQ samples it).</li>
 * </ul>
 * Pictures: the bridge photograph of the PDQ vectors (1600x1004, baseline 4:2:0, 361 KB), a seeded 1600x1000
 * pattern written by the JDK's encoder at quality 0.9, baseline and progressive, and the vectors' bridge turned a
 * quarter (1004x1600, progressive 4:4:4, 374 KB: three full-size components, the heaviest JPEG of this size).
 * Also printed: the whole of {@code ImageHashes.of} (SHA-256 and MD5 of the bytes besides), and the process's CPU per picture (GC and JIT
 * threads included). One line, from the project folder after {@code mvn -q test-compile} and the class path of
 * docs/benchmarks.md (add {@code taskset -c 1} in front of {@code java} to hold it to one core):
 *
 * <pre>
 * java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.recourse.benchmark.UploadPictureBenchmark
 * </pre>
 *
 * Arguments (optional): runs per measurement (default 300, at most 4 s of CPU but at least 40 runs), warm-up runs
 * (default 150, at most 2 s).
 */
public final class UploadPictureBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final long MEASURE_NANOS = 4_000_000_000L;
    private static final int MIN_RUNS = 40;

    private final PdqHasher hasher = PdqHasher.withPreResize();
    private long hashNanos;

    private UploadPictureBenchmark() {
    }

    /** One way from bytes to pixels; the hash is timed inside it. */
    @FunctionalInterface
    private interface Path {
        DihedralHashes run(byte[] jpeg) throws IOException;
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        UploadPictureBenchmark benchmark = new UploadPictureBenchmark();
        byte[] bridge = Files.readAllBytes(PdqVectors.file("images/reg-test-input/dih/bridge-1-original.jpg"));
        BufferedImage pattern = pattern(1600, 1000);
        byte[] bridgeProgressive = Files.readAllBytes(PdqVectors.file(
                "images/reg-test-input/dih/bridge-2-rotate-90.jpg"));
        byte[][] pictures = {bridge, jpeg(pattern, false), jpeg(pattern, true), bridgeProgressive};
        String[] names = {"bridge 1600x1004 baseline", "pattern 1600x1000 baseline", "pattern 1600x1000 progressive",
            "bridge 1004x1600 progressive 4:4:4"};
        String[] paths = {"ImageIO.read + getRGB", "reader.read + RasterPixels", "ImageDecoder (raster)"};
        Path[] ways = {benchmark::imageIoGetRgb, benchmark::pictureRaster, benchmark::decoder};
        System.out.printf(Locale.ROOT, "Up to %d runs (%d s of CPU) after up to %d warm-up runs (%d s); %d processors; "
                + "CPU time of the measuring thread in ms%n", runs, MEASURE_NANOS / 1_000_000_000L, warmUp,
                WARM_UP_NANOS / 1_000_000_000L, Runtime.getRuntime().availableProcessors());
        System.out.println("| picture | decoding | runs | decode p50 | decode p90 | PDQ p50 | PDQ p90 | sum p50 | sum p90 "
                + "| process CPU/picture |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int p = 0; p < pictures.length; p++) {
            for (int w = 0; w < ways.length; w++) {
                benchmark.measure(names[p], paths[w], ways[w], pictures[p], runs, warmUp);
            }
            benchmark.measure(names[p], "ImageHashes.of (+ SHA-256, MD5)", jpeg -> {
                ImageHashes.of(jpeg);
                return null;
            }, pictures[p], runs, warmUp);
        }
    }

    /**
     * Warms up for {@code warmUp} runs or {@link #WARM_UP_NANOS}, then measures {@code maxRuns} runs or
     * {@link #MEASURE_NANOS} of CPU time, whichever comes first, and at least {@link #MIN_RUNS}: a slow path (a
     * progressive JPEG) is measured fewer times, so the whole takes a couple of minutes.
     */
    private void measure(String picture, String path, Path way, byte[] jpeg, int maxRuns, int warmUp)
            throws IOException {
        long warmUpStart = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < warmUp && THREADS.getCurrentThreadCpuTime() - warmUpStart < WARM_UP_NANOS; i++) {
            way.run(jpeg);
        }
        long[] decode = new long[maxRuns];
        long[] hash = new long[maxRuns];
        long[] sum = new long[maxRuns];
        long processBefore = PROCESS.getProcessCpuTime();
        long spent = 0;
        int runs = 0;
        while (runs < maxRuns && (runs < MIN_RUNS || spent < MEASURE_NANOS)) {
            int i = runs++;
            hashNanos = 0;
            long start = THREADS.getCurrentThreadCpuTime();
            way.run(jpeg);
            sum[i] = THREADS.getCurrentThreadCpuTime() - start;
            hash[i] = hashNanos;
            decode[i] = sum[i] - hashNanos;
            spent += sum[i];
        }
        decode = Arrays.copyOf(decode, runs);
        hash = Arrays.copyOf(hash, runs);
        sum = Arrays.copyOf(sum, runs);
        double processPerPicture = (PROCESS.getProcessCpuTime() - processBefore) / 1e6 / runs;
        boolean split = Arrays.stream(hash).anyMatch(nanos -> nanos > 0);
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %.2f | %.2f | %.2f |%n", picture, path, runs,
                split ? ms(percentile(decode, 50)) : "", split ? ms(percentile(decode, 90)) : "",
                split ? ms(percentile(hash, 50)) : "", split ? ms(percentile(hash, 90)) : "",
                percentile(sum, 50) / 1e6, percentile(sum, 90) / 1e6, processPerPicture);
    }

    private DihedralHashes hashTimed(Pixels pixels) {
        long start = THREADS.getCurrentThreadCpuTime();
        DihedralHashes hashes = hasher.dihedral(pixels);
        hashNanos = THREADS.getCurrentThreadCpuTime() - start;
        return hashes;
    }

    private DihedralHashes imageIoGetRgb(byte[] jpeg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return hashTimed(Pixels.packedRgb(image.getWidth(), image.getHeight(), argb));
    }

    private DihedralHashes pictureRaster(byte[] jpeg) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (MemoryCacheImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(input, true, true);
            return hashTimed(ImageDecoder.toPixels(reader.read(0)));
        } finally {
            reader.dispose();
        }
    }

    private DihedralHashes decoder(byte[] jpeg) throws IOException {
        return ImageDecoder.standard().decode(jpeg, this::hashTimed);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    /** Sinusoids and a little noise, seeded: detail at every scale, like a photograph (no imagery of anyone). */
    private static BufferedImage pattern(int width, int height) {
        SplittableRandom random = new SplittableRandom(18);
        List<double[]> waves = new ArrayList<>();
        for (int i = 0; i < 3 * 6; i++) {
            waves.add(new double[] {random.nextDouble(0.002, 0.05), random.nextDouble(0.002, 0.05),
                    random.nextDouble(0, 2 * Math.PI), random.nextDouble(5, 20)});
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    double value = 128 + random.nextDouble(-4, 4);
                    for (double[] wave : waves.subList(6 * c, 6 * c + 6)) {
                        value += wave[3] * Math.sin(wave[0] * x + wave[1] * y + wave[2]);
                    }
                    rgb = rgb << 8 | Math.max(0, Math.min(255, (int) value));
                }
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    /** The JDK's JPEG writer at quality 0.9: JFIF, YCbCr, 4:2:0. */
    private static byte[] jpeg(BufferedImage image, boolean progressive) {
        return CraftedPictures.jpeg(image, 0.9f, progressive, null);
    }
}
