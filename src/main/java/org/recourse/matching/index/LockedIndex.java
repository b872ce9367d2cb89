package org.recourse.matching.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.recourse.matching.hash.PdqHash;

/**
 * What both indexes share: the entry store, the threshold, and a read-write lock. Queries hold the read lock and run
 * side by side; an addition or removal holds the write lock and waits for running queries. That suits a stay-down
 * list, read on every upload and changed a few times a minute. Copy-on-write snapshots would spare queries even that
 * wait, but would need twice the memory of a 10-million-entry index during every change.
 */
abstract class LockedIndex implements PdqIndex {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Lock readLock = lock.readLock();
    private final Lock writeLock = lock.writeLock();
    private final int threshold;
    final EntryStore store;

    LockedIndex(int threshold, int expectedSize) {
        if (threshold < 0 || threshold > PdqHash.BITS) {
            throw new IllegalArgumentException("A threshold runs from 0 to 256 bits, not " + threshold + ".");
        }
        if (expectedSize < 0) {
            throw new IllegalArgumentException("An expected size cannot be negative: " + expectedSize);
        }
        this.threshold = threshold;
        this.store = new EntryStore(expectedSize);
    }

    /** Called under the write lock once the entry is in {@code slot}. */
    abstract void added(int slot);

    /** Called under the write lock before the entry in {@code slot} goes and the last entry moves into its slot. */
    abstract void removing(int slot, int last);

    /** Calls {@code matches} with every entry within the threshold, each once; under the read lock. */
    abstract void search(long q0, long q1, long q2, long q3, MatchSink matches);

    /** Receives matches as a search finds them. */
    interface MatchSink {
        void accept(int slot, int distance);
    }

    /** Receives stored entries one at a time. */
    interface EntryVisitor {
        void visit(long id, PdqHash hash);
    }

    /** Calls {@code visitor} with every stored entry, under the read lock (for an index that folds this one in). */
    final void forEachEntry(EntryVisitor visitor) {
        readLock.lock();
        try {
            for (int slot = 0; slot < store.size(); slot++) {
                visitor.visit(store.id(slot), PdqHash.ofWords(store.word(slot, 0), store.word(slot, 1),
                        store.word(slot, 2), store.word(slot, 3)));
            }
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public final void add(long id, PdqHash hash) {
        Objects.requireNonNull(hash, "A hash is required.");
        writeLock.lock();
        try {
            if (store.slotOf(id) >= 0) {
                throw new IllegalArgumentException("Id " + id + " is already in the index; remove it first.");
            }
            added(store.append(id, hash));
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public final boolean remove(long id) {
        writeLock.lock();
        try {
            int slot = store.slotOf(id);
            if (slot < 0) {
                return false;
            }
            removing(slot, store.size() - 1);
            store.removeSlot(slot);
            return true;
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public final boolean contains(long id) {
        readLock.lock();
        try {
            return store.slotOf(id) >= 0;
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public final int size() {
        readLock.lock();
        try {
            return store.size();
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public final int threshold() {
        return threshold;
    }

    @Override
    public final Optional<PdqMatch> nearest(PdqHash query) {
        Nearest nearest = new Nearest();
        query(query, nearest);
        return nearest.slot < 0 ? Optional.empty() : Optional.of(new PdqMatch(nearest.id, nearest.distance));
    }

    @Override
    public final List<PdqMatch> allWithin(PdqHash query) {
        List<PdqMatch> matches = new ArrayList<>();
        query(query, (slot, distance) -> matches.add(new PdqMatch(store.id(slot), distance)));
        matches.sort(PdqMatch.NEAREST_FIRST);
        return matches;
    }

    private void query(PdqHash query, MatchSink sink) {
        Objects.requireNonNull(query, "A query hash is required.");
        readLock.lock();
        try {
            search(query.word(0), query.word(1), query.word(2), query.word(3), sink);
        } finally {
            readLock.unlock();
        }
    }

    /** Keeps the best match so far: nearer wins, and the lower id among equals. */
    private final class Nearest implements MatchSink {
        int slot = -1;
        long id;
        int distance;

        @Override
        public void accept(int candidate, int candidateDistance) {
            long candidateId = store.id(candidate);
            if (slot < 0 || candidateDistance < distance || (candidateDistance == distance && candidateId < id)) {
                slot = candidate;
                id = candidateId;
                distance = candidateDistance;
            }
        }
    }
}
