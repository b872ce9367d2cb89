package org.recourse.matching.index;

import java.util.Arrays;
import org.recourse.matching.hash.PdqHash;

/**
 * What a query of {@link StaticMultiIndex} reads, fixed when the query starts: the static tables, the slots they name,
 * and the small dynamic deltas that hold what the tables do not. Only the rebuild makes new snapshots.
 *
 * <p>Every live entry is found exactly once: either it is in every table and not {@code fresh}, and the first table
 * within radius reports it ({@link SubstringLayout#foundBefore}), or it is in exactly one delta. During a rebuild some
 * tables already hold the entries just moved out of the frozen delta (the fresh slots) and others do not yet, so fresh
 * slots are left to that delta until the last table is in.
 */
final class Snapshot {

    /** Receives the entries within the threshold as the search finds them. */
    interface MatchSink {
        void accept(long id, int distance);

        /** The largest distance still of interest: the threshold, or for the nearest match the best one so far. */
        default int bound() {
            return Integer.MAX_VALUE;
        }
    }

    final SubstringLayout layout;
    /** One per substring (null where the radius is -1); null as a whole when the layout scans instead. */
    final SubstringTable[] tables;
    final Slots slots;
    /** Bits of the slots moved out of the frozen delta by a rebuild in progress; null otherwise. */
    private final long[] fresh;
    /** The frozen delta of a rebuild in progress, if any, then the one that takes additions, last. */
    final LockedIndex[] deltas;
    /** How many tables from {@code i} on are searched at all. */
    private final int[] searchableFrom;

    Snapshot(SubstringLayout layout, SubstringTable[] tables, Slots slots, long[] fresh, LockedIndex[] deltas) {
        this.layout = layout;
        this.tables = tables;
        this.searchableFrom = searchableFrom(tables);
        this.slots = slots;
        this.fresh = fresh;
        this.deltas = deltas;
    }

    LockedIndex newestDelta() {
        return deltas[deltas.length - 1];
    }

    Snapshot withTable(int i, SubstringTable table) {
        SubstringTable[] replaced = tables.clone();
        replaced[i] = table;
        return new Snapshot(layout, replaced, slots, fresh, deltas);
    }

    /** The rebuild's end: these tables hold every slot, so the frozen delta goes. */
    Snapshot finished(SubstringLayout newLayout, SubstringTable[] newTables) {
        return new Snapshot(newLayout, newTables, slots, null, new LockedIndex[] {newestDelta()});
    }

    /** Every live entry within the threshold of {@code query} (its words in {@code q}), each once. */
    void search(PdqHash query, long[] q, QueryScratch scratch, MatchSink sink) {
        if (tables == null) {
            scan(q, sink);
        } else {
            searchTables(q, scratch, sink);
        }
        for (LockedIndex delta : deltas) {
            if (delta.size() > 0) {
                for (PdqMatch match : delta.allWithin(query)) {
                    sink.accept(match.id(), match.distance());
                }
            }
        }
    }

    /**
     * The tables in order, each with the radius that the distance still in question leaves it. An entry within
     * {@code bound} (the threshold, or the best match so far when only the nearest is wanted) that the tables before
     * {@code i} did not find differs in more than their radii there, so in at most {@code units - 1} bits over the
     * tables left, where {@code units = bound + 1 - sum(radius + 1)} over the tables searched; by the pigeonhole
     * principle one of the {@code r} tables left then differs in at most {@code ceil(units / r) - 1}. Without a match
     * this gives every table the layout's own radius (the layout shares out {@code threshold + 1} the same way), and it
     * never exceeds it, since {@code u - ceil(u / r)} grows with {@code u}. Once a near match is found the later
     * tables are searched with smaller radii, or not at all.
     */
    private void searchTables(long[] q, QueryScratch scratch, MatchSink sink) {
        int[] radii = scratch.radii(tables.length);
        int used = 0;
        for (int i = 0; i < tables.length; i++) {
            radii[i] = -1;
            if (tables[i] == null) {
                continue;
            }
            int units = Math.min(layout.threshold(), sink.bound()) + 1 - used;
            if (units <= 0) {
                return;
            }
            radii[i] = Math.min(layout.radius(i), (units + searchableFrom[i] - 1) / searchableFrom[i] - 1);
            used += radii[i] + 1;
            searchTable(i, radii, q, scratch, sink);
        }
    }

    /**
     * Gathers the table's candidates first and checks them in a second loop: the checks are independent reads, so the
     * processor overlaps their cache misses instead of waiting on each bucket in turn.
     */
    private void searchTable(int i, int[] radii, long[] q, QueryScratch scratch, MatchSink sink) {
        IntList candidates = scratch.candidates();
        candidates.clear();
        tables[i].collect(layout.substring(q, 0, i), radii[i], scratch);
        int[] found = candidates.array();
        int threshold = layout.threshold();
        long[][] hashes = slots.hashes;
        long touched = 0;
        for (int k = 0, n = candidates.size(); k < n; k++) {
            touched |= hashes[found[k] >>> Slots.CHUNK_BITS][Slots.wordAt(found[k])];
        }
        scratch.touched((int) touched);
        for (int k = 0, n = candidates.size(); k < n; k++) {
            int slot = found[k];
            long[] words = hashes[slot >>> Slots.CHUNK_BITS];
            int at = Slots.wordAt(slot);
            // The first two words share a cache line; a random candidate is already too far after them.
            int distance = Long.bitCount(words[at] ^ q[0]) + Long.bitCount(words[at + 1] ^ q[1]);
            if (distance <= threshold) {
                distance += Long.bitCount(words[at + 2] ^ q[2]) + Long.bitCount(words[at + 3] ^ q[3]);
                if (distance <= threshold && slots.isLive(slot) && !isFresh(slot)
                        && !layout.foundBefore(i, radii, words, at, q)) {
                    sink.accept(slots.id(slot), distance);
                }
            }
        }
    }

    /** For thresholds too wide for the tables: every slot. */
    private void scan(long[] q, MatchSink sink) {
        int threshold = layout.threshold();
        for (int slot = 0; slot < slots.count; slot++) {
            long[] words = slots.hashChunk(slot);
            int at = Slots.wordAt(slot);
            int distance = Long.bitCount(words[at] ^ q[0]) + Long.bitCount(words[at + 1] ^ q[1])
                    + Long.bitCount(words[at + 2] ^ q[2]) + Long.bitCount(words[at + 3] ^ q[3]);
            if (distance <= threshold && slots.isLive(slot) && !isFresh(slot)) {
                sink.accept(slots.id(slot), distance);
            }
        }
    }

    private static int[] searchableFrom(SubstringTable[] tables) {
        int count = tables == null ? 0 : tables.length;
        int[] from = new int[count + 1];
        for (int i = count - 1; i >= 0; i--) {
            from[i] = from[i + 1] + (tables[i] == null ? 0 : 1);
        }
        return from;
    }

    private boolean isFresh(int slot) {
        return fresh != null && (slot >>> 6) < fresh.length && (fresh[slot >>> 6] & (1L << slot)) != 0;
    }

    /** A bit set of {@code slots}, sized for {@code count} slots. */
    static long[] bitsOf(int[] slots, int count) {
        long[] bits = new long[(count + 63) >>> 6];
        for (int slot : slots) {
            bits[slot >>> 6] |= 1L << slot;
        }
        return bits;
    }

    /** Bytes held by the tables, for the benchmark's account. */
    long tableBytes() {
        return tables == null ? 0 : Arrays.stream(tables).filter(t -> t != null).mapToLong(SubstringTable::bytes).sum();
    }
}
