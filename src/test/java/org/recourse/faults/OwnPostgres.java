package org.recourse.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.recourse.testing.TestDatabase;

/**
 * A PostgreSQL server of the scenario's own (embedded binaries, as {@code testing.Postgres}), which the scenario may
 * stop and start again on the same port and data folder, as an operator restarting the database would: the shared
 * server of the other tests is never touched. Stopping is PostgreSQL's "fast" shutdown ({@code pg_ctl stop -m fast}):
 * open sessions are cut and their transactions rolled back.
 */
public final class OwnPostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private OwnPostgres(Path dataDirectory, int port, EmbeddedPostgres server) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.server = server;
    }

    /** A new server with a fresh data folder below target/faults/. */
    public static OwnPostgres start(String name) {
        try {
            Path dataDirectory = Path.of("target", "faults", "pgdata-" + name + "-" + ProcessHandle.current().pid())
                    .toAbsolutePath();
            deleteTree(dataDirectory);
            Files.createDirectories(dataDirectory.getParent());
            // Not "clean": a clean server deletes its data folder when it stops. A folder without postgresql.conf is
            // initialised (initdb) on start, so the fresh folder gets a new cluster all the same.
            EmbeddedPostgres server = builder(dataDirectory).setCleanDataDirectory(false).start();
            return new OwnPostgres(dataDirectory, server.getPort(), server);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dataDirectory) {
        // As a production server runs: the embedded default turns synchronous commit off, which would let a commit
        // acknowledged to the portal vanish in a crash of the database (not one of these faults, but no reason to allow).
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setRegisterShutdownHook(true)
                .setServerConfig("synchronous_commit", "on");
    }

    /** A new, empty database owned by a new role; the portal's Flyway migrations create the schema. */
    public TestDatabase newDatabase(String name) {
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("create role " + name + " login password '" + name + "'");
            sql.execute("create database " + name + " owner " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return new TestDatabase("jdbc:postgresql://localhost:" + port + "/" + name, name, name);
    }

    /** Stops the server ("fast": sessions cut, open transactions rolled back), keeping its data folder. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop", e);
        }
    }

    /** Starts the server again on the same port and data folder. */
    public synchronized void startAgain() {
        if (server != null) {
            return;
        }
        try {
            server = builder(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start again", e);
        }
    }

    public int port() {
        return port;
    }

    /** Stops the server and deletes its data folder. */
    @Override
    public synchronized void close() {
        stop();
        deleteTree(dataDirectory);
    }

    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // Only disk space below target/ is lost; `mvn clean` removes it.
        }
    }
}
