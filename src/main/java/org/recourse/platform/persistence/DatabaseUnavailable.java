package org.recourse.platform.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

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

    /** Hibernate's and the pool's own kinds, by name: the platform package does not compile against either. */
    private static final Set<String> KINDS = Set.of("org.hibernate.exception.JDBCConnectionException",
            "jakarta.resource.ResourceException", "jakarta.resource.spi.ResourceAllocationException",
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "com.sun.enterprise.resource.pool.PoolingException");

    /** The pool's own words when it cannot create or find a connection (it wraps the cause in a plain SQLException). */
    private static final String POOL_REFUSAL = "Error in allocating a connection";

    private DatabaseUnavailable() {
    }

    /** True if anything in the chain of causes says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = next(cause)) {
            if (isConnectionFailure(cause)) {
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
