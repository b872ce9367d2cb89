package org.recourse.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 17 server (embedded binaries from Maven) for the whole test run, started on first use and
 * stopped when the JVM ends. Each caller gets a fresh database of its own.
 */
public final class Postgres {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private Postgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return server;
    }

    /** Settings that point a portal at this database. */
    public static java.util.Map<String, String> settings(TestDatabase database) {
        return java.util.Map.of("recourse.db.url", database.url(), "recourse.db.user", database.user(),
                "recourse.db.password", database.password());
    }

    /** A new, empty database owned by a new role; the portal's Flyway migrations create the schema. */
    public static TestDatabase newDatabase(String purpose) {
        String name = purpose.toLowerCase().replaceAll("[^a-z0-9]", "") + "_" + DATABASES.incrementAndGet();
        try (Connection admin = server().getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("create role " + name + " login password '" + name + "'");
            sql.execute("create database " + name + " owner " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return new TestDatabase("jdbc:postgresql://localhost:" + server().getPort() + "/" + name, name, name);
    }

    public static int port() {
        return server().getPort();
    }
}
