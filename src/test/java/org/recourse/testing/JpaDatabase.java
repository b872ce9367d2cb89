package org.recourse.testing;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.recourse.cases.Case;

/**
 * A real database with the portal's schema (its own Flyway migrations) and Hibernate over it, outside any container:
 * for service tests of queries and row locks that must hold on H2 and on PostgreSQL alike, in a second rather than a
 * Payara boot. Transactions are resource-local; {@link #inTransaction} stands in for {@code @Transactional}.
 */
public final class JpaDatabase {

    private static JpaDatabase h2;
    private static JpaDatabase postgres;

    private final String name;
    private final TestDatabase database;
    private final SessionFactory factory;

    /** The secrets key of every JPA test: fixed, so that what one test seals another can open. */
    public static final String SECRETS_KEY = "dGVzdHMtb25seS1zZWNyZXRzLWtleS0zMi1ieXRlcyE=";

    private JpaDatabase(String name, TestDatabase database) {
        org.recourse.platform.secrets.SecretSeal.install(org.recourse.platform.secrets.SecretSeal.ofBase64(SECRETS_KEY));
        this.name = name;
        this.database = database;
        Flyway.configure(JpaDatabase.class.getClassLoader())
                .dataSource(database.url(), database.user(), database.password())
                // As SchemaMigration does: the shared migrations, then those of this database (if any).
                .locations("classpath:db/migration", "classpath:db/vendor/{vendor}")
                .load()
                .migrate();
        Configuration configuration = new Configuration();
        entityClasses().forEach(configuration::addAnnotatedClass);
        configuration.setProperty("hibernate.connection.url", database.url());
        configuration.setProperty("hibernate.connection.username", database.user());
        configuration.setProperty("hibernate.connection.password", database.password());
        configuration.setProperty("hibernate.connection.pool_size", "8");
        configuration.setProperty("hibernate.hbm2ddl.auto", "none");
        configuration.setProperty("hibernate.jdbc.time_zone", "UTC");
        configuration.setProperty("hibernate.show_sql", "false");
        // The schema has no JSON column; without this Hibernate looks for a JSON-B implementation, which only the
        // container has.
        configuration.getProperties().put("hibernate.type.json_format_mapper", new NoJson());
        this.factory = configuration.buildSessionFactory();
    }

    /**
     * The in-memory H2 (in the portal's PostgreSQL mode) of this test run. Shared by every test class, since each
     * Hibernate start costs seconds: a test empties the tables it uses before it starts.
     */
    public static synchronized JpaDatabase h2() {
        if (h2 == null) {
            h2 = new JpaDatabase("H2", TestDatabase.h2("jdbc:h2:mem:jpa-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
        }
        return h2;
    }

    /** A database of its own on the shared embedded PostgreSQL 17, shared by every test class like {@link #h2()}. */
    public static synchronized JpaDatabase postgres() {
        if (postgres == null) {
            postgres = new JpaDatabase("PostgreSQL", Postgres.newDatabase("jpa"));
        }
        return postgres;
    }

    /**
     * Both databases the portal runs on, for a parameterised test ({@code @MethodSource(
     * "org.recourse.testing.JpaDatabase#both")}) and for cleaning up after one.
     */
    public static Stream<JpaDatabase> both() {
        return Stream.of(h2(), postgres());
    }

    public EntityManager entityManager() {
        return factory.createEntityManager();
    }

    public TestDatabase jdbc() {
        return database;
    }

    /**
     * Runs {@code work} on a thread of its own and returns once that thread is waiting for a lock that another
     * transaction holds, so a test can commit or roll back that transaction knowing the waiting path is taken (no
     * pause that only makes it likely). PostgreSQL shows the wait in {@code pg_stat_activity}; embedded H2 retries the
     * statement in the calling thread until its lock timeout (about 2 s here), and is seen doing so in that thread.
     *
     * @throws AssertionError if the work finishes, or has not blocked, within 10 seconds
     */
    public <T> CompletableFuture<T> startBlocked(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "blocked-" + name);
        worker.setDaemon(true);
        worker.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!isWaitingForLock(worker)) {
            if (result.isDone()) {
                throw new AssertionError("The work finished without waiting for a lock: " + result);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The work did not wait for a lock within 10 s");
            }
            // Poll every millisecond: a busy loop would take the core the worker (or H2's retry) needs.
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for the work to block", e);
            }
        }
        return result;
    }

    private boolean isWaitingForLock(Thread worker) {
        if (name.equals("PostgreSQL")) {
            return database.count("""
                    select count(*) from pg_stat_activity
                    where datname = current_database() and wait_event_type = 'Lock'""") > 0;
        }
        // Embedded H2 does not block on a row another transaction has not committed: it raises the conflict, rolls the
        // statement back and runs it again until its lock timeout. Seeing the thread inside that retry is the wait.
        List<StackTraceElement> stack = Arrays.asList(worker.getStackTrace());
        boolean inStatement = stack.stream().anyMatch(f -> f.getClassName().equals("org.h2.command.Command"));
        boolean retrying = stack.stream().anyMatch(f -> f.getClassName().equals("org.h2.message.DbException")
                || f.getMethodName().equals("checkUnique") || f.getMethodName().equals("rollbackTo")
                || f.getMethodName().equals("filterConcurrentUpdate"));
        return inStatement && retrying;
    }

    /**
     * Runs the work in one transaction of this entity manager and then clears it, as a container's
     * transaction-scoped persistence context would end: the next transaction reads afresh.
     */
    public static <T> T inTransaction(EntityManager em, Supplier<T> work) {
        EntityTransaction transaction = em.getTransaction();
        transaction.begin();
        try {
            T result = work.get();
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.clear();
        }
    }

    public static void inTransaction(EntityManager em, Runnable work) {
        inTransaction(em, () -> {
            work.run();
            return null;
        });
    }

    /** Every entity of the portal, found in its compiled classes, so a new one needs no list kept here. */
    private static List<Class<?>> entityClasses() {
        try {
            Path root = Path.of(Case.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                        .map(f -> root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
                                .replaceAll("\\.class$", ""))
                        .map(JpaDatabase::load)
                        .filter(type -> type.isAnnotationPresent(Entity.class))
                        .<Class<?>>map(type -> type)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, JpaDatabase.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Object.class;
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private static final class NoJson implements FormatMapper {

        @Override
        public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException("No JSON columns");
        }

        @Override
        public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException("No JSON columns");
        }
    }
}
