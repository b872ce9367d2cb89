package org.recourse.benchmark;

import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.recourse.matching.index.RandomHashes;
import org.recourse.screening.banks.BankRepository;
import org.recourse.screening.banks.HashBanks;
import org.recourse.screening.sweep.SweepBatches;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.Wiring;

/**
 * The database side of a sweep on PostgreSQL 17 (embedded): 1,000,000 registered items, an imported bank of 100,000
 * SHA-256 entries (1% of them the SHA-256 of a registered item), swept as {@code Sweeps.step} does it, batch after
 * batch, each its own transaction: claim the sweep ({@code skip locked}), read the next 500 entries, find the items
 * with those digests (one indexed query, {@code CopyFinder}'s own), store the position and counts. Exact entries are
 * the database's worst case (a PDQ entry's search is in memory, {@link SweepBenchmark}); hiding what is found is left
 * out (it costs a report per source, in proportion to the copies). Not a test; run it by hand after
 * {@code mvn -q test-compile}:
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.recourse.benchmark.SweepDatabaseBenchmark
 * </pre>
 */
public final class SweepDatabaseBenchmark {

    private static final int ITEMS = Integer.getInteger("items", 1_000_000);
    private static final int BANK = Integer.getInteger("bank", 100_000);

    private SweepDatabaseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        JpaDatabase db = JpaDatabase.postgres();
        RandomHashes random = new RandomHashes(20_261_207L);
        long started = System.nanoTime();
        String[] digests = fill(db, random);
        System.out.printf(Locale.ROOT, "filled: %,d items, %,d entries in %.0f s%n", ITEMS, BANK,
                (System.nanoTime() - started) / 1e9);

        EntityManager em = db.entityManager();
        SweepBatches batches = SweepBatches.over(em, Wiring.set(new HashBanks(), "repository",
                Wiring.set(new BankRepository(), "em", em)));
        started = System.nanoTime();
        int indexed = inTransaction(em, batches::loadIndex);
        System.out.printf(Locale.ROOT, "content index loaded from the database: %,d items in %.1f s%n", indexed,
                (System.nanoTime() - started) / 1e9);
        inTransaction(em, () -> batches.startAll("benchmark", Instant.now()));
        started = System.nanoTime();
        int rounds = 0;
        long found = 0;
        while (true) {
            SweepBatches.Batch batch = inTransaction(em, () -> batches.next(Instant.now()));
            if (batch == null) {
                break;
            }
            rounds++;
            found += batch.found();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "swept %,d SHA-256 entries against %,d items in %d batches: %.1f s"
                + " (%.0f ms a batch), %,d copies found (%d expected)%n", BANK, ITEMS, rounds, seconds,
                seconds * 1000 / rounds, found, digests.length);
    }

    /** Registers the items and the bank's entries by plain JDBC batches; returns the digests that match an item. */
    private static String[] fill(JpaDatabase db, RandomHashes random) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String[] matching = new String[BANK / 100];
        try (Connection connection = db.jdbc().connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into content_item (platform_content_id, url, media_type, sha256, md5, pdq, visibility,
                        visibility_since, first_seen) values (?, ?, 'image/jpeg', ?, ?, ?, 'VISIBLE', ?, ?)""")) {
                for (int i = 0; i < ITEMS; i++) {
                    String sha = random.next().toHex();
                    if (i % (ITEMS / matching.length) == 0 && i / (ITEMS / matching.length) < matching.length) {
                        matching[i / (ITEMS / matching.length)] = sha;
                    }
                    insert.setString(1, "bench-" + i);
                    insert.setString(2, "https://platform.example/p/bench-" + i);
                    insert.setString(3, sha);
                    insert.setString(4, sha.substring(0, 32));
                    insert.setString(5, random.next().toHex());
                    insert.setObject(6, now);
                    insert.setObject(7, now);
                    insert.addBatch();
                    if (i % 5_000 == 4_999) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into bank_entry (bank_id, hash_type, hash_value, source, added_at, added_by)
                    values ((select id from hash_bank where purpose = 'IMPORTED'), 'SHA256', ?, 'benchmark', ?, 'test')""")) {
                for (int i = 0; i < BANK; i++) {
                    insert.setString(1, i % 100 == 0 ? matching[i / 100] : random.next().toHex());
                    insert.setObject(2, now);
                    insert.addBatch();
                    if (i % 5_000 == 4_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze");
            }
        }
        return List.of(matching).toArray(String[]::new);
    }
}
