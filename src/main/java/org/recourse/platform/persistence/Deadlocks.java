package org.recourse.platform.persistence;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Two reports filed at the same moment can each hold a row the other needs (for instance the uploader's context row
 * that both create, and the audit chain's head): the database then rolls one of them back with a deadlock or a
 * serialization failure. Nothing of that transaction was stored, so doing it again is safe and, the other one having
 * committed, succeeds: the person reporting sees their receipt, not an error. Used around a public door's whole
 * transaction, never inside it.
 */
public final class Deadlocks {

    private static final Logger LOG = Logger.getLogger(Deadlocks.class.getName());

    /** PostgreSQL's deadlock_detected and serialization_failure; H2 answers 40001 for a deadlock. */
    private static final Set<String> STATES = Set.of("40P01", "40001");

    /** Attempts in all: the first and two more. */
    static final int ATTEMPTS = 3;

    private Deadlocks() {
    }

    /** Whether this failure is the database rolling a transaction back to break a deadlock (or a serialization conflict). */
    public static boolean causes(Throwable failure) {
        return DatabaseUnavailable.anyInChain(failure, cause -> cause instanceof SQLException sql
                && sql.getSQLState() != null && STATES.contains(sql.getSQLState()));
    }

    /**
     * Runs a whole transaction, again when the database broke a deadlock by rolling it back, up to {@link #ATTEMPTS}
     * times in all; any other failure, or the last attempt's, goes to the caller unchanged.
     */
    public static <T> T retry(Supplier<T> transaction) {
        return retry(transaction, Deadlocks::causes, ATTEMPTS, "was rolled back to break a deadlock");
    }

    /**
     * Runs a whole transaction up to {@code attempts} times while it fails with what {@code when} tells; any other
     * failure, or the last attempt's, goes to the caller unchanged. {@code what} completes "A transaction ..." in the log.
     */
    static <T> T retry(Supplier<T> transaction, Predicate<Throwable> when, int attempts, String what) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !when.test(e)) {
                    throw e;
                }
                int next = attempt + 1;
                LOG.info(() -> "A transaction " + what + "; attempt " + next + " of " + attempts);
            }
        }
    }
}
