package org.recourse.matching.index;

import java.util.Arrays;
import org.recourse.matching.hash.PdqHash;

/**
 * The writer's side of the {@link Slots}: appends entries, kills removed ones, refills dead slots, and finds a slot by
 * id. Not thread-safe: {@link StaticMultiIndex} calls it under its write lock and publishes {@link #view()}s.
 *
 * <p>A slot never moves, so the tables that name it stay right. A dead slot is refilled only once every table has been
 * rebuilt without it (it is "reusable" after one whole rebuild has started since it died), and its chunk is copied
 * first, so that queries still reading an older view or an older table never see the new entry through the old one.
 */
final class SlotStore implements IdTable.SlotIds {

    /** At most this share of the chunks is copied to refill dead slots at one rebuild; the rest append. */
    private static final int COPIED_CHUNKS_DIVISOR = 32;

    private long[][] hashes;
    private long[][] ids;
    private long[][] live;
    private int count;
    private int liveCount;
    private final IdTable slotsById;
    /** Dead since the current rebuild began: some table may still name them. */
    private final IntList dying = new IntList(16);
    /** Dead and in no table: free to refill. */
    private final IntList reusable = new IntList(16);

    SlotStore(int expectedSize) {
        int chunks = Math.max(1, (expectedSize + Slots.CHUNK - 1) >>> Slots.CHUNK_BITS);
        hashes = new long[chunks][];
        ids = new long[chunks][];
        live = new long[chunks][];
        slotsById = new IdTable(expectedSize);
    }

    /** The store as it is now, for readers; valid until the store is written again, and safe to read after that. */
    Slots view() {
        return new Slots(hashes, ids, live, count);
    }

    int liveCount() {
        return liveCount;
    }

    /** The slot of the live entry {@code id}, or -1. */
    int slotOf(long id) {
        return slotsById.find(id, this);
    }

    @Override
    public long id(int slot) {
        return ids[slot >>> Slots.CHUNK_BITS][slot & Slots.CHUNK_MASK];
    }

    /** Appends an entry after the last slot; the caller has checked that the id is new. */
    int append(long id, PdqHash hash) {
        int slot = count;
        int chunk = slot >>> Slots.CHUNK_BITS;
        if (chunk == hashes.length) {
            growOuter();
        }
        if (hashes[chunk] == null) {
            hashes[chunk] = new long[Slots.CHUNK * Slots.WORDS];
            ids[chunk] = new long[Slots.CHUNK];
            live[chunk] = new long[Slots.CHUNK >>> 6];
        }
        count++;
        write(slot, id, hash);
        return slot;
    }

    /** Marks the live entry in {@code slot} dead and forgets its id. */
    void kill(int slot) {
        slotsById.delete(id(slot), this);
        live[slot >>> Slots.CHUNK_BITS][(slot & Slots.CHUNK_MASK) >>> 6] &= ~(1L << slot);
        liveCount--;
        dying.add(slot);
    }

    /**
     * Called when a rebuild begins, before its tables are built: slots that died before now will be in none of them,
     * so the next rebuild may refill them.
     */
    void rebuildStarting() {
        reusable.addAll(dying);
        dying.clear();
    }

    /**
     * Stores {@code hashes} under {@code entryIds}, refilling reusable slots in the chunks that have the most of them
     * (each copied once) and appending the rest. Returns the slots, in the order of the entries.
     */
    int[] place(long[] entryIds, PdqHash[] entryHashes) {
        int[] slots = new int[entryIds.length];
        IntList holes = holesToRefill(entryIds.length);
        for (int i = 0; i < entryIds.length; i++) {
            slots[i] = i < holes.size() ? refill(holes.get(i), entryIds[i], entryHashes[i])
                    : append(entryIds[i], entryHashes[i]);
        }
        return slots;
    }

    /** Up to {@code wanted} reusable slots from the chunks richest in them, within the copy budget; removed from reuse. */
    private IntList holesToRefill(int wanted) {
        IntList chosen = new IntList(16);
        if (reusable.size() == 0 || wanted == 0) {
            return chosen;
        }
        int[] perChunk = new int[hashes.length];
        for (int i = 0; i < reusable.size(); i++) {
            perChunk[reusable.get(i) >>> Slots.CHUNK_BITS]++;
        }
        boolean[] copy = new boolean[hashes.length];
        int budget = Math.max(2, ((count + Slots.CHUNK - 1) >>> Slots.CHUNK_BITS) / COPIED_CHUNKS_DIVISOR);
        for (int taken = 0, picked = 0; picked < budget && taken < wanted; picked++) {
            int richest = richest(perChunk, copy);
            if (richest < 0) {
                break;
            }
            copy[richest] = true;
            taken += perChunk[richest];
        }
        reusable.sort();
        reusable.retain(slot -> {
            if (copy[slot >>> Slots.CHUNK_BITS] && chosen.size() < wanted) {
                chosen.add(slot);
                return false;
            }
            return true;
        });
        copyChunks(copy);
        return chosen;
    }

    private static int richest(int[] perChunk, boolean[] taken) {
        int best = -1;
        for (int chunk = 0; chunk < perChunk.length; chunk++) {
            if (!taken[chunk] && perChunk[chunk] > 0 && (best < 0 || perChunk[chunk] > perChunk[best])) {
                best = chunk;
            }
        }
        return best;
    }

    /** New outer arrays with fresh copies of the marked chunks; published views keep the old ones. */
    private void copyChunks(boolean[] copy) {
        hashes = hashes.clone();
        ids = ids.clone();
        live = live.clone();
        for (int chunk = 0; chunk < copy.length; chunk++) {
            if (copy[chunk]) {
                hashes[chunk] = hashes[chunk].clone();
                ids[chunk] = ids[chunk].clone();
                live[chunk] = live[chunk].clone();
            }
        }
    }

    private int refill(int slot, long id, PdqHash hash) {
        write(slot, id, hash);
        return slot;
    }

    private void write(int slot, long id, PdqHash hash) {
        int chunk = slot >>> Slots.CHUNK_BITS;
        int at = Slots.wordAt(slot);
        for (int n = 0; n < Slots.WORDS; n++) {
            hashes[chunk][at + n] = hash.word(n);
        }
        ids[chunk][slot & Slots.CHUNK_MASK] = id;
        live[chunk][(slot & Slots.CHUNK_MASK) >>> 6] |= 1L << slot;
        liveCount++;
        slotsById.insert(id, slot, this);
    }

    /** A new outer array only: chunks already published stay where they are. */
    private void growOuter() {
        int capacity = hashes.length + Math.max(1, hashes.length >> 1);
        hashes = Arrays.copyOf(hashes, capacity);
        ids = Arrays.copyOf(ids, capacity);
        live = Arrays.copyOf(live, capacity);
    }
}
