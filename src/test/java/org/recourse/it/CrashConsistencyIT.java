package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.testing.Http;
import org.recourse.testing.PayaraProcess;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;

/**
 * The promise behind "hidden at once": once a reporter holds a reference, the report and the hiding are durable,
 * even if the server dies the next instant; and whatever a dying server left behind is never an item hidden with no
 * case for staff to review. The packaged portal runs on a real PostgreSQL and is killed with SIGKILL mid-load.
 */
@DisplayName("Crash consistency: the portal killed mid-load on PostgreSQL")
class CrashConsistencyIT {

    private static final int CLIENTS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 100;
    private static final int MAX_REQUESTS_PER_CLIENT = 1_000;
    private static final Duration LOAD_LIMIT = Duration.ofSeconds(120);

    private static final String HIDDEN_WITHOUT_OPEN_CASE = """
            select ci.platform_content_id, ci.visibility from content_item ci
            where ci.visibility <> 'VISIBLE' and not exists (
                select 1 from case_item i join case_file c on c.id = i.case_id
                where i.content_id = ci.id and c.status <> 'CLOSED')""";

    private static final String REPORTS_NAMING_NOTHING = """
            select r.reference from report r
            where not exists (select 1 from report_item ri where ri.report_id = r.id)""";

    private static final String CASE_ITEMS_NO_REPORT_NAMES = """
            select i.id, i.location from case_item i
            where not exists (select 1 from report_item ri where ri.case_item_id = i.id)""";

    /** A case counts the reports that name any of its items: the case row and the reports commit together. */
    private static final String CASES_WITH_WRONG_REPORT_COUNT = """
            select c.id, c.report_count from case_file c
            where c.report_count <> (select count(distinct ri.report_id) from case_item i
                                     join report_item ri on ri.case_item_id = i.id where i.case_id = c.id)""";

    @Test
    @DisplayName("After SIGKILL mid-load every acknowledged report is stored with its content hidden, "
            + "nothing is hidden without an open case, and the restarted portal takes reports")
    void killMidLoad() throws Exception {
        // Arrange
        TestDatabase database = Postgres.newDatabase("crash");
        Map<String, String> environment = new LinkedHashMap<>(PayaraProcess.environment(Postgres.settings(database)));
        environment.put("RECOURSE_RATE_LIMIT_REPORTS", "1000000");
        ReportLoad load;
        int inFlightAtKill;

        // Act
        try (PayaraProcess doomed = PayaraProcess.start("crash-first", environment)) {
            load = new ReportLoad(doomed.base(), CLIENTS, MAX_REQUESTS_PER_CLIENT);
            load.start(LOAD_LIMIT);
            assertThat(load.awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL))
                    .as("%d reports acknowledged within %s", ACKNOWLEDGED_BEFORE_KILL, LOAD_LIMIT).isTrue();
            inFlightAtKill = load.markKilled();
            doomed.kill();
            load.stopAndJoin(Duration.ofSeconds(60));
        }
        List<String> acknowledged = load.acknowledged();
        System.out.printf("Crash: %d acknowledged, %d in flight at the kill, %d cut off by it, other answers %s%n",
                acknowledged.size(), inFlightAtKill, load.failuresAfterKill(), load.otherStatuses());

        try (PayaraProcess restarted = PayaraProcess.start("crash-second", environment)) {
            Http http = new Http(restarted.base());

            // Assert: the load was real and the kill hit it mid-flight
            assertThat(load.errors()).isEmpty();
            assertThat(load.failuresBeforeKill()).as("requests failing before the kill").isZero();
            assertThat(inFlightAtKill).as("requests in flight when the server was killed").isPositive();
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL).doesNotHaveDuplicates();

            // Assert: every acknowledged report survived, with its hosted items hidden
            assertThat(storedReferences(database)).containsAll(acknowledged);
            Set<String> named = hostedItemsNamedBy(database, new HashSet<>(acknowledged));
            assertThat(named).isNotEmpty();
            for (String contentId : named) {
                assertThat(http.get("/media/" + contentId).statusCode()).as("/media/%s", contentId).isEqualTo(451);
            }

            // Assert: nothing a dying transaction could leave half-done
            assertThat(database.query(HIDDEN_WITHOUT_OPEN_CASE)).as("items hidden without an open case").isEmpty();
            assertThat(database.query(REPORTS_NAMING_NOTHING)).as("reports that name no item").isEmpty();
            assertThat(database.query(CASE_ITEMS_NO_REPORT_NAMES)).as("case items no report names").isEmpty();
            assertThat(database.query(CASES_WITH_WRONG_REPORT_COUNT)).as("cases whose count is off").isEmpty();

            // Assert: the restarted portal takes reports
            HttpResponse<String> after = http.postJson("/api/v1/reports",
                    "{\"items\":[{\"url\":\"https://elsewhere.example/after-the-crash\"}],\"category\":\"other_harmful\"}");
            assertThat(after.statusCode()).isEqualTo(201);
            assertThat(storedReferences(database)).contains(Http.json(after).getString("reference").replace("-", ""));
        }
    }

    private static Set<String> storedReferences(TestDatabase database) {
        Set<String> references = new HashSet<>();
        database.query("select reference from report").forEach(row -> references.add((String) row.get("reference")));
        return references;
    }

    /** The platform ids of the hosted items these reports name, after checking that none of them is visible. */
    private static Set<String> hostedItemsNamedBy(TestDatabase database, Set<String> references) {
        List<Map<String, Object>> rows = database.query("""
                select r.reference, ci.platform_content_id, ci.visibility from report r
                join report_item ri on ri.report_id = r.id join case_item i on i.id = ri.case_item_id
                join content_item ci on ci.id = i.content_id""");
        Set<String> named = new TreeSet<>();
        rows.stream().filter(row -> references.contains((String) row.get("reference"))).forEach(row -> {
            assertThat(row.get("visibility")).as("visibility of %s named by %s", row.get("platform_content_id"),
                    row.get("reference")).isNotEqualTo("VISIBLE");
            named.add((String) row.get("platform_content_id"));
        });
        return named;
    }
}
