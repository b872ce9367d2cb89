package org.recourse.matching.index;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.recourse.matching.hash.PdqHash;

/**
 * Folds the delta of a {@link StaticMultiIndex} into its static tables, in the background once the delta passes the
 * {@link RebuildPolicy}'s limit, or when asked. One rebuild at a time:
 *
 * <ol>
 *   <li>Under the write lock, the delta is frozen (a new one takes additions) and its entries are moved into slots,
 *       marked fresh; the snapshot now has both deltas. This is the only long hold of the write lock.</li>
 *   <li>Outside it, each table is rebuilt over the slots and published in its own snapshot: only one new table is in
 *       memory besides the old ones, not a second set of eleven. Fresh slots stay with the frozen delta meanwhile.</li>
 *   <li>Under the write lock, the frozen delta is dropped and fresh slots become ordinary.</li>
 * </ol>
 *
 * If the size has moved the layout to a different number of substrings, step 2 builds the whole new set before
 * publishing it, since one snapshot cannot mix two layouts; only then are two sets of tables in memory at once. With
 * the expected size given up front, as for the stay-down list, that happens only if the list outgrows it.
 */
final class Rebuilder implements AutoCloseable {

    private final IndexState state;
    private final RebuildPolicy policy;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicInteger completed = new AtomicInteger();
    private ExecutorService background;

    Rebuilder(IndexState state, RebuildPolicy policy) {
        this.state = state;
        this.policy = policy;
    }

    /** Every searched substring's table over the live slots: the build of a new index, or of a new layout. */
    static SubstringTable[] tables(SubstringLayout layout, Slots slots) {
        if (!layout.worthIndexing()) {
            return null;
        }
        SubstringTable[] tables = new SubstringTable[layout.count()];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = layout.radius(i) < 0 ? null : SubstringTable.build(layout, i, slots, slots.liveBits());
        }
        return tables;
    }

    /** Called after an addition, outside the write lock: schedules a rebuild, or waits for one if the delta is huge. */
    void added(int deltaSize, int indexed) {
        if (deltaSize >= policy.stall(indexed)) {
            rebuild();
        } else if (deltaSize >= policy.limit(indexed) && scheduled.compareAndSet(false, true)) {
            background().execute(this::rebuildIfDue);
        }
    }

    /** Rebuilds now, on this thread, after any rebuild already running. */
    void rebuild() {
        running.lock();
        try {
            fold();
        } finally {
            running.unlock();
        }
    }

    private void rebuildIfDue() {
        running.lock();
        try {
            scheduled.set(false);
            Snapshot current = state.snapshot();
            if (current.newestDelta().size() >= policy.limit(current.slots.count)) {
                fold();
            }
        } finally {
            running.unlock();
        }
    }

    private void fold() {
        Frozen frozen;
        SubstringLayout layout;
        synchronized (state) {
            frozen = freeze();
            layout = state.layoutFor(state.store.liveCount());
        }
        SubstringTable[] tables;
        if (layout.count() != frozen.layout().count()) {
            tables = tables(layout, frozen.slots());
        } else {
            tables = frozen.scanning() ? null : rebuildOneByOne(frozen.layout(), frozen.slots());
        }
        synchronized (state) {
            state.publish(state.snapshot().finished(layout, tables));
        }
        completed.incrementAndGet();
    }

    /**
     * What the table builds need of the frozen snapshot, and no more. Holding the snapshot itself in {@link #fold}
     * would keep every old table alive until the last new one is in, twice the tables' memory instead of one table
     * more; and a local variable would hold it even out of scope, since an interpreted frame (as {@code fold} runs,
     * called too rarely to be compiled) keeps every reference it has stored.
     */
    private record Frozen(SubstringLayout layout, Slots slots, boolean scanning) {
    }

    /** How many rebuilds have finished, for tests that must know one ran. */
    int completed() {
        return completed.get();
    }

    /** Step 1: the delta's entries into slots, a new delta for additions, published. Under the write lock. */
    private Frozen freeze() {
        Snapshot current = state.snapshot();
        LockedIndex delta = current.newestDelta();
        // Only writers, who hold the lock we hold, change the delta: its size stays put.
        long[] ids = new long[delta.size()];
        PdqHash[] hashes = new PdqHash[ids.length];
        int[] next = {0};
        delta.forEachEntry((id, hash) -> {
            ids[next[0]] = id;
            hashes[next[0]++] = hash;
        });
        int[] placed = state.store.place(ids, hashes);
        // Slots dead from now on may be in the tables built below; those dead before are in none of them.
        state.store.rebuildStarting();
        Slots slots = state.store.view();
        state.publish(new Snapshot(current.layout, current.tables, slots, Snapshot.bitsOf(placed, slots.count),
                new LockedIndex[] {delta, state.newDelta(current.layout)}));
        return new Frozen(current.layout, slots, current.tables == null);
    }

    /** Step 2, table by table, each published as soon as it is built, so the table it replaces can go. */
    private SubstringTable[] rebuildOneByOne(SubstringLayout layout, Slots slots) {
        for (int i = 0; i < layout.count(); i++) {
            if (layout.radius(i) >= 0) {
                SubstringTable table = SubstringTable.build(layout, i, slots, slots.liveBits());
                synchronized (state) {
                    state.publish(state.snapshot().withTable(i, table));
                }
            }
        }
        return state.snapshot().tables;
    }

    private synchronized ExecutorService background() {
        if (background == null) {
            background = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "pdq-index-rebuild");
                thread.setDaemon(true);
                return thread;
            });
        }
        return background;
    }

    /** Stops the background thread, if one was started; later rebuilds start a new one. */
    @Override
    public synchronized void close() {
        if (background != null) {
            background.shutdown();
            background = null;
        }
    }
}
