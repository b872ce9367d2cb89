package org.recourse.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.recourse.testing.Http;
import org.recourse.testing.Poll;

/**
 * PostgreSQL stopped under the load for a while, then started again on the same port and data: what the portal
 * answered meanwhile, the public report form asked during the outage, and how long after the database came back
 * every kind of request succeeded again.
 */
final class DatabaseOutage {

    static final String DOWN = "database down";
    static final String BACK = "database back";

    /** What the outage measured. */
    record Result(Instant stopped, Instant started, Duration recovery, Map<Integer, Integer> answersWhileDown,
            List<HttpResponse<String>> formsWhileDown) {
    }

    private DatabaseOutage() {
    }

    /**
     * Stops the database for {@code down}, posting the report form (English and French) in the middle of it; starts it
     * again and waits until every kind of request of the load has succeeded since (at most {@code patience}).
     */
    static Result run(FaultBench bench, Http portal, MixedLoad load, Duration down, Duration patience)
            throws InterruptedException {
        load.phase(DOWN);
        Instant stopped = Instant.now();
        bench.postgres().stop();
        Thread.sleep(down.toMillis() / 2);
        List<HttpResponse<String>> forms = List.of(postForm(portal, "en"), postForm(portal, "fr-CA"));
        Thread.sleep(Math.max(0, down.toMillis() - Duration.between(stopped, Instant.now()).toMillis()));
        bench.postgres().startAgain();
        Instant started = Instant.now();
        load.phase(BACK);
        Poll.until(patience, () -> load.firstSuccessAfter(started).size(),
                kinds -> kinds == MixedLoad.Kind.values().length, "every kind of request answered after the outage");
        Instant recovered = load.firstSuccessAfter(started).values().stream().max(Instant::compareTo).orElseThrow();
        load.phase("after the outage");
        return new Result(stopped, started, Duration.between(started, recovered), load.statuses(DOWN), forms);
    }

    private static HttpResponse<String> postForm(Http portal, String language) {
        return portal.postForm("/report", Http.reportForm("demo-03\nhttps://elsewhere.example/outage/" + language,
                "other_harmful"), "Accept-Language", language);
    }

    /**
     * Every answer while the database was down or coming back was a success (a request that committed before the
     * stop) or a clean 503 with Retry-After: never a 500, never a broken connection; the form said "not stored".
     */
    static void assertClean(MixedLoad load, Result outage) {
        for (MixedLoad.Outcome outcome : load.outcomes()) {
            if (outcome.phase().equals(DOWN) || outcome.phase().equals(BACK)) {
                assertThat(outcome.ok() || outcome.status() == 503).as("%s answered %d during the outage; %s",
                        outcome.kind(), outcome.status(), load.samples()).isTrue();
                if (outcome.status() == 503) {
                    assertThat(outcome.retryAfter()).as("503 with Retry-After").isTrue();
                }
            }
        }
        assertThat(outage.answersWhileDown()).as("the load reached the portal during the outage").containsKey(503);
        for (HttpResponse<String> form : outage.formsWhileDown()) {
            assertThat(form.statusCode()).as("the report form during the outage: %s", form.body()).isEqualTo(503);
            assertThat(form.headers().firstValue("Retry-After")).isPresent();
            assertThat(form.body()).as("no confirmation: no reference on the page")
                    .doesNotContainPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").satisfiesAnyOf(
                    body -> assertThat(body).contains("The service is briefly unavailable"),
                    body -> assertThat(body).contains("Le service est brièvement indisponible"));
        }
        assertThat(outage.formsWhileDown().get(1).body()).contains("Le service est brièvement indisponible");
    }
}
