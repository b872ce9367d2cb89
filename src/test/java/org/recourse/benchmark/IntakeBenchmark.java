package org.recourse.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.recourse.testing.PayaraProcess;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;

/**
 * How fast the portal files reports, against the floor of plain JDBC on the same PostgreSQL. Not a test (it never
 * runs in {@code mvn verify}); run it by hand after {@code mvn -DskipTests package test-compile}:
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.recourse.benchmark.IntakeBenchmark
 * </pre>
 *
 * <p>The headline numbers are for fresh-case intake: every report names a hosted item nobody reported before, so it
 * opens a case, adds the item, hides it and stores the report, which is exactly what the JDBC floor does. Reports on
 * the twelve demo items, which join open cases and queue on their row locks, are measured once for comparison. Each
 * phase also reports the CPU time one report costs the portal, PostgreSQL and the client, which stays meaningful
 * when something else shares the machine. The table goes to stdout and to target/benchmarks/intake.md.
 *
 * <p>Options (system properties): bench.seconds (20), bench.clients ("4,8,16,32": the warm-up tries each and keeps
 * the best), bench.jdbcThreads (8), bench.jvmFlags ("-Xmx1g"), bench.synchronousCommit ("on").
 */
public final class IntakeBenchmark {

    private static final int HTTP_ITEMS = 150_000;
    private static final int JDBC_ITEMS = 300_000;
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final Duration WARM_UP = Duration.ofSeconds(30);
    private static final Duration IDLE = Duration.ofSeconds(10);
    /** Warm-up also lasts until this many reports, so a slow (busy) machine does not bill the JIT to the reports. */
    private static final int WARM_UP_REPORTS = Integer.getInteger("bench.warmupReports", 5_000);
    private static final Duration WARM_UP_LIMIT = Duration.ofMinutes(5);

    private final Duration measure = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private final int[] sweep = Arrays.stream(System.getProperty("bench.clients", "4,8,16,32").split(","))
            .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    private final int jdbcThreads = Integer.getInteger("bench.jdbcThreads", 8);
    private final String jvmFlags = System.getProperty("bench.jvmFlags", "-Xmx1g");
    private final String synchronousCommit = System.getProperty("bench.synchronousCommit", "on");
    private final List<String> rows = new ArrayList<>();
    private final Pinning pinning = new Pinning();
    /** Read before pinning, which leaves this JVM one core. */
    private final int cores = Runtime.getRuntime().availableProcessors();
    /** CPU of the peak phase, for the portal / PostgreSQL ratio. */
    private CpuMeter.Sample peakCpu;
    /** CPU of the peak phase's reports, for the part above the path without storing. */
    private long peakReports;
    /** CPU and count of the refused reports (the request path without the transaction). */
    private CpuMeter.Sample refusedCpu;
    private long refusedAnswers;
    /** Valid JSON, refused by the resource's checks (unknown category) before the service is called. */
    private static final String REFUSED_REPORT = "{\"items\":[{\"contentId\":\"bench-http-1\"}],\"category\":\"no_such\"}";

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new IntakeBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        String loadBefore = loadAverage();
        TestDatabase database = Postgres.newDatabase("bench");
        execute(database, "alter database " + database.user() + " set synchronous_commit = " + synchronousCommit);
        Map<String, String> environment = Map.of("RECOURSE_DB_URL", database.url(), "RECOURSE_DB_USER", database.user(),
                "RECOURSE_DB_PASSWORD", database.password(), "RECOURSE_RATE_LIMIT_REPORTS", "1000000000",
                "RECOURSE_DEMO_ENABLED", "false");
        Instant booting = Instant.now();
        try (PayaraProcess portal = PayaraProcess.start("bench", environment, List.of(jvmFlags.trim().split("\\s+")))) {
            Duration boot = Duration.between(booting, Instant.now());
            // After the boot: the portal's migrations create the tables.
            registerItems(database, "bench-http-", HTTP_ITEMS);
            registerItems(database, "bench-jdbc-", JDBC_ITEMS);
            CpuMeter cpu = new CpuMeter(portal.pid(), Pinning.postmasterPid(database));
            pinning.apply(portal.pid(), database);
            double peak = measureHttp(new HttpLoad(portal.base()), cpu);
            double jdbc = measureJdbc(new RawJdbcIntake(database), cpu);
            rows.add(2, row("HTTP peak / raw JDBC", format("%.2f", peak / jdbc),
                    peak / jdbc >= 0.5 ? "≥ 0.50: met" : "≥ 0.50: **missed**"));
            double ratio = (double) peakCpu.portal() / Math.max(1, peakCpu.postgres());
            rows.add(3, row("Portal CPU / PostgreSQL CPU per report, at peak", format("%.2f", ratio),
                    ratio <= 1 ? "≤ 1.00: met" : "≤ 1.00: **missed**"));
            // The same ratio for the portal's work above the bare request path (see the refused reports' row).
            double portalNs = peakCpu.portal() / (double) Math.max(1, peakReports);
            double floorNs = refusedCpu.portal() / (double) Math.max(1, refusedAnswers);
            double postgresNs = peakCpu.postgres() / (double) Math.max(1, peakReports);
            rows.add(4, row("Portal CPU per report above the path without storing, / PostgreSQL CPU per report",
                    format("%.2f ((%.2f − %.2f ms) / %.2f ms)", (portalNs - floorNs) / postgresNs, portalNs / 1e6,
                            floorNs / 1e6, postgresNs / 1e6), "for reading: the transaction's share"));
            rows.add(row("Fresh-case reports the portal stored, all phases (check)", Long.toString(database.count("""
                    select count(*) from report r join report_item ri on ri.report_id = r.id
                    join case_item i on i.id = ri.case_item_id join content_item ci on ci.id = i.content_id
                    where ci.platform_content_id like 'bench-http-%'""")), ""));
            write(format("Machine: %d cores, Java %s; load average before %s, after %s. Portal JVM flags: `%s`; "
                    + "boot %.1f s. %s with synchronous_commit=%s. %s CPU per report: portal / PostgreSQL / client.%n",
                    cores, System.getProperty("java.version"), loadBefore,
                    loadAverage(), jvmFlags, boot.toMillis() / 1000.0, version(database), synchronousCommit,
                    pinning.describe()));
        }
    }

    /** Warm-up sweep, peak, latency at half of peak, and the joining case; returns the peak rate. */
    private double measureHttp(HttpLoad load, CpuMeter cpu) throws InterruptedException {
        Supplier<String> fresh = freshReports();
        System.out.println("Warming up (" + WARM_UP.toSeconds() + " s), then looking for the best concurrency...");
        // Long enough for the JIT to compile the request path, so its work is not billed to the reports measured.
        long warmed = load.closedLoop(sweep[sweep.length / 2], WARM_UP, fresh).accepted();
        Instant warmingSince = Instant.now();
        while (warmed < WARM_UP_REPORTS && Duration.between(warmingSince, Instant.now()).compareTo(WARM_UP_LIMIT) < 0) {
            warmed += load.closedLoop(sweep[sweep.length / 2], STEP, fresh).accepted();
        }
        System.out.println("  warmed up with " + warmed + " reports");
        HttpLoad.Throughput best = null;
        for (int clients : sweep) {
            HttpLoad.Throughput trial = load.closedLoop(clients, STEP, fresh);
            System.out.printf("  %d clients: %.0f reports/s%n", clients, trial.perSecond());
            best = best == null || trial.perSecond() > best.perSecond() ? trial : best;
        }
        // What the portal spends with no request at all (its jobs, Payara's and Hazelcast's housekeeping, the JIT
        // finishing): on a busy machine, where few reports a second get through, this share of each report grows.
        CpuMeter.Sample idleBefore = cpu.sample();
        Thread.sleep(IDLE.toMillis());
        CpuMeter.Sample idle = cpu.sample().minus(idleBefore);
        String idleRow = row(format("Portal idle, between phases (%d s)", IDLE.toSeconds()),
                format("%.1f ms of CPU a second", idle.portal() / 1e6 / IDLE.toSeconds()), "");
        System.out.println("Measuring...");
        CpuMeter.Sample before = cpu.sample();
        HttpLoad.Throughput peak = load.closedLoop(best.clients(), measure, fresh);
        CpuMeter.Sample used = cpu.sample().minus(before);
        peakCpu = used;
        peakReports = peak.accepted();
        rows.add(row(format("HTTP intake, peak: fresh case, 1 hosted item (%d clients, closed loop, %d s)",
                peak.clients(), peak.elapsed().toSeconds()), format("%.0f reports/s; CPU %s; failed %d, other answers %s",
                peak.perSecond(), perReport(used, peak.accepted()), peak.failed(), describe(peak.otherStatuses())), ""));
        HttpLoad.Latency latency = load.openLoop(peak.perSecond() / 2, measure, fresh);
        double p99 = latency.p99() / 1000.0;
        rows.add(row(format("Latency at half of peak: p50 / p99 / max (%.0f reports/s offered, open loop, %d s)",
                latency.targetRate(), latency.elapsed().toSeconds()), format("%.1f / %.1f / %.1f ms (%d sent, %d failed)",
                latency.p50() / 1000.0, p99, latency.max() / 1000.0, latency.sent(), latency.failed()),
                p99 < 50 ? "p99 < 50 ms: met" : "p99 < 50 ms: **missed**"));
        before = cpu.sample();
        HttpLoad.Throughput joining = load.closedLoop(best.clients(), measure.dividedBy(2),
                IntakeBenchmark::joiningReport);
        used = cpu.sample().minus(before);
        rows.add(row(format("HTTP intake joining open cases: a random one of 12 reported items (%d clients, %d s)",
                joining.clients(), joining.elapsed().toSeconds()), format("%.0f reports/s; CPU %s; failed %d, other "
                + "answers %s", joining.perSecond(), perReport(used, joining.accepted()), joining.failed(),
                describe(joining.otherStatuses())), ""));
        // The request path without the transaction: the same filters, security, Jersey, JSON reading and a problem
        // answer, for a report refused with 422 (an unknown category) before anything is read or stored. What the
        // portal spends on a stored report above this is the part its own work (and the database's driver) costs.
        before = cpu.sample();
        HttpLoad.Throughput refused = load.closedLoop(best.clients(), measure.dividedBy(2), () -> REFUSED_REPORT);
        used = cpu.sample().minus(before);
        long answered = refused.otherStatuses().getOrDefault(422, 0L);
        refusedCpu = used;
        refusedAnswers = answered;
        rows.add(row(format("HTTP path without storing: a report refused with 422 before any database work (%d "
                + "clients, %d s)", refused.clients(), refused.elapsed().toSeconds()), format("%.0f answers/s; CPU %s "
                + "per answer; answers %s", answered / (refused.elapsed().toNanos() / 1e9), perReport(used, answered),
                describe(refused.otherStatuses())), ""));
        rows.add(idleRow);
        return peak.perSecond();
    }

    private double measureJdbc(RawJdbcIntake raw, CpuMeter cpu) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        LongSupplier items = () -> {
            long n = next.incrementAndGet();
            return n > JDBC_ITEMS ? -1 : n;
        };
        raw.run(jdbcThreads, STEP, "bench-jdbc-", items);
        CpuMeter.Sample before = cpu.sample();
        RawJdbcIntake.Result jdbc = raw.run(jdbcThreads, measure, "bench-jdbc-", items);
        CpuMeter.Sample used = cpu.sample().minus(before);
        rows.add(1, row(format("Raw JDBC, same rows (%d threads, 1 transaction per report, %d s)", jdbc.threads(),
                jdbc.elapsed().toSeconds()), format("%.0f reports/s; CPU %s; rolled back %d", jdbc.perSecond(),
                perReport(used, jdbc.reports()), jdbc.failed()), ""));
        return jdbc.perSecond();
    }

    /** A report on the next never-reported hosted item; null once all are used. */
    private static Supplier<String> freshReports() {
        AtomicLong next = new AtomicLong();
        return () -> {
            long n = next.incrementAndGet();
            return n > HTTP_ITEMS ? null
                    : "{\"items\":[{\"contentId\":\"bench-http-" + n + "\"}],\"category\":\"other_harmful\"}";
        };
    }

    private static String joiningReport() {
        // The first twelve items were reported in the warm-up: their cases are open, so these reports join them.
        return String.format("{\"items\":[{\"contentId\":\"bench-http-%d\"}],\"category\":\"other_harmful\"}",
                1 + ThreadLocalRandom.current().nextInt(12));
    }

    /** Registers visible hosted items of our own, so the demo gallery is not disturbed. */
    private static void registerItems(TestDatabase database, String prefix, int count) {
        execute(database, "insert into content_item (platform_content_id, url, media_type, visibility, visibility_since,"
                + " first_seen) select '" + prefix + "' || n, 'https://platform.example/media/" + prefix + "' || n,"
                + " 'image/png', 'VISIBLE', now(), now() from generate_series(1, " + count + ") n");
        execute(database, "analyze content_item");
    }

    private static void execute(TestDatabase database, String sql) {
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String version(TestDatabase database) {
        String full = (String) database.query("select version() as v").get(0).get("v");
        return full.replaceAll("^(PostgreSQL [0-9.]+).*", "$1");
    }

    private static String loadAverage() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return load[0] + " " + load[1];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static String perReport(CpuMeter.Sample used, long reports) {
        double n = Math.max(1, reports) * 1e6;
        return format("%.2f / %.2f / %.2f ms", used.portal() / n, used.postgres() / n, used.client() / n);
    }

    private static String describe(Map<Integer, Long> statuses) {
        return statuses.isEmpty() ? "none" : statuses.toString();
    }

    private static String row(String measure, String result, String target) {
        return "| " + measure + " | " + result + " | " + target + " |";
    }

    private static String format(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }

    private void write(String footnote) throws java.io.IOException {
        String table = "| Measure | Result | Target |\n|---|---|---|\n" + String.join("\n", rows) + "\n\n" + footnote;
        System.out.println();
        System.out.println(table);
        Path out = Path.of("target", "benchmarks", "intake.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println("Written to " + out.toAbsolutePath());
    }
}
