package org.recourse.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.testing.Http;
import org.recourse.testing.PayaraProcess;
import org.recourse.testing.Poll;

/**
 * Issue 18 §1, "Two nodes, one killed mid-load": two packaged portals on one PostgreSQL, each under its own mixed
 * load (a load balancer's two halves), both running every job. Node A is killed with SIGKILL mid-load. Node B keeps
 * serving: every answer it gives before, during and after is a success. Nothing acknowledged by either is lost; the
 * outboxes, claimed by both nodes, send every mail and webhook, each at most once more than once only within the
 * killed node's one claimed batch (at least once), webhooks in order per item; hidden content answers 451 through
 * node B and through node A started again.
 *
 * <p>Run with {@code mvn -B verify -Pfaults -Dit.test=TwoNodesKillScenario} (about four minutes on a quiet machine;
 * docs/reliability.md has the last figures). It runs in the faults profile only, never in {@code mvn verify}.
 */
@DisplayName("Faults: two nodes, one killed mid-load")
class TwoNodesKillScenario {

    private static final int CLIENTS_PER_NODE = 6;
    private static final double PER_CLIENT_PER_SECOND = 10;
    /** How long node B serves alone after the kill, at least. */
    private static final Duration ALONE = Duration.ofSeconds(60);

    @Test
    @DisplayName("the other node keeps serving; nothing lost, nothing sent twice beyond one claimed batch; hidden on both")
    void killOneOfTwo() throws Exception {
        long seed = Long.getLong("faults.seed", System.currentTimeMillis());
        try (FaultBench bench = FaultBench.open("two-nodes-kill")) {
            PayaraProcess a = bench.startPortal("a");
            PayaraProcess b = bench.startPortal("b");
            try {
                MixedLoad onA = new MixedLoad(a.base(), CLIENTS_PER_NODE, PER_CLIENT_PER_SECOND, bench.key(), seed)
                        .start(Duration.ofMinutes(10));
                MixedLoad onB = new MixedLoad(b.base(), CLIENTS_PER_NODE, PER_CLIENT_PER_SECOND, bench.key(),
                        seed + 1).start(Duration.ofMinutes(10));
                onA.phase("both");
                onB.phase("both");
                assertThat(onB.awaitAcknowledged(30, Duration.ofSeconds(90))).isTrue();
                assertThat(onA.awaitAcknowledged(30, Duration.ofSeconds(90))).isTrue();
                // A seeded moment 5 to 35 s later, so the kill falls anywhere in a job's cycle (outboxes every 2 s,
                // sweep slices of 30 s) and in the middle of requests
                Thread.sleep(5_000 + new java.util.Random(seed).nextInt(30_000));

                // Act: node A dies with requests in flight; B goes on alone for a while
                onA.phase("killed");
                onB.phase("alone");
                // Kill while a request is open on A if one comes within 5 s (a request takes a few milliseconds)
                Instant waitUntil = Instant.now().plusSeconds(5);
                while (onA.inFlight() == 0 && Instant.now().isBefore(waitUntil)) {
                    Thread.onSpinWait();
                }
                int inFlight = onA.inFlight();
                Instant killedAt = Instant.now();
                a.kill();
                a.close();
                onA.stopAndJoin(Duration.ofSeconds(30));
                int before = onB.acknowledged().size();
                assertThat(onB.awaitAcknowledged(before + 40, Duration.ofSeconds(90))).as("B after the kill").isTrue();
                Thread.sleep(Math.max(0, ALONE.minus(Duration.between(killedAt, Instant.now())).toMillis()));
                onB.phase("end");
                onB.stopAndJoin(Duration.ofSeconds(30));
                Duration aliveFor = Duration.between(killedAt, Instant.now());

                // Assert: B served every request; nothing acknowledged lost; hidden through B
                List<String> acknowledged = new ArrayList<>(onA.acknowledgedReferences());
                acknowledged.addAll(onB.acknowledgedReferences());
                Consistency consistency = bench.consistency();
                assertThat(onB.errors()).isEmpty();
                for (String phase : List.of("both", "alone", "end")) {
                    assertThat(onB.statuses(phase).keySet()).as("node B, %s: %s", phase, onB.samples())
                            .isSubsetOf(200, 201);
                }
                assertThat(consistency.lost(acknowledged)).isEmpty();
                assertThat(consistency.invariants()).isEmpty();
                Map<String, String> hidden = consistency.hostedItemsNamedBy(acknowledged);
                assertThat(hidden).doesNotContainValue("VISIBLE");
                Http throughB = new Http(b.base());
                hidden.keySet().forEach(id -> assertThat(throughB.get("/media/" + id).statusCode())
                        .as("/media/%s through B", id).isEqualTo(451));

                // Node A back: hidden through it too; the outboxes drain, each row once but for A's one claimed batch
                try (PayaraProcess again = bench.startPortal("a-again")) {
                    Http throughA = new Http(again.base());
                    hidden.keySet().forEach(id -> assertThat(throughA.get("/media/" + id).statusCode())
                            .as("/media/%s through A again", id).isEqualTo(451));
                    Poll.until(Duration.ofSeconds(120), () -> consistency.unsent(bench.endpointId()), List::isEmpty,
                            "every outbox row sent");
                }
                List<MixedLoad.Acknowledged> all = new ArrayList<>(onA.acknowledged());
                all.addAll(onB.acknowledged());
                Consistency.Delivery mail = consistency.mail(bench.mail(), all);
                Consistency.Delivery webhooks = consistency.webhooks(bench.platform(), bench.endpointId());
                assertThat(mail.lost()).isEmpty();
                assertThat(webhooks.lost()).isEmpty();
                assertThat(webhooks.outOfOrder()).isEmpty();
                assertThat(mail.duplicates() + webhooks.duplicates()).isLessThanOrEqualTo(Outboxes.allowedDuplicates(1));
                new Figures("two-nodes-kill", seed, onA.requests() + onB.requests(), acknowledged.size(),
                        consistency.lost(acknowledged).size() + mail.lost().size() + webhooks.lost().size(),
                        mail.duplicates() + webhooks.duplicates(), Duration.ZERO, "node A killed with " + inFlight
                        + " requests in flight; node B answered " + onB.statuses("alone") + " alone for "
                        + aliveFor.toSeconds() + " s (recovery 0: B never stopped); " + hidden.size()
                        + " hidden items 451 through B and through A restarted; mail " + mail + "; webhooks "
                        + webhooks).write();
            } finally {
                a.close();
                b.close();
            }
        }
    }
}
