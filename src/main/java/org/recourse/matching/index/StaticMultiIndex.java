package org.recourse.matching.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.recourse.matching.hash.PdqHash;

/**
 * Multi-index hashing sized for millions of entries: substrings of about {@code log2(size)} bits (11 of 23 or 24 bits
 * at 10 million, see {@link SubstringLayout}), each in a static, compact table ({@link SubstringTable}), with a small
 * {@link MultiIndexHashIndex} as the delta that takes additions until a {@link Rebuilder} folds it in.
 *
 * <p><b>Threads.</b> A query reads one volatile {@link Snapshot} and takes no lock of this index, only the delta's read
 * lock, which an addition holds for a microsecond. Additions and removals take one write lock (the monitor of the
 * shared {@link IndexState}). A removal clears the entry's live bit in place and republishes the snapshot. A rebuild
 * holds the write lock only while it moves the delta into the slots (some tens of milliseconds at 300,000 entries),
 * then builds the tables outside it; queries go on throughout. {@link #contains} takes the write lock, since the id
 * table may not be read while it changes.
 *
 * <p><b>Memory</b> at 10 million entries: 40 bytes of hash and id, about 6 of id table and 6.7 per substring table (a
 * 64-byte line per bucket of 9.5 entries; 74 for 11) an entry, 1,180 MB in all, and one table (64 MB) more while
 * rebuilding. See docs/benchmarks.md.
 */
public final class StaticMultiIndex implements PdqIndex, AutoCloseable {

    private final IndexState state;
    private final Rebuilder rebuilder;
    private volatile int size;

    public StaticMultiIndex() {
        this(DEFAULT_THRESHOLD, 0);
    }

    /** @param expectedSize how many entries the index will hold, which sets the substring lengths (0 if unknown) */
    public StaticMultiIndex(int threshold, int expectedSize) {
        this(threshold, expectedSize, RebuildPolicy.DEFAULT);
    }

    StaticMultiIndex(int threshold, int expectedSize, RebuildPolicy policy) {
        this(new IndexState(threshold, expectedSize, new SlotStore(checkedSize(threshold, expectedSize))), policy);
    }

    private StaticMultiIndex(IndexState state, RebuildPolicy policy) {
        this.state = state;
        this.rebuilder = new Rebuilder(state, policy);
        this.size = state.store.liveCount();
    }

    /** Loads many entries at once (at start-up, say) and builds the tables once, instead of rebuilding as they come. */
    public static Builder builder(int threshold, int expectedSize) {
        return new Builder(threshold, expectedSize);
    }

    private static int checkedSize(int threshold, int expectedSize) {
        if (threshold < 0 || threshold > PdqHash.BITS) {
            throw new IllegalArgumentException("A threshold runs from 0 to 256 bits, not " + threshold + ".");
        }
        if (expectedSize < 0) {
            throw new IllegalArgumentException("An expected size cannot be negative: " + expectedSize);
        }
        return expectedSize;
    }

    @Override
    public void add(long id, PdqHash hash) {
        Objects.requireNonNull(hash, "A hash is required.");
        int deltaSize;
        int indexed;
        synchronized (state) {
            Snapshot current = state.snapshot();
            LockedIndex delta = current.newestDelta();
            if (state.store.slotOf(id) >= 0 || delta.contains(id)) {
                throw new IllegalArgumentException("Id " + id + " is already in the index; remove it first.");
            }
            delta.add(id, hash);
            size++;
            deltaSize = delta.size();
            indexed = current.slots.count;
        }
        rebuilder.added(deltaSize, indexed);
    }

    @Override
    public boolean remove(long id) {
        synchronized (state) {
            Snapshot current = state.snapshot();
            int slot = state.store.slotOf(id);
            boolean removed = slot >= 0;
            if (removed) {
                state.store.kill(slot);
            }
            // During a rebuild an entry moved out of the frozen delta is in that delta as well as in its slot.
            for (LockedIndex delta : current.deltas) {
                removed |= delta.remove(id);
            }
            if (removed) {
                size--;
                state.publish(current);
            }
            return removed;
        }
    }

    @Override
    public boolean contains(long id) {
        synchronized (state) {
            return state.store.slotOf(id) >= 0 || state.snapshot().newestDelta().contains(id);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int threshold() {
        return state.threshold;
    }

    @Override
    public Optional<PdqMatch> nearest(PdqHash query) {
        Nearest nearest = new Nearest();
        search(query, nearest);
        return nearest.distance < 0 ? Optional.empty() : Optional.of(new PdqMatch(nearest.id, nearest.distance));
    }

    @Override
    public List<PdqMatch> allWithin(PdqHash query) {
        List<PdqMatch> matches = new ArrayList<>();
        search(query, (id, distance) -> matches.add(new PdqMatch(id, distance)));
        matches.sort(PdqMatch.NEAREST_FIRST);
        return matches;
    }

    private void search(PdqHash query, Snapshot.MatchSink sink) {
        Objects.requireNonNull(query, "A query hash is required.");
        long[] words = {query.word(0), query.word(1), query.word(2), query.word(3)};
        state.snapshot().search(query, words, QueryScratch.ofThisThread(), sink);
    }

    /**
     * Folds the delta into the static tables now, on this thread, after any rebuild already running; also drops dead
     * entries from the tables. Queries go on meanwhile.
     */
    public void rebuild() {
        rebuilder.rebuild();
    }

    /** Stops the background rebuild thread, if one was started; the index stays usable. */
    @Override
    public void close() {
        rebuilder.close();
    }

    /** The layout, slots and memory of the tables, for the benchmark and for logs. */
    public String describe() {
        Snapshot current = state.snapshot();
        return String.format(Locale.ROOT, "%s; %,d slots; tables %,d MB; delta %,d entries", current.layout,
                current.slots.count, current.tableBytes() >> 20, current.newestDelta().size());
    }

    /** How many rebuilds have finished. */
    int rebuildsCompleted() {
        return rebuilder.completed();
    }

    /** Slots in use, dead ones included: what the store holds. */
    int slotCount() {
        return state.snapshot().slots.count;
    }

    /** Keeps the best match so far: nearer wins, and the lower id among equals. */
    private static final class Nearest implements Snapshot.MatchSink {
        long id;
        int distance = -1;

        @Override
        public void accept(long candidateId, int candidateDistance) {
            if (distance < 0 || candidateDistance < distance || (candidateDistance == distance && candidateId < id)) {
                id = candidateId;
                distance = candidateDistance;
            }
        }

        /** An equally near entry with a lower id would still win, so the bound is the best distance itself. */
        @Override
        public int bound() {
            return distance < 0 ? Integer.MAX_VALUE : distance;
        }
    }

    /** Collects entries for {@link StaticMultiIndex#builder}: stored as they come, indexed once by {@link #build}. */
    public static final class Builder {
        private final int threshold;
        private final int expectedSize;
        private final SlotStore store;
        private boolean built;

        private Builder(int threshold, int expectedSize) {
            this.threshold = threshold;
            this.expectedSize = expectedSize;
            this.store = new SlotStore(checkedSize(threshold, expectedSize));
        }

        /** @throws IllegalArgumentException if {@code id} was added already */
        public Builder add(long id, PdqHash hash) {
            Objects.requireNonNull(hash, "A hash is required.");
            if (built) {
                throw new IllegalStateException("This builder has built its index already.");
            }
            if (store.slotOf(id) >= 0) {
                throw new IllegalArgumentException("Id " + id + " is already in the index; remove it first.");
            }
            store.append(id, hash);
            return this;
        }

        public StaticMultiIndex build() {
            built = true;
            return new StaticMultiIndex(new IndexState(threshold, expectedSize, store), RebuildPolicy.DEFAULT);
        }
    }
}
