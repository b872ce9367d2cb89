package org.recourse.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.recourse.clients.ApiKey;

/**
 * A steady mixed load, as a platform and its users make it: several clients, each at a paced rate (a slow answer
 * delays that client's next request, it never causes a burst), sending API reports ({@code POST /api/v1/reports},
 * one in five with a contact address, so the mail outbox works too), upload screens with hashes
 * ({@code POST /api/v1/screen}) and visibility look-ups ({@code GET /api/v1/content/{id}}). Without an API key it
 * sends reports only.
 *
 * <p>It remembers every reference acknowledged with 201 (and the contact address it was sent with), every answer by
 * phase and kind, broken connections by phase, and each answer's moment, so a scenario can tell what was promised,
 * what was refused while a fault lasted, and how soon service came back. The portal's address can change between
 * phases (a restarted portal gets a new port).
 */
public final class MixedLoad {

    /** What a request asks. */
    public enum Kind { REPORT, SCREEN, LOOKUP }

    /** A report the portal acknowledged: its compact reference, and the contact address it names (or null). */
    public record Acknowledged(String reference, String contactEmail) {
    }

    /** One answer (status 0: the connection broke or was refused), when it came, in which phase. */
    public record Outcome(Kind kind, int status, boolean retryAfter, Instant at, String phase) {
        public boolean ok() {
            return status == 200 || status == 201;
        }
    }

    private static final List<String> CATEGORIES = List.of("other_harmful", "survivor_harassment",
            "non_consensual_intimate_image", "survivor_adult_image");
    private static final int DEMO_ITEMS = 12;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final int clients;
    private final long intervalNanos;
    private final ApiKey key;
    private final long seed;
    private final ExecutorService pool;
    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Queue<String> samples = new ConcurrentLinkedQueue<>();
    private final Queue<RuntimeException> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong numbers = new AtomicLong();
    private volatile URI base;
    private volatile String phase = "steady";
    private volatile boolean stopped;
    private volatile long deadline;

    /**
     * @param clients concurrent clients
     * @param perClientPerSecond each client's paced rate
     * @param key an API key with the scopes content:read and screen, or null for reports only
     * @param seed makes the mix, the items and the addresses repeatable
     */
    public MixedLoad(URI base, int clients, double perClientPerSecond, ApiKey key, long seed) {
        this.base = base;
        this.clients = clients;
        this.intervalNanos = (long) (1e9 / perClientPerSecond);
        this.key = key;
        this.seed = seed;
        this.pool = Executors.newFixedThreadPool(clients);
    }

    /** Starts every client; each runs until {@link #stopAndJoin} or the time limit. */
    public MixedLoad start(Duration limit) {
        deadline = System.nanoTime() + limit.toNanos();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed * 1_000 + c);
            long offset = intervalNanos * c / clients;
            pool.submit(() -> run(random, offset));
        }
        pool.shutdown();
        return this;
    }

    /** From now on the clients send to this portal (a restarted one listens on a new port). */
    public void target(URI newBase) {
        this.base = newBase;
    }

    /** Names what happens from now on ("steady", "killed", "database down"...): answers are counted under it. */
    public void phase(String name) {
        this.phase = name;
    }

    public int inFlight() {
        return inFlight.get();
    }

    /** Polls until this many reports are acknowledged; false if the time limit came first. */
    public boolean awaitAcknowledged(int count, Duration within) throws InterruptedException {
        long until = Math.min(deadline, System.nanoTime() + within.toNanos());
        while (acknowledged.size() < count && System.nanoTime() < until && !pool.isTerminated()) {
            Thread.sleep(20);
        }
        return acknowledged.size() >= count;
    }

    public void stopAndJoin(Duration timeout) throws InterruptedException {
        stopped = true;
        if (!pool.awaitTermination(timeout.toSeconds(), TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("The clients did not stop within " + timeout);
        }
    }

    private void run(Random random, long offset) {
        long next = System.nanoTime() + offset;
        while (!stopped && System.nanoTime() < deadline) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            // Paced, not catching up: a client that fell behind goes on at its rate from now.
            next = Math.max(next + intervalNanos, System.nanoTime());
            Kind kind = key == null ? Kind.REPORT : pick(random);
            String phaseAtSend = phase;
            inFlight.incrementAndGet();
            try {
                send(kind, random, phaseAtSend);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                errors.add(e);
                return;
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private static Kind pick(Random random) {
        int roll = random.nextInt(4);
        return roll < 2 ? Kind.REPORT : roll == 2 ? Kind.SCREEN : Kind.LOOKUP;
    }

    private void send(Kind kind, Random random, String phaseAtSend) throws InterruptedException {
        String contact = kind == Kind.REPORT && random.nextInt(5) == 0
                ? "r" + seed + "-" + numbers.incrementAndGet() + "@reporter.test" : null;
        HttpRequest request = request(kind, random, contact);
        int status;
        boolean retryAfter = false;
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            retryAfter = response.headers().firstValue("Retry-After").isPresent();
            if (status == 201 && kind == Kind.REPORT) {
                acknowledged.add(new Acknowledged(reference(response.body()), contact));
            } else if (status >= 300 && samples.size() < 20) {
                samples.add(kind + " " + status + " " + response.headers().firstValue("Content-Type").orElse("")
                        + " " + response.body().substring(0, Math.min(300, response.body().length())));
            }
        } catch (IOException e) {
            status = 0;
        }
        outcomes.add(new Outcome(kind, status, retryAfter, Instant.now(), phaseAtSend));
    }

    private HttpRequest request(Kind kind, Random random, String contact) {
        URI at = base;
        return switch (kind) {
            case REPORT -> json(at.resolve("api/v1/reports"), randomReport(random, contact)).build();
            case SCREEN -> json(at.resolve("api/v1/screen"), "{\"sha256\":\"" + randomHex(random, 32)
                    + "\",\"mediaType\":\"image/jpeg\"}").header("Authorization", "Bearer " + key.value()).build();
            case LOOKUP -> HttpRequest.newBuilder(at.resolve("api/v1/content/" + demoId(random)))
                    .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + key.value()).GET().build();
        };
    }

    private static HttpRequest.Builder json(URI uri, String body) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Mostly one demo item; sometimes two, an address elsewhere, or both. */
    private String randomReport(Random random, String contact) {
        int shape = random.nextInt(10);
        String items;
        if (shape < 6) {
            items = demoItem(random);
        } else if (shape < 8) {
            items = demoItem(random) + "," + demoItem(random);
        } else if (shape < 9) {
            items = externalItem();
        } else {
            items = demoItem(random) + "," + externalItem();
        }
        String contactField = contact == null ? "" : ",\"contact\":{\"email\":\"" + contact + "\",\"consent\":true}";
        return "{\"items\":[" + items + "],\"category\":\"" + CATEGORIES.get(random.nextInt(CATEGORIES.size()))
                + "\"" + contactField + "}";
    }

    private static String demoId(Random random) {
        return String.format("demo-%02d", 1 + random.nextInt(DEMO_ITEMS));
    }

    private static String demoItem(Random random) {
        return "{\"contentId\":\"" + demoId(random) + "\"}";
    }

    private String externalItem() {
        return "{\"url\":\"https://elsewhere.example/faults/" + seed + "/" + numbers.incrementAndGet() + "\"}";
    }

    private static String randomHex(Random random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    /** The reference of a 201 body, compact as stored ({@code "reference":"K7QM-2XHD-9RTB-F4W8"}). */
    private static String reference(String body) {
        String display = body.replaceFirst("(?s).*\"reference\"\\s*:\\s*\"([0-9A-Z-]{19})\".*", "$1");
        if (display.length() != 19) {
            throw new IllegalStateException("No reference in a 201: " + body);
        }
        return display.replace("-", "");
    }

    public List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    public List<String> acknowledgedReferences() {
        return acknowledged.stream().map(Acknowledged::reference).toList();
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public long requests() {
        return outcomes.size();
    }

    /** Anything a client met that is not an HTTP answer or a broken connection, e.g. a 201 without a reference. */
    public List<RuntimeException> errors() {
        return List.copyOf(errors);
    }

    /** The first answers other than 200/201 (kind, status, type, the start of the body), for failure messages. */
    public List<String> samples() {
        return List.copyOf(samples);
    }

    /** Answers by phase, then kind, then status (0 = broken connection), e.g. {@code {steady={REPORT={201=412}}}}. */
    public Map<String, Map<Kind, Map<Integer, Integer>>> byPhase() {
        Map<String, Map<Kind, Map<Integer, Integer>>> table = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            table.computeIfAbsent(outcome.phase(), p -> new TreeMap<>())
                    .computeIfAbsent(outcome.kind(), k -> new TreeMap<>()).merge(outcome.status(), 1, Integer::sum);
        }
        return table;
    }

    /** Answers of one phase by status, all kinds together. */
    public Map<Integer, Integer> statuses(String phaseName) {
        Map<Integer, Integer> table = new TreeMap<>();
        outcomes.stream().filter(o -> o.phase().equals(phaseName)).forEach(o -> table.merge(o.status(), 1, Integer::sum));
        return table;
    }

    /** Moments of the first answer of each kind that succeeded at or after this moment, if any. */
    public Map<Kind, Instant> firstSuccessAfter(Instant moment) {
        Map<Kind, Instant> first = new ConcurrentHashMap<>();
        outcomes.stream().filter(o -> o.ok() && !o.at().isBefore(moment))
                .forEach(o -> first.merge(o.kind(), o.at(), (a, b) -> a.isBefore(b) ? a : b));
        return first;
    }
}
