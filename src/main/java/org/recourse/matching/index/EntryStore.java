package org.recourse.matching.index;

import java.util.Arrays;
import org.recourse.matching.hash.PdqHash;

/**
 * The entries of an index in dense primitive arrays: four longs of hash and one long of id per slot, 40 bytes an entry
 * plus the id table. Removal moves the last entry into the freed slot, so slots {@code 0..size-1} are always in use
 * and a scan needs no liveness check. Not thread-safe: the index around it locks.
 */
final class EntryStore implements IdTable.SlotIds {

    private static final int WORDS = 4;

    private long[] hashes;
    private long[] ids;
    private int size;
    private final IdTable slotsById;

    EntryStore(int expectedSize) {
        int capacity = Math.max(16, expectedSize);
        hashes = new long[WORDS * capacity];
        ids = new long[capacity];
        slotsById = new IdTable(capacity);
    }

    int size() {
        return size;
    }

    /** The slot of {@code id}, or -1. */
    int slotOf(long id) {
        return slotsById.find(id, this);
    }

    @Override
    public long id(int slot) {
        return ids[slot];
    }

    long word(int slot, int n) {
        return hashes[WORDS * slot + n];
    }

    /** Appends an entry and returns its slot; the caller has checked that the id is new. */
    int append(long id, PdqHash hash) {
        if (size == ids.length) {
            grow();
        }
        int slot = size++;
        for (int n = 0; n < WORDS; n++) {
            hashes[WORDS * slot + n] = hash.word(n);
        }
        ids[slot] = id;
        slotsById.insert(id, slot, this);
        return slot;
    }

    /** Removes the entry in {@code slot} by moving the last entry into it; returns the slot that entry came from. */
    int removeSlot(int slot) {
        int last = size - 1;
        slotsById.delete(ids[slot], this);
        if (slot != last) {
            System.arraycopy(hashes, WORDS * last, hashes, WORDS * slot, WORDS);
            ids[slot] = ids[last];
            slotsById.update(ids[slot], slot, this);
        }
        size--;
        return last;
    }

    /** Hamming distance from the entry in {@code slot} to the query's words. */
    int distance(int slot, long q0, long q1, long q2, long q3) {
        int at = WORDS * slot;
        return Long.bitCount(hashes[at] ^ q0) + Long.bitCount(hashes[at + 1] ^ q1)
                + Long.bitCount(hashes[at + 2] ^ q2) + Long.bitCount(hashes[at + 3] ^ q3);
    }

    /**
     * The distance if it is at most {@code limit}, else some number above {@code limit}. A random candidate already
     * differs in more than 31 bits over the first two words, so its last two words (often on another cache line,
     * since a 32-byte entry straddles two lines every other slot) are not read at all.
     */
    int distanceUpTo(int slot, long q0, long q1, long q2, long q3, int limit) {
        int at = WORDS * slot;
        int half = Long.bitCount(hashes[at] ^ q0) + Long.bitCount(hashes[at + 1] ^ q1);
        if (half > limit) {
            return half;
        }
        return half + Long.bitCount(hashes[at + 2] ^ q2) + Long.bitCount(hashes[at + 3] ^ q3);
    }

    /** The array itself, for the brute-force scan's tight loop. */
    long[] hashWords() {
        return hashes;
    }

    private void grow() {
        int capacity = ids.length + (ids.length >> 1);
        hashes = Arrays.copyOf(hashes, WORDS * capacity);
        ids = Arrays.copyOf(ids, capacity);
    }
}
