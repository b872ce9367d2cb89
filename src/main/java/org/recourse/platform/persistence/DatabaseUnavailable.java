package org.recourse.platform.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, the network to it cut, the pool
 * unable to hand out a connection) from every other failure. Such a request did not happen: nothing it meant to store
 * was stored, so it is answered {@code 503} with {@code Retry-After} (the REST API by
 * {@code platform.rest.ProblemMappers}, pages by {@code platform.web.FailureServlet}), never a {@code 500} that reads
 * like a bug, and never a confirmation.
 *
 * <p>The cause is searched through the whole chain, since the container wraps it several times over (an EJB or
 * {@code TransactionalException}, a JPA {@code PersistenceException}, Hibernate's {@code JDBCConnectionException}, a
 * {@code RollbackException} at commit, Payara's pool's {@code ResourceException}).
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait: a restarting PostgreSQL is usually back within this. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * Hibernate's, the pool's and the transaction manager's own kinds, by name (the platform package compiles against
     * none of them). A {@code SystemException} or {@code XAException} says the transaction manager lost its resource
     * while committing or rolling back, and the database is the portal's one resource; the container throws them
     * without the driver's cause (seen with PostgreSQL stopped under load: a rollback on a closed connection).
     */
    private static final Set<String> KINDS = Set.of("org.hibernate.exception.JDBCConnectionException",
            "jakarta.transaction.SystemException", "javax.transaction.xa.XAException",
            "jakarta.resource.ResourceException", "jakarta.resource.spi.ResourceAllocationException",
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "com.sun.enterprise.resource.pool.PoolingException");

    /** The pool's own words when it cannot create or find a connection (it wraps the cause in a plain SQLException). */
    private static final String POOL_REFUSAL = "Error in allocating a connection";

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final AtomicLong LAST_LOGGED = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);
    private static final AtomicLong UNLOGGED = new AtomicLong();

    private DatabaseUnavailable() {
    }

    /**
     * Logs one line for a request answered 503, at most one every ten seconds with the count of those not logged, so
     * that an outage under load reads as an outage and not as thousands of lines.
     */
    public static void answered(String where, Throwable failure) {
        long now = System.nanoTime();
        long last = LAST_LOGGED.get();
        if (now - last < LOG_EVERY_NANOS || !LAST_LOGGED.compareAndSet(last, now)) {
            UNLOGGED.incrementAndGet();
            return;
        }
        long more = UNLOGGED.getAndSet(0);
        LOG.warning(() -> "The database could not be reached; " + where + " answered 503 with Retry-After ("
                + failure.getClass().getSimpleName() + (more > 0 ? "; " + more + " more since the last line" : "")
                + ")");
    }

    /** True if anything in the chain of causes says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        return anyInChain(failure, DatabaseUnavailable::isConnectionFailure);
    }

    /** Whether the failure or anything it chains (causes, and a driver's next exceptions) passes the test; cycle-safe. */
    static boolean anyInChain(Throwable failure, java.util.function.Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = next(cause)) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The cause, or for an SQLException without one, the next exception it chains (drivers use either). */
    private static Throwable next(Throwable cause) {
        if (cause.getCause() == null && cause instanceof SQLException sql) {
            return sql.getNextException();
        }
        return cause.getCause();
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException) {
            return true;
        }
        for (Class<?> kind = cause.getClass(); kind != null; kind = kind.getSuperclass()) {
            if (KINDS.contains(kind.getName())) {
                return true;
            }
        }
        if (cause instanceof SQLException sql) {
            return isConnectionState(sql.getSQLState())
                    || (sql.getMessage() != null && sql.getMessage().contains(POOL_REFUSAL));
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception: refused, broken, failed), 57P01-57P03 (the server shutting down,
     * crashed, or still starting) and 53300 (too many connections).
     */
    static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("53300"));
    }
}
