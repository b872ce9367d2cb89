package org.recourse.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.testing.PayaraProcess;
import org.recourse.testing.Poll;

/**
 * Issue 18 §1, "SMTP server down for 10 minutes and webhook receiver down, then back": under the mixed load, the
 * SMTP server (GreenMail) is stopped and the platform's webhook receiver stops listening, both on their ports, for
 * {@code faults.outage} (10 minutes by default); then both come back on the same ports. Meanwhile reports keep being
 * acknowledged (their mail and webhooks wait in the outboxes); readiness ({@code /health/ready}) stays UP until the
 * waiting rows are older than the stuck threshold ({@code recourse.health.stuck-after}, here half the outage), then
 * turns DOWN, and comes back UP once they are sent. After the outage every mail and webhook is delivered, webhooks in
 * order per item, within the stated bound: webhooks within a claim's length of the receiver's first success (they are
 * brought forward, {@code WebhookClaims.resume}), mail within its own backoff (at most the time it had been failing
 * plus the first delay, capped at an hour; docs/reliability.md).
 *
 * <p>Run with {@code mvn -B verify -Pfaults -Dit.test=MailAndWebhookOutageScenario} (about 13 minutes), or compressed
 * with {@code -Dfaults.outage=PT40S}.
 */
@DisplayName("Faults: SMTP server and webhook receiver down, then back")
class MailAndWebhookOutageScenario {

    private static final Duration OUTAGE = Duration.parse(System.getProperty("faults.outage", "PT10M"));
    private static final Duration STUCK_AFTER = OUTAGE.dividedBy(2);
    /** Readiness turns DOWN past this many stuck rows (mail and webhooks together). */
    private static final int MAX_STUCK = 5;
    private static final int CLIENTS = 4;
    private static final double PER_CLIENT_PER_SECOND = 4;
    /** Mail's first retry delay (the default is 30 s; the bound below is stated from it). */
    private static final Duration MAIL_FIRST_DELAY = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @DisplayName("every mail and webhook delivered after the outage, in order; readiness DOWN only past the threshold")
    void smtpAndReceiverDown() throws Exception {
        long seed = Long.getLong("faults.seed", System.currentTimeMillis());
        System.out.println("Faults, mail-webhook-outage: seed " + seed + ", outage " + OUTAGE);
        try (FaultBench bench = FaultBench.open("mail-webhook-outage")
                .with("RECOURSE_HEALTH_STUCK_AFTER", STUCK_AFTER.toString())
                .with("RECOURSE_HEALTH_MAX_STUCK", Integer.toString(MAX_STUCK))
                .with("RECOURSE_MAIL_RETRY_FIRST_DELAY", MAIL_FIRST_DELAY.toString());
                PayaraProcess portal = bench.startPortal("only")) {
            // The demo platform's own endpoint points at the default port, where nobody listens here: an admin would
            // turn it off; left on, its rows would fail for ever and keep readiness down after the outage.
            bench.execute("update webhook_endpoint set active = false where id <> ?", bench.endpointId());
            bench.execute("delete from webhook_delivery where endpoint_id <> ?", bench.endpointId());
            MixedLoad load = new MixedLoad(portal.base(), CLIENTS, PER_CLIENT_PER_SECOND, bench.key(), seed)
                    .start(OUTAGE.plusMinutes(20));
            load.phase("steady");
            assertThat(load.awaitAcknowledged(30, Duration.ofSeconds(90))).isTrue();
            assertThat(ready(portal)).as("ready before the outage").isTrue();

            // Act: both down; readiness watched every 2 s
            load.phase("outage");
            Instant down = Instant.now();
            bench.mail().stop();
            bench.platform().down();
            List<Instant> notReady = new ArrayList<>();
            Instant firstDown = null;
            while (Instant.now().isBefore(down.plus(OUTAGE))) {
                if (!ready(portal)) {
                    notReady.add(Instant.now());
                    firstDown = firstDown == null ? Instant.now() : firstDown;
                }
                Thread.sleep(2_000);
            }
            int acknowledgedWhileDown = load.acknowledged().size();
            long stuckAtEnd = stuck(bench, Instant.now());
            bench.mail().start();
            bench.platform().up();
            Instant back = Instant.now();
            load.phase("back");
            Duration webhooksBack = Poll.until(Duration.ofMinutes(2), () -> waiting(bench, "webhook_delivery", back),
                    n -> n == 0, "every webhook queued before the receiver came back delivered") == 0
                            ? Duration.between(back, Instant.now()) : null;
            Poll.until(OUTAGE.plus(MAIL_FIRST_DELAY).plusMinutes(1), () -> waiting(bench, "outbox_message", back),
                    n -> n == 0, "every mail queued before the SMTP server came back sent");
            Duration mailBack = Duration.between(back, Instant.now());
            Poll.until(Duration.ofSeconds(60), () -> ready(portal), r -> r, "ready again");
            Duration readyBack = Duration.between(back, Instant.now());
            load.phase("end");
            load.stopAndJoin(Duration.ofSeconds(30));
            Poll.until(Duration.ofMinutes(2), () -> bench.consistency().unsent(bench.endpointId()), List::isEmpty,
                    "every outbox row sent");

            // Assert
            Consistency consistency = bench.consistency();
            List<String> acknowledged = load.acknowledgedReferences();
            Consistency.Delivery mail = consistency.mail(bench.mail(), load.acknowledged());
            Consistency.Delivery webhooks = consistency.webhooks(bench.platform(), bench.endpointId());
            assertThat(load.errors()).isEmpty();
            assertThat(load.statuses("outage").keySet()).as("reports go on: %s", load.samples()).containsOnly(200, 201);
            assertThat(acknowledgedWhileDown).isGreaterThan(30);
            assertThat(consistency.lost(acknowledged)).isEmpty();
            assertThat(consistency.invariants()).isEmpty();
            assertThat(mail.lost()).isEmpty();
            assertThat(webhooks.lost()).isEmpty();
            assertThat(webhooks.outOfOrder()).isEmpty();
            assertThat(mail.duplicates() + webhooks.duplicates()).isLessThanOrEqualTo(Outboxes.allowedDuplicates(1));
            assertThat(firstDown).as("readiness turned DOWN past the threshold (%s stuck at the end)", stuckAtEnd)
                    .isNotNull();
            assertThat(Duration.between(down, firstDown)).as("not before the stuck threshold")
                    .isGreaterThanOrEqualTo(STUCK_AFTER);
            assertThat(webhooksBack).as("webhooks within a claim (36 s here) and a run of the receiver's return")
                    .isNotNull().isLessThanOrEqualTo(Duration.ofSeconds(60));
            assertThat(mailBack).as("mail within its backoff: what it had failed for plus the first delay")
                    .isLessThanOrEqualTo(OUTAGE.plus(MAIL_FIRST_DELAY).plusSeconds(30));
            new Figures("mail-webhook-outage", seed, load.requests(), acknowledged.size(),
                    consistency.lost(acknowledged).size() + mail.lost().size() + webhooks.lost().size(),
                    mail.duplicates() + webhooks.duplicates(), mailBack.compareTo(webhooksBack) > 0 ? mailBack
                    : webhooksBack, "SMTP and receiver down " + OUTAGE.toSeconds() + " s; " + acknowledgedWhileDown
                    + " reports acknowledged by its end; readiness DOWN after "
                    + Duration.between(down, firstDown).toSeconds() + " s (threshold " + STUCK_AFTER.toSeconds()
                    + " s, > " + MAX_STUCK + " stuck; " + stuckAtEnd + " at the end), UP again " + readyBack.toSeconds()
                    + " s after; webhooks all delivered " + webhooksBack.toSeconds() + " s after, mail "
                    + mailBack.toSeconds() + " s after; mail " + mail + "; webhooks " + webhooks).write();
        }
    }

    /** Whether /health/ready answers UP (200; 503 is DOWN). */
    private boolean ready(PayaraProcess portal) {
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(portal.base() + "health/ready"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Rows of one outbox created before {@code moment} and not sent yet. */
    private static long waiting(FaultBench bench, String table, Instant moment) {
        return bench.database().count("select count(*) from " + table + " where status <> 'SENT' and created_at < ?",
                OffsetDateTime.ofInstant(moment, ZoneOffset.UTC));
    }

    /** Rows the readiness check counts as stuck at {@code now}. */
    private static long stuck(FaultBench bench, Instant now) {
        OffsetDateTime since = OffsetDateTime.ofInstant(now.minus(STUCK_AFTER), ZoneOffset.UTC);
        String rule = " where status = 'PENDING' and (next_attempt_at < ? or (last_error is not null and created_at < ?))";
        return bench.database().count("select count(*) from outbox_message" + rule, since, since)
                + bench.database().count("select count(*) from webhook_delivery" + rule, since, since);
    }
}
