package org.recourse.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.recourse.screening.hash.PdqHash;
import org.recourse.screening.index.BruteForceIndex;
import org.recourse.screening.index.MultiIndexHashIndex;
import org.recourse.screening.index.PdqIndex;
import org.recourse.screening.index.PdqMatch;
import org.recourse.screening.index.RandomHashes;

/**
 * Look-ups per second against 10 million random PDQ hashes at the default threshold (31, inclusive), on 2 threads,
 * in a JVM limited to 1.5 GB of heap: half the queries are near-duplicates of stored hashes (0 to 31 bits flipped),
 * half are random and match nothing. Multi-index hashing beside brute force; each loads its own index in its own
 * fork, so the heap figure printed after loading is that index's alone. Run by hand (see docs/benchmarks.md):
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main PdqIndexBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1536m", "-Xms1536m"})
public class PdqIndexBenchmark {

    private static final int QUERIES = 4_096;

    /** The stored hashes and the queries, the same for both indexes. */
    @State(Scope.Benchmark)
    public abstract static class Loaded {

        @Param({"10000000"})
        public int entries;

        PdqIndex index;
        PdqHash[] queries;
        int nearDuplicates;

        abstract PdqIndex create(int expectedSize);

        @Setup(Level.Trial)
        public void load() {
            long started = System.nanoTime();
            RandomHashes random = new RandomHashes(20_261_128L);
            index = create(entries);
            queries = new PdqHash[QUERIES];
            int every = Math.max(1, entries / (QUERIES / 2));
            for (int id = 0; id < entries; id++) {
                PdqHash hash = random.next();
                index.add(id, hash);
                if (id % every == 0 && nearDuplicates < QUERIES / 2) {
                    queries[2 * nearDuplicates++] = random.flipped(hash, random.nextInt(PdqIndex.DEFAULT_THRESHOLD + 1));
                }
            }
            for (int q = 1; q < QUERIES; q += 2) {
                queries[q] = random.next();
            }
            report(started);
        }

        private void report(long started) {
            double seconds = (System.nanoTime() - started) / 1e9;
            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            long used = runtime.totalMemory() - runtime.freeMemory();
            long matched = List.of(queries).stream().filter(q -> index.nearest(q).isPresent()).count();
            System.out.printf(Locale.ROOT, "%n%s: %,d entries loaded in %.1f s; heap used %,d MB of %,d MB max "
                            + "(%.0f bytes an entry); %d of %d queries match%n", index.getClass().getSimpleName(),
                    index.size(), seconds, used >> 20, runtime.maxMemory() >> 20, (double) used / index.size(),
                    matched, QUERIES);
        }
    }

    public static class MultiIndex extends Loaded {
        @Override
        PdqIndex create(int expectedSize) {
            return new MultiIndexHashIndex(PdqIndex.DEFAULT_THRESHOLD, expectedSize);
        }
    }

    public static class BruteForce extends Loaded {
        @Override
        PdqIndex create(int expectedSize) {
            return new BruteForceIndex(PdqIndex.DEFAULT_THRESHOLD, expectedSize);
        }
    }

    /** Each thread walks the queries from its own starting point. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next = (int) (Thread.currentThread().getId() * 997);

        PdqHash nextOf(PdqHash[] queries) {
            return queries[next++ & (QUERIES - 1)];
        }
    }

    @Benchmark
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 10)
    public Optional<PdqMatch> multiIndexHashing(MultiIndex loaded, Cursor cursor) {
        return loaded.index.nearest(cursor.nextOf(loaded.queries));
    }

    /** Some 30 ms a look-up at 10 million: fewer, longer iterations. */
    @Benchmark
    @Warmup(iterations = 1, time = 10)
    @Measurement(iterations = 3, time = 20)
    public Optional<PdqMatch> bruteForce(BruteForce loaded, Cursor cursor) {
        return loaded.index.nearest(cursor.nextOf(loaded.queries));
    }
}
