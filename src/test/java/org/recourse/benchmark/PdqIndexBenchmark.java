package org.recourse.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjIntConsumer;
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
import org.recourse.matching.hash.PdqHash;
import org.recourse.matching.index.BruteForceIndex;
import org.recourse.matching.index.MultiIndexHashIndex;
import org.recourse.matching.index.PdqIndex;
import org.recourse.matching.index.PdqMatch;
import org.recourse.matching.index.RandomHashes;
import org.recourse.matching.index.StaticMultiIndex;

/**
 * Look-ups per second against 10 million random PDQ hashes at the default threshold (31, inclusive), on 2 threads,
 * in a JVM limited to 1.5 GB of heap. By default half the queries are near-duplicates of stored hashes (0 to 31 bits
 * flipped) and half are random, matching nothing; {@code -p mix=random} or {@code -p mix=near} runs one kind only.
 * The static multi-index ({@link StaticMultiIndex}) beside the first multi-index and brute force; each loads its own
 * index in its own fork, so the heap figure printed after loading is that index's alone. The static index also
 * rebuilds once after loading, with 1% more entries in its delta, and prints its live heap at the peak of the rebuild.
 * Run by hand (see docs/benchmarks.md):
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main PdqIndexBenchmark
 * </pre>
 *
 * <p>The forks use transparent huge pages, as recommended for the portal: a look-up reads some 6,000 random cache lines
 * of a 1 GB heap, and on this virtual machine a miss in the page tables costs more than the miss in memory.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1536m", "-Xms1536m", "-XX:+UseTransparentHugePages"})
public class PdqIndexBenchmark {

    private static final int QUERIES = 4_096;

    /** The stored hashes and the queries, the same for both indexes. */
    @State(Scope.Benchmark)
    public abstract static class Loaded {

        @Param({"10000000"})
        public int entries;

        /** Which queries: {@code half-near} (the default), {@code random} or {@code near}. */
        @Param({"half-near"})
        public String mix;

        PdqIndex index;
        PdqHash[] queries;
        RandomHashes random;

        /** Stores {@code entries} hashes, calling {@code stored} with each, and returns the index. */
        abstract PdqIndex load(int entries, RandomHashes random, ObjIntConsumer<PdqHash> stored);

        @Setup(Level.Trial)
        public void load() throws InterruptedException {
            long started = System.nanoTime();
            random = new RandomHashes(20_261_128L);
            PdqHash[] near = new PdqHash[QUERIES];
            int every = Math.max(1, entries / QUERIES);
            index = load(entries, random, (hash, id) -> {
                if (id % every == 0 && id / every < QUERIES) {
                    near[id / every] = random.flipped(hash, random.nextInt(PdqIndex.DEFAULT_THRESHOLD + 1));
                }
            });
            report(started);
            queries = new PdqHash[QUERIES];
            for (int q = 0; q < QUERIES; q++) {
                boolean nearOne = mix.equals("near") || (mix.equals("half-near") && q % 2 == 0);
                queries[q] = nearOne ? near[q] : random.next();
            }
            long matched = List.of(queries).stream().filter(q -> index.nearest(q).isPresent()).count();
            System.out.printf(Locale.ROOT, "%d of %d queries (%s) match%n", matched, QUERIES, mix);
            afterLoading();
        }

        /** What an index does once loaded, before the timing: nothing, or the static index's rebuild. */
        void afterLoading() throws InterruptedException {
        }

        private void report(long started) {
            double seconds = (System.nanoTime() - started) / 1e9;
            long used = LiveHeap.now();
            System.out.printf(Locale.ROOT, "%n%s: %,d entries loaded in %.1f s; heap used %,d MB of %,d MB max "
                            + "(%.0f bytes an entry)%n", index.getClass().getSimpleName(), index.size(), seconds,
                    used >> 20, Runtime.getRuntime().maxMemory() >> 20, (double) used / index.size());
        }
    }

    /** Adds the entries one by one, as the first two indexes have no other way in. */
    private static PdqIndex addAll(PdqIndex index, int entries, RandomHashes random,
            ObjIntConsumer<PdqHash> stored) {
        for (int id = 0; id < entries; id++) {
            PdqHash hash = random.next();
            index.add(id, hash);
            stored.accept(hash, id);
        }
        return index;
    }

    public static class MultiIndex extends Loaded {
        @Override
        PdqIndex load(int entries, RandomHashes random, ObjIntConsumer<PdqHash> stored) {
            return addAll(new MultiIndexHashIndex(PdqIndex.DEFAULT_THRESHOLD, entries), entries, random, stored);
        }
    }

    public static class BruteForce extends Loaded {
        @Override
        PdqIndex load(int entries, RandomHashes random, ObjIntConsumer<PdqHash> stored) {
            return addAll(new BruteForceIndex(PdqIndex.DEFAULT_THRESHOLD, entries), entries, random, stored);
        }
    }

    /** Loaded through its builder, as at start-up, then rebuilt once with 1% more in its delta. */
    public static class StaticMulti extends Loaded {
        @Override
        PdqIndex load(int entries, RandomHashes random, ObjIntConsumer<PdqHash> stored) {
            StaticMultiIndex.Builder builder = StaticMultiIndex.builder(PdqIndex.DEFAULT_THRESHOLD, entries);
            for (int id = 0; id < entries; id++) {
                PdqHash hash = random.next();
                builder.add(id, hash);
                stored.accept(hash, id);
            }
            return builder.build();
        }

        @Override
        void afterLoading() throws InterruptedException {
            StaticMultiIndex staticIndex = (StaticMultiIndex) index;
            for (int id = entries; id < entries + entries / 100; id++) {
                staticIndex.add(id, random.next());
            }
            long before = LiveHeap.now();
            long started = System.nanoTime();
            long peak = LiveHeap.peakDuring(staticIndex::rebuild, 200);
            System.out.printf(Locale.ROOT, "%s%nrebuild with %,d entries in the delta: %.1f s with a full collection "
                            + "every 200 ms; live heap %,d MB before, %,d MB at the peak, %,d MB after%n",
                    staticIndex.describe(), entries / 100, (System.nanoTime() - started) / 1e9, before >> 20,
                    peak >> 20, LiveHeap.now() >> 20);
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
    public Optional<PdqMatch> staticMultiIndex(StaticMulti loaded, Cursor cursor) {
        return loaded.index.nearest(cursor.nextOf(loaded.queries));
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
