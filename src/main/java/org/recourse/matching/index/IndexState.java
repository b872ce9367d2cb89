package org.recourse.matching.index;

/**
 * What {@link StaticMultiIndex} and its {@link Rebuilder} share: the slot store, which only a holder of this object's
 * monitor (the write lock) may touch, and the published {@link Snapshot}, which queries read without a lock.
 */
final class IndexState {

    final int threshold;
    final int expectedSize;
    final SlotStore store;
    private volatile Snapshot snapshot;

    IndexState(int threshold, int expectedSize, SlotStore store) {
        this.threshold = threshold;
        this.expectedSize = expectedSize;
        this.store = store;
        SubstringLayout layout = layoutFor(store.liveCount());
        Slots slots = store.view();
        this.snapshot = new Snapshot(layout, Rebuilder.tables(layout, slots), slots, null,
                new LockedIndex[] {newDelta(layout)});
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /**
     * Makes {@code next} what queries read from now on; the caller holds the monitor. Publishing the current snapshot
     * again is how a removal makes its cleared live bit visible: the volatile write orders it before any later query.
     */
    void publish(Snapshot next) {
        snapshot = next;
    }

    /** The layout for the larger of the expected size and {@code entries}. */
    SubstringLayout layoutFor(int entries) {
        return SubstringLayout.forSize(threshold, Math.max(expectedSize, entries));
    }

    /** A delta that is fast while small: multi-index hashing, or brute force where the layout would scan anyway. */
    LockedIndex newDelta(SubstringLayout layout) {
        return layout.worthIndexing() ? new MultiIndexHashIndex(threshold, 0) : new BruteForceIndex(threshold, 0);
    }
}
