package org.recourse.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.recourse.clients.ApiKey;
import org.recourse.testing.PayaraProcess;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;

/**
 * How fast the platform can ask whether content may be shown, with a million registered items on PostgreSQL: single
 * look-ups ({@code GET /api/v1/content/{id}}) and batches of 1,000 ({@code POST /api/v1/content/visibility}), each
 * with an API key checked on every call, at the best of a few concurrencies, with p50/p99 latency and the CPU each
 * request costs the portal, PostgreSQL and this load generator. A tenth of the items are hidden, so answers are not
 * all alike. In the same run, upload screening with the hashes given ({@code POST /api/v1/screen} with sha256, md5, pdq
 * and an uploader, against 100,000 PDQ and 100,000 SHA-256 bank entries: the common case, an upload that matches
 * nothing and is allowed). Not a test; run it by hand after {@code mvn -DskipTests package test-compile}:
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.recourse.benchmark.VisibilityBenchmark
 * </pre>
 *
 * <p>Options (system properties): bench.items (1000000), bench.seconds (20), bench.clients ("4,8,16,32"),
 * bench.jvmFlags ("-Xms1g -Xmx1g -XX:+UseParallelGC"), bench.only ("single,batch,screen": which measurements),
 * bench.bankEntries (100000), bench.pin (false: PostgreSQL and this load generator on one core, the portal on the
 * other, see {@link Pinning}). The table goes to stdout and target/benchmarks/visibility.md.
 */
public final class VisibilityBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final int BATCH = 1000;
    private static final Duration IDLE = Duration.ofSeconds(10);

    private final int items = Integer.getInteger("bench.items", 1_000_000);
    private final Duration measure = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private final int[] sweep = Arrays.stream(System.getProperty("bench.clients", "4,8,16,32").split(","))
            .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    private final String jvmFlags = System.getProperty("bench.jvmFlags", "-Xms1g -Xmx1g -XX:+UseParallelGC");
    private final List<String> only = List.of(System.getProperty("bench.only", "bare,single,batch,screen").split(","));
    private final int bankEntries = Integer.getInteger("bench.bankEntries", 100_000);
    private CpuMeter cpu;
    private final Map<String, Double> portalCpuPerRequest = new java.util.LinkedHashMap<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> rows = new ArrayList<>();

    /** What one closed-loop phase achieved; latencies in microseconds. */
    record Phase(int clients, long ok, long failed, Duration elapsed, long p50, long p99, long max) {
        double perSecond() {
            return ok / (elapsed.toNanos() / 1e9);
        }
    }

    public static void main(String[] args) throws Exception {
        new VisibilityBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        TestDatabase database = Postgres.newDatabase("visibility_bench");
        ApiKey key = ApiKey.generate();
        try (PayaraProcess portal = PayaraProcess.start("visibility-bench", Map.of("RECOURSE_DB_URL", database.url(),
                "RECOURSE_DB_USER", database.user(), "RECOURSE_DB_PASSWORD", database.password(),
                "RECOURSE_DEMO_ENABLED", "false"), List.of(jvmFlags.split("\\s+")))) {
            System.out.println("Registering " + items + " items...");
            execute(database, "insert into content_item (platform_content_id, url, media_type, sha256, visibility, "
                    + "visibility_since, first_seen, visibility_sequence) select 'item-' || n, "
                    + "'https://platform.example/p/' || n, 'image/jpeg', md5(n::text) || md5(n::text), "
                    + "case when n % 10 = 0 then 'HIDDEN_PENDING_REVIEW' else 'VISIBLE' end, now(), now(), "
                    + "case when n % 10 = 0 then 1 else 0 end from generate_series(1, " + items + ") n");
            execute(database, "insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by) "
                    + "values ('bench', '" + key.prefix() + "', '" + key.hash() + "', 'content:read screen', now(), 'bench')");
            execute(database, "analyze content_item");
            if (only.contains("screen")) {
                registerBankEntries(database);
            }
            Pinning pinning = new Pinning();
            pinning.apply(portal.pid(), database);
            cpu = new CpuMeter(portal.pid(), Pinning.postmasterPid(database));
            URI base = portal.base();
            Supplier<HttpRequest> single = () -> HttpRequest.newBuilder(base.resolve("api/v1/content/item-" + random()))
                    .header("Authorization", "Bearer " + key.value()).timeout(Duration.ofSeconds(30)).GET().build();
            Supplier<HttpRequest> batch = () -> HttpRequest.newBuilder(base.resolve("api/v1/content/visibility"))
                    .header("Authorization", "Bearer " + key.value()).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(batchBody())).build();
            Supplier<HttpRequest> screen = () -> HttpRequest.newBuilder(base.resolve("api/v1/screen"))
                    .header("Authorization", "Bearer " + key.value()).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(screenBody())).build();
            // The request path without our work: a key that cannot be one (ApiKey.parse refuses it) is answered 401
            // by the key filter before any database work; the same Grizzly, filters, Jakarta Security and Jersey.
            Supplier<HttpRequest> bare = () -> HttpRequest.newBuilder(base.resolve("api/v1/content/item-" + random()))
                    .header("Authorization", "Bearer not-a-key").timeout(Duration.ofSeconds(30)).GET().build();
            String loadBefore = loadAverage();
            if (only.contains("bare")) {
                measure("the bare path: a malformed key refused 401, no database work", bare, 1, 401);
            }
            if (only.contains("single")) {
                measure("single look-ups", single, 1);
            }
            if (only.contains("batch")) {
                measure("batches of " + BATCH, batch, BATCH);
            }
            if (only.contains("screen")) {
                measure("screening with hashes", screen, 1);
            }
            Double one = portalCpuPerRequest.get("single look-ups");
            Double thousand = portalCpuPerRequest.get("batches of " + BATCH);
            String ratio = one == null || thousand == null ? "" : String.format(Locale.ROOT,
                    "Portal CPU (net of idle) of a batch of %d / of a single look-up: %.1f.%n", BATCH, thousand / one);
            write(ratio + String.format(Locale.ROOT, "Machine: %d cores, Java %s; %,d registered items (10%% hidden), "
                            + "%,d + %,d bank entries (PDQ + SHA-256); load average (1 and 5 min) %s before, %s after. "
                            + "Portal JVM flags: `%s`. %s Each call checks its API key. CPU is per request: portal / PostgreSQL / load generator; net of idle first "
                            + "takes off what each process spent in the same time with no request (measured for %d s "
                            + "just before).%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), items,
                    bankEntries, bankEntries, loadBefore, loadAverage(), jvmFlags, pinning.describe(), IDLE.toSeconds()));
        }
    }

    private void measure(String what, Supplier<HttpRequest> requests, int idsPerRequest) throws InterruptedException {
        measure(what, requests, idsPerRequest, 200);
    }

    /** @param expected the answer the phase's requests should get: 200, or 401 for the bare path */
    private void measure(String what, Supplier<HttpRequest> requests, int idsPerRequest, int expected)
            throws InterruptedException {
        System.out.println("Warming up " + what + "...");
        closedLoop(sweep[sweep.length / 2], WARM_UP, requests, expected);
        Phase best = null;
        for (int clients : sweep) {
            Phase trial = closedLoop(clients, STEP, requests, expected);
            System.out.printf(Locale.ROOT, "  %d clients: %.0f/s%n", clients, trial.perSecond());
            best = best == null || trial.perSecond() > best.perSecond() ? trial : best;
        }
        // What each process spends with no request at all (the portal's jobs, PostgreSQL's background writers):
        // on a loaded machine, where few requests are served, it would otherwise be charged to them.
        Thread.sleep(IDLE.toMillis() / 5);
        CpuMeter.Sample idleStart = cpu.sample();
        Thread.sleep(IDLE.toMillis());
        CpuMeter.Sample idle = cpu.sample().minus(idleStart);
        CpuMeter.Sample before = cpu.sample();
        Phase peak = closedLoop(best.clients(), measure, requests, expected);
        CpuMeter.Sample used = cpu.sample().minus(before);
        double share = peak.elapsed().toNanos() / (double) IDLE.toNanos();
        CpuMeter.Sample net = new CpuMeter.Sample(used.portal() - Math.round(idle.portal() * share),
                used.postgres() - Math.round(idle.postgres() * share), used.client() - Math.round(idle.client() * share));
        double n = Math.max(1, peak.ok()) * 1e6;
        portalCpuPerRequest.put(what, net.portal() / n);
        rows.add(String.format(Locale.ROOT, "| %s (%d clients, %d s) | %,.0f requests/s = %,.0f ids/s | %.1f / %.1f / %.1f"
                        + " ms | %d | %.2f / %.2f / %.2f ms | %.2f | %.2f / %.2f / %.2f ms | **%.2f** |", what,
                peak.clients(), peak.elapsed().toSeconds(), peak.perSecond(), peak.perSecond() * idsPerRequest,
                peak.p50() / 1000.0, peak.p99() / 1000.0, peak.max() / 1000.0, peak.failed(), used.portal() / n,
                used.postgres() / n, used.client() / n, used.portal() / (double) Math.max(1, used.postgres()),
                net.portal() / n, net.postgres() / n, net.client() / n,
                net.portal() / (double) Math.max(1, net.postgres())));
    }

    private Phase closedLoop(int clients, Duration duration, Supplier<HttpRequest> requests, int expected)
            throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[300_000];
            perClient.add(latencies);
            pool.execute(() -> {
                int n = 0;
                while (System.nanoTime() < end && n < latencies.length) {
                    long sent = System.nanoTime();
                    try {
                        int status = client.send(requests.get(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == expected) {
                            latencies[n++] = (System.nanoTime() - sent) / 1000;
                            ok.incrementAndGet();
                        } else if (failed.incrementAndGet() == 1) {
                            // Asked again to show why: the load itself discards bodies.
                            System.out.println("  first failure: HTTP " + status + " " + client.send(requests.get(),
                                    HttpResponse.BodyHandlers.ofString()).body());
                        }
                    } catch (java.io.IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                latencies[latencies.length - 1] = n;
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long[] all = perClient.stream().flatMapToLong(l -> Arrays.stream(l, 0, (int) l[l.length - 1])).sorted()
                .toArray();
        return new Phase(clients, ok.get(), failed.get(), elapsed, percentile(all, 50), percentile(all, 99),
                all.length == 0 ? 0 : all[all.length - 1]);
    }

    private int random() {
        return 1 + ThreadLocalRandom.current().nextInt(items);
    }

    private String batchBody() {
        return IntStream.range(0, BATCH).mapToObj(i -> "\"item-" + random() + "\"")
                .collect(Collectors.joining(",", "{\"contentIds\":[", "]}"));
    }

    /**
     * Screening's common case: an upload that matches nothing. Its SHA-256 and MD5 are random, its PDQ random (so
     * the index searches every table at full radius), its uploader one of 10,000 accounts.
     */
    private String screenBody() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format(Locale.ROOT, "{\"uploaderId\":\"user-%d\",\"mediaType\":\"image/jpeg\","
                + "\"sha256\":\"%s\",\"md5\":\"%s\",\"pdq\":\"%s\"}", random.nextInt(10_000), hex(32), hex(16),
                hex(32));
    }

    private static String hex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        return java.util.HexFormat.of().formatHex(value);
    }

    /**
     * Bank entries for screening to search, each with its change-log row (as the banks write them), so that the
     * node's index holds them whether it loads before or after: PDQ in the index, SHA-256 for the exact look-ups.
     */
    private void registerBankEntries(TestDatabase database) {
        System.out.println("Registering " + bankEntries + " + " + bankEntries + " bank entries...");
        String bank = "(select id from hash_bank where purpose = 'OTHER_REMOVED')";
        execute(database, "insert into bank_entry (bank_id, hash_type, hash_value, source, added_at, added_by) "
                + "select " + bank + ", 'PDQ', md5('p' || n) || md5('q' || n), 'bench', now(), 'bench' "
                + "from generate_series(1, " + bankEntries + ") n");
        execute(database, "insert into bank_entry (bank_id, hash_type, hash_value, source, added_at, added_by) "
                + "select " + bank + ", 'SHA256', md5('s' || n) || md5('t' || n), 'bench', now(), 'bench' "
                + "from generate_series(1, " + bankEntries + ") n");
        execute(database, "insert into screening_change (operation, source, source_id, hash_value, changed_at) "
                + "select 'ADD', 'BANK', id, hash_value, now() from bank_entry where hash_type = 'PDQ' order by id");
        execute(database, "analyze bank_entry");
    }

    private static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void execute(TestDatabase database, String sql) {
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String loadAverage() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return load[0] + " " + load[1];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private void write(String footnote) throws java.io.IOException {
        String table = "| Measure | Throughput | p50 / p99 / max | failed | CPU per request | portal / PostgreSQL "
                + "| CPU per request, net of idle | portal / PostgreSQL, net |\n|---|---|---|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n\n" + footnote + "Measured " + Instant.now() + ".\n";
        System.out.println();
        System.out.println(table);
        Path out = Path.of("target", "benchmarks", "visibility.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println("Written to " + out.toAbsolutePath());
    }
}
