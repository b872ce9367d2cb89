package org.recourse.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.testing.Http;
import org.recourse.testing.PayaraProcess;
import org.recourse.testing.Poll;

/**
 * Issue 18 §1, "PostgreSQL restarted mid-load": under the mixed load, the database is stopped ("fast": sessions
 * cut, open transactions rolled back) for ten seconds and started again on the same port and data, three times at
 * seeded random moments. Meanwhile every request gets a success (it committed before the stop) or a clean
 * {@code 503} with {@code Retry-After}, never a {@code 500} and never a broken connection; the report form shows
 * the translated "nothing was stored" page with 503; every kind of request succeeds again within five seconds of
 * the database; no acknowledged report is lost, no case is half-written, and the outboxes deliver everything.
 *
 * <p>Run with {@code mvn -B verify -Pfaults -Dit.test=PostgresRestartScenario} (about two minutes).
 */
@DisplayName("Faults: PostgreSQL restarted mid-load")
class PostgresRestartScenario {

    private static final int OUTAGES = Integer.getInteger("faults.outages", 3);
    private static final Duration DOWN = Duration.ofSeconds(10);
    private static final Duration BACK_WITHIN = Duration.ofSeconds(5);
    private static final int CLIENTS = 8;
    private static final double PER_CLIENT_PER_SECOND = 10;

    @Test
    @DisplayName("during each 10 s outage only clean 503s with Retry-After; back within 5 s; nothing lost or half-written")
    void restartTheDatabase() throws Exception {
        long seed = Long.getLong("faults.seed", System.currentTimeMillis());
        System.out.println("Faults, postgres-restart: seed " + seed + " (repeat with -Dfaults.seed=" + seed + ")");
        Random moments = new Random(seed);
        try (FaultBench bench = FaultBench.open("postgres-restart");
                PayaraProcess portal = bench.startPortal("only")) {
            Http http = new Http(portal.base());
            MixedLoad load = new MixedLoad(portal.base(), CLIENTS, PER_CLIENT_PER_SECOND, bench.key(), seed)
                    .start(Duration.ofMinutes(20));
            List<DatabaseOutage.Result> outages = new ArrayList<>();
            for (int i = 0; i < OUTAGES; i++) {
                // Act
                load.phase("steady");
                assertThat(load.awaitAcknowledged(load.acknowledged().size() + 50, Duration.ofSeconds(60))).isTrue();
                Thread.sleep(moments.nextInt(5_000));
                DatabaseOutage.Result outage = DatabaseOutage.run(bench, http, load, DOWN, Duration.ofSeconds(60));
                outages.add(outage);

                // Assert
                DatabaseOutage.assertClean(load, outage);
                assertThat(outage.recovery()).as("back after outage %d", i + 1).isLessThanOrEqualTo(BACK_WITHIN);
                assertThat(bench.consistency().invariants()).as("after outage %d", i + 1).isEmpty();
            }
            load.phase("end");
            Thread.sleep(3_000);
            load.stopAndJoin(Duration.ofSeconds(30));

            // Assert: the whole run
            Consistency consistency = bench.consistency();
            List<String> acknowledged = load.acknowledgedReferences();
            assertThat(load.errors()).isEmpty();
            assertThat(load.statuses("steady").keySet()).as("%s", load.samples()).containsOnly(200, 201);
            assertThat(consistency.lost(acknowledged)).isEmpty();
            assertThat(consistency.hostedItemsNamedBy(acknowledged)).doesNotContainValue("VISIBLE");
            Poll.until(Duration.ofSeconds(120), () -> consistency.unsent(bench.endpointId()), List::isEmpty,
                    "every outbox row sent");
            Consistency.Delivery mail = consistency.mail(bench.mail(), load.acknowledged());
            Consistency.Delivery webhooks = consistency.webhooks(bench.platform(), bench.endpointId());
            assertThat(mail.lost()).isEmpty();
            assertThat(webhooks.lost()).isEmpty();
            assertThat(webhooks.outOfOrder()).isEmpty();
            // No node died: a database outage fails an attempt before it is recorded, never after it was sent.
            assertThat(mail.duplicates() + webhooks.duplicates()).isLessThanOrEqualTo(Outboxes.allowedDuplicates(
                    OUTAGES));
            Duration longest = outages.stream().map(DatabaseOutage.Result::recovery).max(Duration::compareTo)
                    .orElseThrow();
            new Figures("postgres-restart", seed, load.requests(), acknowledged.size(),
                    consistency.lost(acknowledged).size() + mail.lost().size() + webhooks.lost().size(),
                    mail.duplicates() + webhooks.duplicates(), longest, OUTAGES + " outages of " + DOWN.toSeconds()
                    + " s; database start to every kind answered " + outages.stream().map(o -> o.recovery()
                    .toMillis() + " ms").toList() + "; answers while down " + outages.stream()
                    .map(DatabaseOutage.Result::answersWhileDown).toList() + "; mail " + mail + "; webhooks "
                    + webhooks).write();
        }
    }
}
