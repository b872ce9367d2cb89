package org.recourse.benchmark;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recourse.testing.PayaraProcess;
import org.recourse.testing.Postgres;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * How fast the triage queue answers with a million cases in PostgreSQL: the first page (with its totals and count)
 * and each filter, timed end to end over HTTP as a signed-in moderator sees them. Not a test; run it by hand after
 * {@code mvn -DskipTests package test-compile}:
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.recourse.benchmark.QueueBenchmark
 * </pre>
 *
 * <p>The generated history is what a busy platform accumulates: one million cases over a year, 96% closed, 40,000
 * open of which a few thousand are overdue, across every category, status and a dozen assignees, each with one item.
 * Options: bench.cases (1000000), bench.requests (200 per scenario). Results go to stdout and target/benchmarks/queue.md.
 */
public final class QueueBenchmark {

    private static final String PASSWORD = "benchmark portal password 1";
    private final int cases = Integer.getInteger("bench.cases", 1_000_000);
    private final int requests = Integer.getInteger("bench.requests", 200);

    public static void main(String[] args) throws Exception {
        new QueueBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        TestDatabase database = Postgres.newDatabase("queuebench");
        Map<String, String> settings = new LinkedHashMap<>(Postgres.settings(database));
        settings.put("recourse.admin.password", PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        try (PayaraProcess portal = PayaraProcess.start("queue-benchmark", PayaraProcess.environment(settings),
                List.of("-Xmx1g"))) {
            long started = System.nanoTime();
            generate(database);
            System.out.printf(Locale.ROOT, "Generated %,d cases in %.1f s%n", cases, (System.nanoTime() - started) / 1e9);
            StaffClient admin = new StaffClient(portal.base());
            admin.firstSignIn("admin", PASSWORD, PASSWORD);

            Map<String, Map<String, String>> scenarios = new LinkedHashMap<>();
            scenarios.put("first page (no filter)", null);
            scenarios.put("category = child sexual imagery", Map.of("queue:category", "CHILD_SEXUAL_IMAGERY"));
            scenarios.put("status = escalated", Map.of("queue:status", "ESCALATED"));
            scenarios.put("assignee = mod3", Map.of("queue:assignee", "mod3"));
            scenarios.put("overdue only", Map.of("queue:overdueOnly", "on"));
            scenarios.put("category + overdue", Map.of("queue:category", "SURVIVOR_HARASSMENT", "queue:overdueOnly", "on"));

            List<String> table = new ArrayList<>();
            table.add("| scenario | requests | p50 ms | p95 ms | p99 ms | max ms |");
            table.add("|---|---|---|---|---|---|");
            for (Map.Entry<String, Map<String, String>> scenario : scenarios.entrySet()) {
                measure(admin, scenario.getValue(), requests / 5);
                long[] times = measure(admin, scenario.getValue(), requests);
                table.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |", scenario.getKey(),
                        requests, percentile(times, 50), percentile(times, 95), percentile(times, 99),
                        percentile(times, 100)));
            }
            String result = String.format(Locale.ROOT, "Queue with %,d cases in PostgreSQL (%,d open), 25 rows a page, "
                    + "timed over HTTP as a signed-in staff member (page, totals and count included).%n%n%s%n", cases,
                    database.count("select count(*) from case_file where status <> 'CLOSED'"), String.join("\n", table));
            System.out.println(result);
            Path out = Path.of("target", "benchmarks", "queue.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, result);
        }
    }

    /** Times {@code count} loads of the queue: a GET, or a filter posted from the page just loaded (untimed). */
    private static long[] measure(StaffClient client, Map<String, String> filter, int count) {
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            if (filter == null) {
                long start = System.nanoTime();
                HttpResponse<String> page = client.get("/staff/");
                times[i] = System.nanoTime() - start;
                require(page);
            } else {
                client.get("/staff/");
                long start = System.nanoTime();
                HttpResponse<String> page = client.submit("/staff/", "queue", "queue:applyFilter", filter);
                times[i] = System.nanoTime() - start;
                require(page);
            }
        }
        return times;
    }

    private static void require(HttpResponse<String> page) {
        if (page.statusCode() != 200 || !page.body().contains("queue:cases")) {
            throw new IllegalStateException("The queue did not load: " + page.statusCode());
        }
    }

    private static double percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** A year of cases, written by PostgreSQL itself (generate_series) in a few seconds. */
    private void generate(TestDatabase database) throws Exception {
        String categories = "(array['CHILD_SEXUAL_IMAGERY','SURVIVOR_CHILDHOOD_IMAGE','SURVIVOR_ADULT_IMAGE',"
                + "'SURVIVOR_PERSONAL_INFORMATION','SURVIVOR_HARASSMENT','NON_CONSENSUAL_INTIMATE_IMAGE','OTHER_HARMFUL'])";
        String severities = "(array[100,80,70,90,60,50,10])";
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute("insert into case_file (status, category, severity, self_reported, report_count, opened_at, "
                    + "review_due_at, queue_due_at, status_changed_at, status_changed_by, assignee, closed_at) "
                    + "select case when g % 25 = 0 then (case when g % 7 = 0 then 'ESCALATED' when g % 3 = 0 "
                    + "then 'IN_REVIEW' else 'OPEN' end) else 'CLOSED' end, "
                    + categories + "[1 + g % 7], " + severities + "[1 + g % 7], g % 11 = 0, 1 + g % 4, "
                    + "now() - (g * interval '31 seconds'), "
                    + "now() - (g * interval '31 seconds') + interval '4 hours', "
                    + "now() - (g * interval '31 seconds') + interval '4 hours', now(), 'bench', "
                    + "case when g % 25 = 0 and g % 3 = 0 then 'mod' || (g % 12) else null end, "
                    + "case when g % 25 = 0 then null else now() - (g * interval '31 seconds') + interval '2 hours' end "
                    + "from generate_series(1, " + cases + ") g");
            sql.execute("insert into case_item (case_id, location, kind, status, added_at) "
                    + "select id, 'https://elsewhere.example/bench/' || id, 'EXTERNAL', "
                    + "case when status = 'CLOSED' then 'REMOVED' else 'PENDING_REVIEW' end, opened_at from case_file");
            // What autovacuum would have done by now: statistics, and the visibility map for index-only scans.
            sql.execute("vacuum analyze case_file");
            sql.execute("vacuum analyze case_item");
        }
    }
}
