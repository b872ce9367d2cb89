package org.recourse.matching.hash;

/** Work buffers that grow to the largest picture seen and are then reused, so hashing allocates nothing big per call. */
final class Buffers {

    private Buffers() {
    }

    static float[] atLeast(float[] buffer, int length) {
        return buffer.length >= length ? buffer : new float[length];
    }
}
