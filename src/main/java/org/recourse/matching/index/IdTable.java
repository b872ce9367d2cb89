package org.recourse.matching.index;

/**
 * Id to slot, by open addressing with linear probing over one {@code int[]}: a cell holds {@code slot + 1} (0 is
 * empty) and the id is read from the store that owns the slots, so the table costs about 6 bytes an entry and no
 * objects. Deletion shifts later cells of the run back, so look-ups never need tombstones.
 */
final class IdTable {

    /** Where the table reads the id stored in a slot. */
    interface SlotIds {
        long id(int slot);
    }

    private static final double MAX_LOAD = 0.7;

    private int[] cells;
    private int mask;
    private int count;

    IdTable(int expectedSize) {
        cells = new int[capacityFor(expectedSize)];
        mask = cells.length - 1;
    }

    private static int capacityFor(int entries) {
        int capacity = 16;
        while (capacity * MAX_LOAD < entries) {
            capacity <<= 1;
        }
        return capacity;
    }

    int count() {
        return count;
    }

    int find(long id, SlotIds ids) {
        for (int i = home(id); cells[i] != 0; i = (i + 1) & mask) {
            if (ids.id(cells[i] - 1) == id) {
                return cells[i] - 1;
            }
        }
        return -1;
    }

    void insert(long id, int slot, SlotIds ids) {
        if (count + 1 > cells.length * MAX_LOAD) {
            rehash(cells.length << 1, ids);
        }
        int i = home(id);
        while (cells[i] != 0) {
            i = (i + 1) & mask;
        }
        cells[i] = slot + 1;
        count++;
    }

    /** Points {@code id}, which is present, at a new slot. */
    void update(long id, int slot, SlotIds ids) {
        cells[position(id, ids)] = slot + 1;
    }

    /** Removes {@code id}, which is present, closing the gap so every later entry of the run stays reachable. */
    void delete(long id, SlotIds ids) {
        int gap = position(id, ids);
        for (int i = (gap + 1) & mask; cells[i] != 0; i = (i + 1) & mask) {
            int home = home(ids.id(cells[i] - 1));
            // The entry at i may move into the gap only if its home is not in the cyclic range (gap, i].
            if (((i - home) & mask) >= ((i - gap) & mask)) {
                cells[gap] = cells[i];
                gap = i;
            }
        }
        cells[gap] = 0;
        count--;
    }

    private int position(long id, SlotIds ids) {
        for (int i = home(id); cells[i] != 0; i = (i + 1) & mask) {
            if (ids.id(cells[i] - 1) == id) {
                return i;
            }
        }
        throw new IllegalStateException("Id " + id + " is not in the table.");
    }

    private void rehash(int capacity, SlotIds ids) {
        int[] old = cells;
        cells = new int[capacity];
        mask = capacity - 1;
        for (int cell : old) {
            if (cell != 0) {
                int i = home(ids.id(cell - 1));
                while (cells[i] != 0) {
                    i = (i + 1) & mask;
                }
                cells[i] = cell;
            }
        }
    }

    /** Ids are often sequential database keys: mix them (the 64-bit finaliser of MurmurHash3) before masking. */
    private int home(long id) {
        long h = id;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }
}
