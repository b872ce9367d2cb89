package org.recourse.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.recourse.matching.hash.PdqHash;
import org.recourse.matching.index.RandomHashes;
import org.recourse.matching.index.StaticMultiIndex;
import org.recourse.screening.sweep.ContentIndex;
import org.recourse.screening.sweep.Fingerprint;

/**
 * The sweep's search, as {@code screening.sweep.CopyFinder} runs it: a content index of 1,000,000 registered items
 * (a {@link StaticMultiIndex} loaded through its builder, as {@code ContentIndex} loads it at start), searched with a
 * new PDQ hash and its seven rotations and mirrors worked out from the bits ({@link Fingerprint.Pdq#variants()}),
 * through {@link ContentIndex#nearIn}, the very method the node's index answers with. Three figures: the live heap
 * of the index per million items; one new hash against all of them (1,000 searches, half near a registered item,
 * half matching nothing; median, p99 and worst); and an imported bank of 100,000 hashes swept against them on one
 * thread, as the sweep job works (1% of them near copies). The database side of a sweep (reading entries a batch at
 * a time, hiding what is found) is not in these figures; docs/benchmarks.md says what it adds. Not a test; run it by
 * hand after {@code mvn -q test-compile}:
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx1g -XX:+UseTransparentHugePages -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *     org.recourse.benchmark.SweepBenchmark
 * </pre>
 */
public final class SweepBenchmark {

    private static final int ITEMS = Integer.getInteger("items", 1_000_000);
    private static final int BANK = Integer.getInteger("bank", 100_000);
    private static final int SINGLE = 1_000;
    private static final int THRESHOLD = 31;

    private SweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        RandomHashes random = new RandomHashes(20_261_206L);
        PdqHash[] stored = new PdqHash[ITEMS];
        long before = LiveHeap.now();
        long started = System.nanoTime();
        StaticMultiIndex.Builder builder = StaticMultiIndex.builder(THRESHOLD, ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            stored[i] = random.next();
            builder.add(i, stored[i]);
        }
        StaticMultiIndex index = builder.build();
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        // The hashes kept here for making near queries are the benchmark's, not the index's: left out of its heap.
        long heap = LiveHeap.now() - before - (long) ITEMS * 56;
        System.out.printf(Locale.ROOT, "content index: %,d items, built in %.1f s, %s%n", ITEMS, loadSeconds,
                index.describe());
        System.out.printf(Locale.ROOT, "live heap of the index: %,d MB, %d bytes an item%n", heap >> 20,
                heap / ITEMS);

        single(index, stored, random);
        sweep(index, stored, random);
        index.close();
    }

    /** One new hash with its variants against every item: the latency of one entry's search. */
    private static void single(StaticMultiIndex index, PdqHash[] stored, RandomHashes random) {
        PdqHash[] queries = new PdqHash[SINGLE];
        for (int i = 0; i < SINGLE; i++) {
            queries[i] = i % 2 == 0 ? random.flipped(stored[random.nextInt(stored.length)], random.nextInt(THRESHOLD + 1))
                    : random.next();
        }
        for (int round = 0; round < 3; round++) {
            for (PdqHash query : queries) {
                ContentIndex.nearIn(index, new Fingerprint.Pdq(query).variants());
            }
        }
        long[] nanos = new long[SINGLE];
        int found = 0;
        for (int i = 0; i < SINGLE; i++) {
            long t = System.nanoTime();
            List<ContentIndex.Hit> hits = ContentIndex.nearIn(index, new Fingerprint.Pdq(queries[i]).variants());
            nanos[i] = System.nanoTime() - t;
            found += hits.isEmpty() ? 0 : 1;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "one new PDQ (8 variants) against %,d items: median %.2f ms, p99 %.2f ms,"
                + " worst %.2f ms; %d of %d found (the near half)%n", stored.length, nanos[SINGLE / 2] / 1e6,
                nanos[SINGLE * 99 / 100] / 1e6, nanos[SINGLE - 1] / 1e6, found, SINGLE);
    }

    /** An imported bank swept against every item, one entry after another on one thread, as the job does. */
    private static void sweep(StaticMultiIndex index, PdqHash[] stored, RandomHashes random) {
        PdqHash[] bank = new PdqHash[BANK];
        for (int i = 0; i < BANK; i++) {
            bank[i] = i % 100 == 0 ? random.flipped(stored[random.nextInt(stored.length)], random.nextInt(THRESHOLD + 1))
                    : random.next();
        }
        long started = System.nanoTime();
        long matches = 0;
        for (PdqHash entry : bank) {
            matches += ContentIndex.nearIn(index, new Fingerprint.Pdq(entry).variants()).size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "sweep of %,d banked hashes (8 variants each) against %,d items: %.1f s"
                + " (%.0f entries/s), %,d copies found%n", BANK, stored.length, seconds, BANK / seconds, matches);
    }
}
