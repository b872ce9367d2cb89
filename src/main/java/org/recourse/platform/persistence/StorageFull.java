package org.recourse.platform.persistence;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Whether a failure means the disk under the database or a file the portal writes is full. Such a request is refused
 * with {@code 503} and {@code Retry-After} (nothing was stored: the transaction rolled back), never a {@code 500}; the
 * portal takes reports again on its own once space returns. Recognised anywhere in the chain of causes, since JTA,
 * Hibernate and the pool wrap what the driver says:
 * <ul>
 * <li>PostgreSQL's {@code disk_full} (SQL state 53100);</li>
 * <li>the operating system's own words for ENOSPC, "No space left on device" (Linux, macOS), which H2 2.x passes on
 * in its I/O errors (90028, 90031; it has no error code of its own for a full disk) and any {@code java.nio} write
 * in its exception, and "There is not enough space on the disk" (Windows);</li>
 * <li>PostgreSQL's "could not extend file" and "could not write", which it says when its disk fills mid-write.</li>
 * </ul>
 * Database-unreachable failures (connection refused) are another class's rule.
 */
public final class StorageFull {

    /** PostgreSQL's SQL state {@code disk_full}. */
    static final String POSTGRES_DISK_FULL = "53100";
    /** What a refused client is told to wait: long enough for an operator to be paged, short for a person. */
    public static final long RETRY_AFTER_SECONDS = 120;

    private static final String[] WORDS = {"no space left on device", "not enough space on the disk",
        "could not extend file"};
    private static final Logger LOG = Logger.getLogger(StorageFull.class.getName());
    /** At most one log line a minute, with the count refused since the last one: a full disk should not fill the log. */
    private static final Duration LOG_EVERY = Duration.ofMinutes(1);
    private static final AtomicReference<Instant> LAST_LOGGED = new AtomicReference<>(Instant.EPOCH);
    private static final AtomicLong REFUSED_SINCE = new AtomicLong();

    private StorageFull() {
    }

    /** Whether {@code failure}, or anything it wraps, says the storage is full. */
    public static boolean causes(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (says(cause)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (chainSays(suppressed)) {
                    return true;
                }
            }
            if (cause instanceof SQLException sql && chainSays(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean chainSays(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (says(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean says(Throwable cause) {
        if (cause instanceof SQLException sql && POSTGRES_DISK_FULL.equals(sql.getSQLState())) {
            return true;
        }
        String message = cause.getMessage();
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        for (String words : WORDS) {
            if (lower.contains(words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Logs a refusal for lack of space: a line naming the cause's kind and what to do, at most once a minute with the
     * number refused since (the request's data is never logged).
     */
    public static void logRefusal(String what, Throwable failure, Instant now) {
        logRefusal(what, rootKind(failure), now);
    }

    /** The same, with the cause in words (e.g. the reserve of free space not met). */
    public static void logRefusal(String what, String cause, Instant now) {
        long refused = REFUSED_SINCE.incrementAndGet();
        Instant last = LAST_LOGGED.get();
        if (now.isBefore(last.plus(LOG_EVERY)) || !LAST_LOGGED.compareAndSet(last, now)) {
            return;
        }
        REFUSED_SINCE.addAndGet(-refused);
        LOG.severe(() -> "Storage full: " + what + " refused with 503 (" + refused + " refused since the last such line; "
                + "cause: " + cause + "). Nothing of these requests was stored; free space under the data "
                + "folder or the database, and the portal takes them again by itself.");
    }

    private static String rootKind(Throwable failure) {
        Throwable root = failure;
        int depth = 0;
        while (root.getCause() != null && depth++ < 32) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
