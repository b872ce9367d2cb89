package org.recourse.platform.ratelimit;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Where a slowed client's request waits out its delay: only so many may wait at once, and one more is turned away at
 * once rather than queued, so making requests wait cannot be used to tie up the server's threads. Thread-safe.
 */
public final class WaitingRoom {

    private final Semaphore places;

    public WaitingRoom(int places) {
        if (places < 1) {
            throw new IllegalArgumentException("A waiting room needs at least one place.");
        }
        this.places = new Semaphore(places);
    }

    /**
     * Holds the calling thread for the delay; false, at once, if every place is taken (or the wait is interrupted),
     * and the caller answers "try again later" instead.
     */
    public boolean waitOut(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return true;
        }
        if (!places.tryAcquire()) {
            return false;
        }
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            places.release();
        }
    }

    /** Takes every free place, as if that many were waiting; for tests of a full room. */
    public void fill() {
        places.drainPermits();
    }
}
