package org.recourse.benchmark;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.recourse.matching.hash.DihedralHashes;
import org.recourse.matching.hash.PdqHasher;
import org.recourse.matching.hash.PdqResult;
import org.recourse.matching.hash.Pixels;

/**
 * PDQ hashes per second on one thread, from decoded 1024x768 pixels, the 512x512 pre-resize included (decoding is
 * not: it depends on the format and costs more than the hash). Target from issue 6: 220-243 hashes/s, the C++
 * reference on this kind of machine. Run by hand (see docs/benchmarks.md):
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main PdqHasherBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
public class PdqHasherBenchmark {

    @Param({"smooth", "bridge"})
    public String picture;

    /** RGB_BYTES as a decoder's byte raster gives them; PACKED_RGB_INTS as {@code BufferedImage.getRGB} does. */
    @Param({"RGB_BYTES", "PACKED_RGB_INTS"})
    public String layout;

    private Pixels pixels;
    private final PdqHasher hasher = PdqHasher.withPreResize();

    @Setup
    public void decodePicture() throws IOException {
        byte[] rgb = BenchmarkPictures.rgb(picture);
        pixels = switch (layout) {
            case "RGB_BYTES" -> Pixels.rgb(BenchmarkPictures.WIDTH, BenchmarkPictures.HEIGHT, rgb);
            case "PACKED_RGB_INTS" -> Pixels.packedRgb(BenchmarkPictures.WIDTH, BenchmarkPictures.HEIGHT, packed(rgb));
            default -> throw new IllegalArgumentException("No layout " + layout);
        };
    }

    private static int[] packed(byte[] rgb) {
        int[] argb = new int[rgb.length / 3];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xff << 24 | (rgb[3 * i] & 0xff) << 16 | (rgb[3 * i + 1] & 0xff) << 8 | rgb[3 * i + 2] & 0xff;
        }
        return argb;
    }

    @Benchmark
    public PdqResult hash() {
        return hasher.hash(pixels);
    }

    /** All eight dihedral hashes from one DCT: what screening an upload against rotated and mirrored copies costs. */
    @Benchmark
    public DihedralHashes dihedral() {
        return hasher.dihedral(pixels);
    }
}
