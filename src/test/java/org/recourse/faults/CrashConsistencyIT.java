package org.recourse.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.testing.Http;
import org.recourse.testing.PayaraProcess;
import org.recourse.testing.Poll;

/**
 * The promise behind "hidden at once": once a reporter holds a reference, the report and the hiding are durable,
 * even if the server dies the next instant; and whatever a dying server left behind is never an item hidden with no
 * case for staff to review, nor a mail or webhook lost. The quick scenario of the fault harness: the packaged portal on
 * its own PostgreSQL, under the mixed load, killed once with SIGKILL; the long ones run with {@code -Pfaults}.
 */
@DisplayName("Crash consistency: the portal killed mid-load on PostgreSQL")
class CrashConsistencyIT {

    private static final int CLIENTS = 8;
    private static final double PER_CLIENT_PER_SECOND = 15;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 100;
    private static final Duration LOAD_LIMIT = Duration.ofMinutes(5);
    private static final Duration DRAIN = Duration.ofSeconds(90);
    private static final long SEED = 18;
    private static final Duration OUTAGE = Duration.ofSeconds(5);

    @Test
    @DisplayName("After SIGKILL mid-load every acknowledged report is stored with its content hidden, nothing is hidden "
            + "without an open case, no mail or webhook is lost; with its database stopped it answers 503 with "
            + "Retry-After and is back within 5 s of it")
    void killMidLoad() throws Exception {
        try (FaultBench bench = FaultBench.open("quick-kill")) {
            // Arrange
            PayaraProcess doomed = bench.startPortal("first");
            MixedLoad load = new MixedLoad(doomed.base(), CLIENTS, PER_CLIENT_PER_SECOND, bench.key(), SEED)
                    .start(LOAD_LIMIT);
            int inFlightAtKill;
            Instant killedAt;

            // Act
            try (doomed) {
                assertThat(load.awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL, Duration.ofSeconds(120)))
                        .as("%d reports acknowledged", ACKNOWLEDGED_BEFORE_KILL).isTrue();
                load.phase("killed");
                inFlightAtKill = load.inFlight();
                killedAt = Instant.now();
                doomed.kill();
            }
            try (PayaraProcess restarted = bench.startPortal("second")) {
                load.target(restarted.base());
                load.phase("restarted");
                Poll.until(Duration.ofSeconds(30), () -> load.firstSuccessAfter(Instant.now().minusSeconds(1)).size(),
                        kinds -> kinds == MixedLoad.Kind.values().length, "every kind of request answered again");
                Consistency consistency = bench.consistency();
                List<String> acknowledged = load.acknowledgedReferences();
                Http http = new Http(restarted.base());

                // Assert: the load was real and the kill hit it mid-flight
                assertThat(load.errors()).isEmpty();
                assertThat(load.statuses("steady")).as("answers before the kill; %s", load.samples())
                        .containsOnlyKeys(200, 201);
                assertThat(inFlightAtKill).as("requests in flight when the server was killed").isPositive();
                assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL).doesNotHaveDuplicates();

                // Assert: every acknowledged report survived, with its hosted items hidden, asked through the portal
                assertThat(consistency.lost(acknowledged)).as("acknowledged reports lost").isEmpty();
                Map<String, String> named = consistency.hostedItemsNamedBy(acknowledged);
                assertThat(named).isNotEmpty().doesNotContainValue("VISIBLE");
                for (String contentId : named.keySet()) {
                    assertThat(http.get("/media/" + contentId).statusCode()).as("/media/%s", contentId).isEqualTo(451);
                }

                // Act / Assert: the database stopped for a few seconds under the load: clean 503s, back within 5 s
                DatabaseOutage.Result outage = DatabaseOutage.run(bench, http, load, OUTAGE, Duration.ofSeconds(30));
                DatabaseOutage.assertClean(load, outage);
                assertThat(outage.recovery()).as("service back after the database").isLessThanOrEqualTo(
                        Duration.ofSeconds(5));
                load.stopAndJoin(Duration.ofSeconds(30));
                acknowledged = load.acknowledgedReferences();
                assertThat(consistency.lost(acknowledged)).as("acknowledged reports lost").isEmpty();

                // Assert: nothing a dying transaction could leave half-done; the outboxes deliver all, duplicates only
                // for what the dead node had claimed
                assertThat(consistency.invariants()).isEmpty();
                Poll.until(DRAIN, () -> consistency.unsent(bench.endpointId()), List::isEmpty, "every outbox row sent");
                Consistency.Delivery mail = consistency.mail(bench.mail(), load.acknowledged());
                Consistency.Delivery webhooks = consistency.webhooks(bench.platform(), bench.endpointId());
                assertThat(mail.lost()).as("mail lost").isEmpty();
                assertThat(webhooks.lost()).as("webhooks lost").isEmpty();
                assertThat(webhooks.outOfOrder()).as("webhooks out of order").isEmpty();
                assertThat(mail.duplicates() + webhooks.duplicates()).as("sent twice: at most one claimed batch each")
                        .isLessThanOrEqualTo(Outboxes.allowedDuplicates(1));

                // Assert: the restarted portal takes reports
                HttpResponse<String> after = http.postJson("/api/v1/reports", "{\"items\":[{\"url\":"
                        + "\"https://elsewhere.example/after-the-crash\"}],\"category\":\"other_harmful\"}");
                assertThat(after.statusCode()).isEqualTo(201);
                assertThat(consistency.storedReferences())
                        .contains(Http.json(after).getString("reference").replace("-", ""));
                new Figures(bench.scenario(), SEED, load.requests(), acknowledged.size(), consistency.lost(acknowledged)
                        .size() + mail.lost().size() + webhooks.lost().size(),
                        mail.duplicates() + webhooks.duplicates(), Duration.between(killedAt,
                        load.firstSuccessAfter(killedAt).values().stream().max(Instant::compareTo).orElseThrow()),
                        "1 kill, " + inFlightAtKill + " in flight; database down " + OUTAGE.toSeconds() + " s, back in "
                        + outage.recovery().toMillis() + " ms, answers while down " + outage.answersWhileDown()
                        + "; mail " + mail + "; webhooks " + webhooks).write();
            }
        }
    }
}
