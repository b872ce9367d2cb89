package org.recourse.benchmark;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The live heap (what survives a full collection), now or at its largest while a task runs. The peak is sampled: a
 * full collection every {@code everyMillis} while the task runs on another thread, so it is a lower bound of the true
 * peak, close to it when the task holds its memory for longer than the interval (as a rebuild holds each new table).
 * Each collection stops the task for a moment, which is why this is for a benchmark's set-up, never for its timing.
 */
final class LiveHeap {

    private LiveHeap() {
    }

    /** Bytes in use after two full collections. */
    static long now() {
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Runs {@code task} on another thread and returns the largest live heap seen meanwhile, in bytes. */
    static long peakDuring(Runnable task, long everyMillis) throws InterruptedException {
        CompletableFuture<Void> running = CompletableFuture.runAsync(task);
        long peak = 0;
        while (!running.isDone()) {
            peak = Math.max(peak, now());
            TimeUnit.MILLISECONDS.sleep(everyMillis);
        }
        running.join();
        return Math.max(peak, now());
    }
}
