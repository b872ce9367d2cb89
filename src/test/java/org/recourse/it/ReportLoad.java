package org.recourse.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Several clients sending API reports back to back, for as long as they are let (bounded in count and time). It
 * remembers every reference that was acknowledged with 201, and tells failures before the server was killed (which
 * must not happen) from failures caused by the kill (which must).
 */
final class ReportLoad {

    private static final List<String> CATEGORIES = List.of("other_harmful", "survivor_harassment",
            "non_consensual_intimate_image", "survivor_adult_image");
    private static final int DEMO_ITEMS = 12;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI reports;
    private final int threads;
    private final int maxRequestsPerThread;
    private final ExecutorService pool;
    private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicInteger> otherStatuses = new ConcurrentHashMap<>();
    private final Queue<RuntimeException> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger failuresBeforeKill = new AtomicInteger();
    private final AtomicInteger failuresAfterKill = new AtomicInteger();
    private final AtomicLong externalUrls = new AtomicLong();
    private volatile boolean killed;
    private volatile boolean stopped;
    private volatile long deadline;

    ReportLoad(URI base, int threads, int maxRequestsPerThread) {
        this.reports = base.resolve("api/v1/reports");
        this.threads = threads;
        this.maxRequestsPerThread = maxRequestsPerThread;
        this.pool = Executors.newFixedThreadPool(threads);
    }

    /** Starts every client; each stops after its maximum number of requests or when the time is up. */
    void start(Duration limit) {
        deadline = System.nanoTime() + limit.toNanos();
        for (int t = 0; t < threads; t++) {
            long seed = t;
            pool.submit(() -> run(new Random(seed)));
        }
        pool.shutdown();
    }

    /** Polls until this many reports are acknowledged; false if the time limit came first. */
    boolean awaitAcknowledged(int count) throws InterruptedException {
        while (acknowledged.size() < count && System.nanoTime() < deadline && !pool.isTerminated()) {
            Thread.sleep(20);
        }
        return acknowledged.size() >= count;
    }

    /** Marks the moment of the kill: from now on a failed request is the kill's doing. Returns requests in flight. */
    int markKilled() {
        killed = true;
        return inFlight.get();
    }

    void stopAndJoin(Duration timeout) throws InterruptedException {
        stopped = true;
        if (!pool.awaitTermination(timeout.toSeconds(), TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("The clients did not stop within " + timeout);
        }
    }

    private void run(Random random) {
        for (int i = 0; i < maxRequestsPerThread && !stopped && System.nanoTime() < deadline; i++) {
            HttpRequest request = HttpRequest.newBuilder(reports).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(randomReport(random))).build();
            inFlight.incrementAndGet();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    acknowledged.add(reference(response.body()));
                } else {
                    otherStatuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                }
            } catch (IOException e) {
                (killed ? failuresAfterKill : failuresBeforeKill).incrementAndGet();
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

    /** Mostly one demo item; sometimes two, an address elsewhere, or both. */
    private String randomReport(Random random) {
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
        return "{\"items\":[" + items + "],\"category\":\"" + CATEGORIES.get(random.nextInt(CATEGORIES.size())) + "\"}";
    }

    private static String demoItem(Random random) {
        return String.format("{\"contentId\":\"demo-%02d\"}", 1 + random.nextInt(DEMO_ITEMS));
    }

    private String externalItem() {
        return "{\"url\":\"https://elsewhere.example/crash/" + externalUrls.incrementAndGet() + "\"}";
    }

    /** The reference of a 201 body, compact as stored ({@code "reference":"K7QM-2XHD-9RTB-F4W8"}). */
    private static String reference(String body) {
        String display = body.replaceFirst("(?s).*\"reference\"\\s*:\\s*\"([0-9A-Z-]{19})\".*", "$1");
        if (display.length() != 19) {
            throw new IllegalStateException("No reference in a 201: " + body);
        }
        return display.replace("-", "");
    }

    List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Anything a client met that is not an HTTP answer or a broken connection, e.g. a 201 without a reference. */
    List<RuntimeException> errors() {
        return List.copyOf(errors);
    }

    int failuresBeforeKill() {
        return failuresBeforeKill.get();
    }

    int failuresAfterKill() {
        return failuresAfterKill.get();
    }

    /** Answers other than 201, by status, e.g. {@code {500=3}}. */
    Map<Integer, Integer> otherStatuses() {
        return otherStatuses.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }
}
