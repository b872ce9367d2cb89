package org.recourse.platform.persistence;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * A transaction that looks for a row by a unique key and inserts it when there is none can race another doing the same
 * for the same key: both find nothing, and the second insert is refused by the unique constraint (SQL state 23505, in
 * PostgreSQL and H2). Nothing of the refused transaction was stored, and the other's row has committed, so running it
 * once more finds that row and answers as for a repeat (or a conflict): the caller sees the answer the rules give, not
 * a 500. Only for transactions whose look-up sees every row the constraint guards; used around a door's whole
 * transaction, never inside it.
 */
public final class InsertRaces {

    /** The SQL standard's unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** Attempts in all: the first and one more, which sees the other's committed row. */
    static final int ATTEMPTS = 2;

    private InsertRaces() {
    }

    /** Whether this failure is a unique constraint refusing an insert. */
    public static boolean causes(Throwable failure) {
        return DatabaseUnavailable.anyInChain(failure, cause -> cause instanceof SQLException sql
                && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }

    /** Runs a whole transaction, once more if a unique constraint refused its insert; anything else goes to the caller. */
    public static <T> T retry(Supplier<T> transaction) {
        return Deadlocks.retry(transaction, InsertRaces::causes, ATTEMPTS, "lost a race to insert the same unique key");
    }
}
