package org.recourse.matching.hash;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Function;

/**
 * Pre-resizing {@link PdqHasher}s kept between uploads, so that screening a picture does not allocate the hasher's 2 MB
 * of work buffers each time. At most one per processor is kept: a request thread borrows one (or makes one when all
 * are out) and gives it back; a burst beyond that makes short-lived hashers instead of growing the pool, so the memory
 * held stays bounded whatever the number of request threads.
 */
final class HasherPool {

    private static final ArrayBlockingQueue<PdqHasher> IDLE =
            new ArrayBlockingQueue<>(Math.max(1, Runtime.getRuntime().availableProcessors()));

    private HasherPool() {
    }

    /** {@code work} applied to a pre-resizing hasher no other thread uses meanwhile. */
    static <T> T withPreResize(Function<PdqHasher, T> work) {
        PdqHasher hasher = IDLE.poll();
        if (hasher == null) {
            hasher = PdqHasher.withPreResize();
        }
        try {
            return work.apply(hasher);
        } finally {
            IDLE.offer(hasher);
        }
    }
}
