package org.recourse.platform.jobs;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The guard of a job on an interval timer: a run still busy when the timer fires again is not joined by a second one
 * on the same node, and a run that fails (the database away for a moment, say) is logged and left to the next one.
 * Jobs commit as they go, so the next run resumes where this one stopped. Across nodes, each job keeps nodes apart in
 * the database (row claims or locks), not here.
 */
public final class OneRunAtATime {

    private final AtomicBoolean running = new AtomicBoolean();
    private final Logger log;
    private final Level level;
    private final String failure;

    /** @param failure what the log says when a run fails, e.g. "Sending webhooks failed; the next run tries again" */
    public OneRunAtATime(Logger log, String failure) {
        this(log, Level.WARNING, failure);
    }

    /** @param level how loudly a failed run is logged: below a warning where failing now and then is expected */
    public OneRunAtATime(Logger log, Level level, String failure) {
        this.log = log;
        this.level = level;
        this.failure = failure;
    }

    /** Runs {@code job} unless a run is already going; true if it ran to the end. */
    public boolean run(Runnable job) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        try {
            job.run();
            return true;
        } catch (RuntimeException e) {
            log.log(level, failure, e);
            return false;
        } finally {
            running.set(false);
        }
    }
}
