package org.recourse.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

@DisplayName("DatabaseUnavailable: a database out of reach, however deep the container wrapped it")
class DatabaseUnavailableTest {

    static Stream<Arguments> unreachable() {
        PSQLException refused = new PSQLException("Connection to localhost:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));
        SQLException shutDown = new SQLException("FATAL: terminating connection due to administrator command",
                "57P01");
        SQLException poolEmpty = new SQLException("Error in allocating a connection. Cause: Connection could not be "
                + "allocated because: Connection to localhost:5432 refused.");
        return Stream.of(
                Arguments.of("PostgreSQL refusing the connection, through JPA and the EJB container",
                        new EJBException(new PersistenceException(new JDBCConnectionException("could not connect",
                                refused)))),
                Arguments.of("the server shutting down under an open session (57P01), at commit",
                        new TransactionalException("commit failed", new RollbackException("rolled back") {
                            {
                                initCause(new PersistenceException(shutDown));
                            }
                        })),
                Arguments.of("the pool unable to hand out a connection", new PersistenceException(poolEmpty)),
                Arguments.of("a broken connection (SQLSTATE 08006) chained, not caused",
                        chained(new SQLException("batch failed", "40001"), new SQLException("I/O error", "08006"))),
                Arguments.of("a transient connection failure", new SQLTransientConnectionException("timed out")),
                Arguments.of("too many connections (53300)", new IllegalStateException(new SQLException("too many",
                        "53300"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreachable")
    @DisplayName("answers 503, not 500, when the database could not be reached")
    void unreachable(String what, Throwable failure) {
        // Act
        boolean unavailable = DatabaseUnavailable.causedBy(failure);

        // Assert
        assertThat(unavailable).as(what).isTrue();
    }

    static Stream<Arguments> otherFailures() {
        return Stream.of(
                Arguments.of("a unique key broken (23505)", new PersistenceException(new ConstraintViolationException(
                        "duplicate", new SQLException("duplicate key", "23505"), "report_reference"))),
                Arguments.of("a missing table (42P01)", new EJBException(new SQLException("no table", "42P01"))),
                Arguments.of("a bug", new NullPointerException("boom")),
                Arguments.of("a state error without a cause", new IllegalStateException("wrong")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherFailures")
    @DisplayName("leaves every other failure a 500: a bug must not hide as 'try again'")
    void otherFailures(String what, Throwable failure) {
        assertThat(DatabaseUnavailable.causedBy(failure)).as(what).isFalse();
    }

    @Test
    @DisplayName("ends on a cycle of causes")
    void endsOnCycle() {
        // Arrange
        SQLException first = new SQLException("first", "42000");
        SQLException second = new SQLException("second", "42000", first);
        first.initCause(second);

        // Act / Assert
        assertThat(DatabaseUnavailable.causedBy(first)).isFalse();
    }

    private static SQLException chained(SQLException head, SQLException next) {
        head.setNextException(next);
        return head;
    }
}
