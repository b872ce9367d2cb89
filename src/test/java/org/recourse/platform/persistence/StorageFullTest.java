package org.recourse.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which failures mean "the disk is full" (a 503 the client may retry) and which do not (an error of ours, or the
 * database being unreachable, which is another rule's). The failures are wrapped as JTA and JPA wrap them on the way
 * to a resource.
 */
@DisplayName("Storage full: recognised through every wrapper, and nothing else is")
class StorageFullTest {

    private static Throwable wrapped(Throwable cause) {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new PersistenceException("could not execute statement", cause));
        return new TransactionalException("transaction rolled back", rollback);
    }

    static Stream<Arguments> full() {
        return Stream.of(
                Arguments.of("H2's I/O error passing on ENOSPC (90028)",
                        DbException.get(ErrorCode.IO_EXCEPTION_1, new IOException("No space left on device"),
                                "recourse.mv.db").getSQLException()),
                Arguments.of("H2's file store passing on ENOSPC (90031)",
                        DbException.get(ErrorCode.IO_EXCEPTION_2, new IOException("No space left on device"),
                                "recourse.mv.db", "write").getSQLException()),
                Arguments.of("PostgreSQL's disk_full (53100)", new SQLException("could not write block", "53100")),
                Arguments.of("PostgreSQL could not extend a file", new SQLException(
                        "ERROR: could not extend file \"base/16384/2619\": wrote only 4096 of 8192 bytes", "XX000")),
                Arguments.of("a java.nio write", new UncheckedIOException(new FileSystemException("/data/vault/1.bin",
                        null, "No space left on device"))),
                Arguments.of("Windows' words", new IOException("There is not enough space on the disk")));
    }

    static Stream<Arguments> notFull() {
        return Stream.of(
                Arguments.of("the database unreachable", new SQLTransientConnectionException(
                        "Connection to localhost:5432 refused", "08001", new ConnectException("Connection refused"))),
                Arguments.of("a unique key", new SQLException("duplicate key value violates unique constraint", "23505")),
                Arguments.of("H2's database closed, with no cause given",
                        DbException.get(ErrorCode.DATABASE_IS_CLOSED).getSQLException()),
                Arguments.of("a bug of ours", new IllegalStateException((String) null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("full")
    @DisplayName("full: alone and wrapped by JPA and JTA")
    void full(String what, Throwable failure) {
        // Arrange
        Throwable throughTheStack = wrapped(failure);

        // Act / Assert
        assertThat(StorageFull.causes(failure)).isTrue();
        assertThat(StorageFull.causes(throughTheStack)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notFull")
    @DisplayName("not full: alone and wrapped")
    void notFull(String what, Throwable failure) {
        // Act / Assert
        assertThat(StorageFull.causes(failure)).isFalse();
        assertThat(StorageFull.causes(wrapped(failure))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("full")
    @DisplayName("found in a suppressed exception or in a chained SQL exception too")
    void suppressedAndChained(String what, Throwable failure) {
        // Arrange
        IllegalStateException closing = new IllegalStateException("rollback failed");
        closing.addSuppressed(failure);
        SQLException batch = new SQLException("batch entry 0 failed", "XX000");
        batch.setNextException(failure instanceof SQLException sql ? sql : new SQLException(failure.getMessage()));

        // Act / Assert
        assertThat(StorageFull.causes(closing)).isTrue();
        assertThat(StorageFull.causes(new PersistenceException(batch))).isTrue();
    }
}
