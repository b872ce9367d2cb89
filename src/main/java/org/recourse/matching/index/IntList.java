package org.recourse.matching.index;

import java.util.Arrays;

/** A growable list of ints without boxing: candidate slots of a query, dead slots awaiting reuse. */
final class IntList {

    private int[] values;
    private int size;

    IntList(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1));
        }
        values[size++] = value;
    }

    void addAll(IntList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    void clear() {
        size = 0;
    }

    /** Keeps the values for which {@code keep} is true, in their order. */
    void retain(java.util.function.IntPredicate keep) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (keep.test(values[i])) {
                values[kept++] = values[i];
            }
        }
        size = kept;
    }

    void sort() {
        Arrays.sort(values, 0, size);
    }

    /** The backing array, valid up to {@link #size()}, for a tight loop. */
    int[] array() {
        return values;
    }

    /** Room for {@code more} values without growing, so a caller can write into {@link #array()} directly. */
    int[] reserve(int more) {
        if (size + more > values.length) {
            values = Arrays.copyOf(values, Math.max(size + more, size + (size >> 1)));
        }
        return values;
    }

    void setSize(int size) {
        this.size = size;
    }
}
