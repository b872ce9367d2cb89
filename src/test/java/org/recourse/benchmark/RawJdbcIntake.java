package org.recourse.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.recourse.testing.TestDatabase;

/**
 * The floor under intake: the same report filed with plain JDBC, one transaction per report, the statements the
 * service needs for a fresh case on one hosted item (see V1__content_cases_reports.sql): find and lock the item, look
 * for an open case holding it, open a case, add the case item, hide the item, store the report and name the item.
 */
final class RawJdbcIntake {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final String LOCK_ITEM = """
            select id, url, version from content_item where platform_content_id = ? for update""";
    private static final String OPEN_ITEMS = """
            select i.id, i.case_id from case_item i join case_file c on c.id = i.case_id
            where i.content_id = ? and c.status <> 'CLOSED' order by c.queue_due_at""";
    private static final String OPEN_CASE = """
            insert into case_file (version, status, category, self_reported, report_count, opened_at, review_due_at,
                                   queue_due_at, status_changed_at, status_changed_by)
            values (0, 'OPEN', 'OTHER_HARMFUL', false, 1, ?, ?, ?, ?, 'reporter')""";
    private static final String ADD_ITEM = """
            insert into case_item (case_id, content_id, location, kind, status, added_at)
            values (?, ?, ?, 'HOSTED', 'PENDING_REVIEW', ?)""";
    private static final String HIDE_ITEM = """
            update content_item set visibility = 'HIDDEN_PENDING_REVIEW', visibility_since = ?, version = version + 1
            where id = ? and version = ?""";
    private static final String STORE_REPORT = """
            insert into report (reference, case_id, category, self_report, details, contact_email, contact_language,
                                received_at)
            values (?, ?, 'OTHER_HARMFUL', false, null, null, null, ?)""";
    private static final String NAME_ITEM = "insert into report_item (report_id, case_item_id) values (?, ?)";

    /** What the JDBC threads achieved. */
    record Result(int threads, long reports, long failed, Duration elapsed) {
        double perSecond() {
            return reports / (elapsed.toNanos() / 1e9);
        }
    }

    private final TestDatabase database;

    RawJdbcIntake(TestDatabase database) {
        this.database = database;
    }

    /** Files one report per item number the supplier hands out (negative: none left), until time runs out. */
    Result run(int threads, Duration duration, String itemPrefix, LongSupplier items) throws InterruptedException {
        AtomicLong reports = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                try (Connection connection = database.connect()) {
                    connection.setAutoCommit(false);
                    long item;
                    while (System.nanoTime() < end && (item = items.getAsLong()) >= 0) {
                        try {
                            fileReport(connection, itemPrefix + item);
                            connection.commit();
                            reports.incrementAndGet();
                        } catch (SQLException e) {
                            connection.rollback();
                            failed.incrementAndGet();
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        return new Result(threads, reports.get(), failed.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static void fileReport(Connection connection, String platformContentId) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long contentId;
        String url;
        long version;
        try (PreparedStatement lock = connection.prepareStatement(LOCK_ITEM)) {
            lock.setString(1, platformContentId);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No content item " + platformContentId);
                }
                contentId = rs.getLong(1);
                url = rs.getString(2);
                version = rs.getLong(3);
            }
        }
        try (PreparedStatement open = connection.prepareStatement(OPEN_ITEMS)) {
            open.setLong(1, contentId);
            try (ResultSet rs = open.executeQuery()) {
                if (rs.next()) {
                    throw new SQLException(platformContentId + " is already on an open case");
                }
            }
        }
        long caseId = insert(connection, OPEN_CASE, now, now.plusHours(24), now.plusHours(24), now);
        long caseItemId = insert(connection, ADD_ITEM, caseId, contentId, url, now);
        try (PreparedStatement hide = connection.prepareStatement(HIDE_ITEM)) {
            hide.setObject(1, now);
            hide.setLong(2, contentId);
            hide.setLong(3, version);
            if (hide.executeUpdate() != 1) {
                throw new SQLException("Lost the update of " + platformContentId);
            }
        }
        long reportId = insert(connection, STORE_REPORT, reference(), caseId, now);
        try (PreparedStatement name = connection.prepareStatement(NAME_ITEM)) {
            name.setLong(1, reportId);
            name.setLong(2, caseItemId);
            name.executeUpdate();
        }
    }

    /** Runs an insert and returns the identity it generated. */
    private static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(i + 1, parameters[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Sixteen random symbols of the reference alphabet, as a reference is stored (the check symbol is not needed). */
    private static String reference() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] symbols = new char[16];
        for (int i = 0; i < symbols.length; i++) {
            symbols[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(symbols);
    }
}
