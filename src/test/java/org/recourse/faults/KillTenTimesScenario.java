package org.recourse.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.testing.Http;
import org.recourse.testing.PayaraProcess;
import org.recourse.testing.Poll;

/**
 * Issue 18 §1, "kill -9, ten times": the packaged portal on its own PostgreSQL under the mixed load, killed with
 * SIGKILL at ten random moments (seeded: {@code -Dfaults.seed=N} repeats a run; the seed is printed) and started
 * again each time. After each kill, straight in the database: every acknowledged report stored, its hosted items
 * hidden, nothing hidden without an open case, no half-written case, every report's mail and every visibility change's
 * webhook queued. After each restart: hidden items answer 451, the sweep job takes up a sweep queued while no portal
 * ran, and the screening index is rebuilt with a bank entry added while no portal ran. At the end the outboxes drain:
 * nothing lost, duplicates only within one claimed batch per kill, webhooks in order per item.
 *
 * <p>Run with {@code mvn -B verify -Pfaults -Dit.test=KillTenTimesScenario} (about ten minutes on two cores).
 */
@DisplayName("Faults: kill -9 ten times under load")
class KillTenTimesScenario {

    private static final int KILLS = Integer.getInteger("faults.kills", 10);
    private static final int CLIENTS = 8;
    private static final double PER_CLIENT_PER_SECOND = 10;
    private static final Duration DRAIN = Duration.ofSeconds(120);

    @Test
    @DisplayName("after each of ten kills nothing acknowledged is lost, nothing is hidden without a case, the outboxes "
            + "and the sweep and index jobs resume")
    void killTenTimes() throws Exception {
        long seed = Long.getLong("faults.seed", System.currentTimeMillis());
        System.out.println("Faults, kill-ten-times: seed " + seed + " (repeat with -Dfaults.seed=" + seed + ")");
        Random moments = new Random(seed);
        List<Duration> recoveries = new ArrayList<>();
        int inFlightAtKills = 0;
        try (FaultBench bench = FaultBench.open("kill-ten-times")) {
            Consistency consistency = bench.consistency();
            PayaraProcess portal = bench.startPortal("life-0");
            MixedLoad load = new MixedLoad(portal.base(), CLIENTS, PER_CLIENT_PER_SECOND, bench.key(), seed)
                    .start(Duration.ofMinutes(60));
            try {
                for (int kill = 1; kill <= KILLS; kill++) {
                    // Act: a random moment within the load, at least a few reports after the start
                    load.phase("up");
                    int before = load.acknowledged().size();
                    assertThat(load.awaitAcknowledged(before + 20, Duration.ofSeconds(60))).as("load after start")
                            .isTrue();
                    Thread.sleep(500 + moments.nextInt(8_000));
                    load.phase("down");
                    inFlightAtKills += load.inFlight();
                    Instant killedAt = Instant.now();
                    portal.kill();
                    portal.close();

                    // Assert, the portal dead: what it acknowledged is stored, nothing is half-done
                    List<String> acknowledged = load.acknowledgedReferences();
                    assertThat(consistency.lost(acknowledged)).as("lost after kill %d", kill).isEmpty();
                    assertThat(consistency.hostedItemsNamedBy(acknowledged)).doesNotContainValue("VISIBLE");
                    assertThat(consistency.invariants()).as("after kill %d", kill).isEmpty();
                    String pdq = queueWorkWhileDown(bench, moments);

                    // Act: start again
                    portal = bench.startPortal("life-" + kill);
                    load.target(portal.base());
                    load.phase("restarted");
                    Poll.until(Duration.ofSeconds(30), () -> load.firstSuccessAfter(killedAt).size(),
                            kinds -> kinds == MixedLoad.Kind.values().length, "every kind answered after restart");
                    recoveries.add(Duration.between(killedAt, load.firstSuccessAfter(killedAt).values().stream()
                            .max(Instant::compareTo).orElseThrow()));

                    // Assert: hidden stays hidden; the sweep job and the screening index resume
                    Http http = new Http(portal.base());
                    consistency.hostedItemsNamedBy(acknowledged).keySet().forEach(contentId -> assertThat(
                            http.get("/media/" + contentId).statusCode()).as("/media/%s", contentId).isEqualTo(451));
                    Poll.until(Duration.ofSeconds(60), consistency::unfinishedSweeps, List::isEmpty,
                            "the sweep queued while down, finished after restart");
                    String verdict = Http.json(http.postJson("/api/v1/screen", "{\"pdq\":\"" + pdq + "\"}",
                            "Authorization", "Bearer " + bench.key().value())).getString("verdict");
                    assertThat(verdict).as("a bank entry added while down matches after restart").isEqualTo("BLOCK");
                }
                load.phase("end");
                load.stopAndJoin(Duration.ofSeconds(30));

                // Assert: the whole run
                List<String> acknowledged = load.acknowledgedReferences();
                assertThat(load.errors()).isEmpty();
                assertThat(acknowledged).doesNotHaveDuplicates();
                for (String phase : List.of("up", "restarted", "end")) {
                    assertThat(load.statuses(phase).keySet()).as("answers while up (%s); %s", phase, load.samples())
                            .allMatch(status -> status == 200 || status == 201 || status == 0);
                }
                assertThat(load.statuses("down").keySet()).as("while down: refused connections only; %s",
                        load.samples()).allMatch(status -> status == 0 || status == 200 || status == 201);
                assertThat(consistency.lost(acknowledged)).isEmpty();
                assertThat(consistency.invariants()).isEmpty();
                Poll.until(DRAIN, () -> consistency.unsent(bench.endpointId()), List::isEmpty, "every outbox row sent");
                Consistency.Delivery mail = consistency.mail(bench.mail(), load.acknowledged());
                Consistency.Delivery webhooks = consistency.webhooks(bench.platform(), bench.endpointId());
                assertThat(mail.lost()).isEmpty();
                assertThat(webhooks.lost()).isEmpty();
                assertThat(webhooks.outOfOrder()).isEmpty();
                assertThat(mail.duplicates() + webhooks.duplicates()).isLessThanOrEqualTo(
                        Outboxes.allowedDuplicates(KILLS));
                Duration longest = recoveries.stream().max(Duration::compareTo).orElseThrow();
                new Figures("kill-ten-times", seed, load.requests(), acknowledged.size(), consistency.lost(acknowledged)
                        .size() + mail.lost().size() + webhooks.lost().size(), mail.duplicates() + webhooks.duplicates(),
                        longest, KILLS + " kills, " + inFlightAtKills + " requests in flight at them; kill to first "
                        + "answer of every kind (includes the portal's start) " + seconds(recoveries) + "; mail "
                        + mail + "; webhooks " + webhooks + "; answers " + load.byPhase()).write();
            } finally {
                portal.close();
            }
        }
    }

    /**
     * While no portal runs: a sweep of every bank queued (as a supervisor's would be), and a PDQ bank entry added
     * with its change row (as an import would). Returns the entry's hash.
     */
    private static String queueWorkWhileDown(FaultBench bench, Random random) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        String pdq = HexFormat.of().formatHex(hash);
        bench.execute("""
                insert into bank_entry (bank_id, hash_type, hash_value, source, added_at, added_by)
                select id, 'PDQ', ?, 'faults', ?, 'faults' from hash_bank where purpose = 'CHILD_SEXUAL_IMAGERY'""",
                pdq, now);
        long entry = bench.database().count("select max(id) from bank_entry");
        bench.execute("""
                insert into screening_change (operation, source, source_id, hash_value, changed_at)
                values ('ADD', 'BANK', ?, ?, ?)""", entry, pdq, now);
        bench.execute("""
                insert into sweep_run (trigger_kind, bank_id, first_entry_id, last_entry_id, position, total, checked,
                    matched, cases_opened, status, requested_by, requested_at)
                values ('ON_DEMAND', null, 1, ?, 0, ?, 0, 0, 0, 'QUEUED', 'faults', ?)""",
                entry, bench.database().count("select count(*) from bank_entry"), now);
        return pdq;
    }

    private static String seconds(List<Duration> durations) {
        return durations.stream().map(d -> String.format(java.util.Locale.ROOT, "%.1f", d.toMillis() / 1000.0))
                .toList() + " s";
    }
}
