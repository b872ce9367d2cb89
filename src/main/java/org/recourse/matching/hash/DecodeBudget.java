package org.recourse.matching.hash;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The memory a node lets pictures take while they are decoded and hashed, all at once. A decode reserves what its
 * headers say it will need and gives it back when the hash is done; a picture that would need more than the whole
 * budget is refused, one that has to wait longer than a request should gets a "busy, try again". So any number of
 * uploads at once never hold more than the budget, whatever their size.
 */
public final class DecodeBudget {

    private static final long UNIT = 1024;

    private final long capacity;
    private final Semaphore kibibytes;

    /** A budget of this many bytes (at least 1 MiB). */
    public DecodeBudget(long bytes) {
        if (bytes < 1024 * UNIT || bytes / UNIT > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("A decode budget is between 1 MiB and 2 TiB, not " + bytes + " bytes.");
        }
        this.capacity = bytes / UNIT * UNIT;
        // Fair, so that a large picture waiting is not overtaken forever by a stream of small ones.
        this.kibibytes = new Semaphore((int) (bytes / UNIT), true);
    }

    /** Half of the largest heap this JVM may grow to: the rest stays for everything else the node does. */
    public static DecodeBudget halfOfHeap() {
        return new DecodeBudget(Runtime.getRuntime().maxMemory() / 2);
    }

    public long capacity() {
        return capacity;
    }

    /** Bytes not reserved right now. */
    public long available() {
        return kibibytes.availablePermits() * UNIT;
    }

    /**
     * Reserves memory for one decode, waiting at most {@code wait} for others to give some back.
     *
     * @throws IllegalArgumentException if {@code bytes} is more than the whole budget (check {@link #capacity()})
     * @throws DecoderBusyException if the memory was not free in time
     */
    public Reservation reserve(long bytes, Duration wait) {
        int permits = (int) Math.max(1, (bytes + UNIT - 1) / UNIT);
        if (bytes > capacity) {
            throw new IllegalArgumentException(bytes + " bytes is more than the whole budget of " + capacity + ".");
        }
        try {
            if (!kibibytes.tryAcquire(permits, wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new DecoderBusyException("No decoding memory was free within " + wait + ".", retryAfter(wait),
                        null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecoderBusyException("Interrupted while waiting for decoding memory.", retryAfter(wait), e);
        }
        return new Reservation(permits);
    }

    private static Duration retryAfter(Duration wait) {
        return wait.compareTo(Duration.ofSeconds(5)) > 0 ? wait : Duration.ofSeconds(5);
    }

    /** Memory held for one decode; closing it gives the memory back (once). */
    public final class Reservation implements AutoCloseable {

        private int permits;

        private Reservation(int permits) {
            this.permits = permits;
        }

        @Override
        public void close() {
            if (permits > 0) {
                kibibytes.release(permits);
                permits = 0;
            }
        }
    }
}
