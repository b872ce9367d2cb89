package org.recourse.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Drives POST /api/v1/reports over HTTP/1.1 with the JDK client: closed loop (N clients back to back) for peak
 * throughput, and open loop (a fixed send schedule, latency measured from the scheduled moment, so a slow server
 * cannot hide its queueing) for latency at a given rate. Every phase is bounded in time and by the bodies on offer.
 */
final class HttpLoad {

    /** What a closed-loop phase achieved. */
    record Throughput(int clients, long accepted, long failed, Duration elapsed, Map<Integer, Long> otherStatuses) {
        double perSecond() {
            return accepted / (elapsed.toNanos() / 1e9);
        }
    }

    /** What an open-loop phase measured, latencies in microseconds. */
    record Latency(double targetRate, long sent, long accepted, long failed, long p50, long p99, long max,
            Duration elapsed) {
        double achievedRate() {
            return accepted / (elapsed.toNanos() / 1e9);
        }
    }

    private final URI reports;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    HttpLoad(URI base) {
        this.reports = base.resolve("api/v1/reports");
    }

    private HttpRequest request(String body) {
        return HttpRequest.newBuilder(reports).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** N clients each sending the next body as soon as the last answer came, until time or bodies run out. */
    Throughput closedLoop(int clients, Duration duration, Supplier<String> bodies) throws InterruptedException {
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Map<Integer, AtomicLong> other = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                String body;
                while (System.nanoTime() < end && (body = bodies.get()) != null) {
                    try {
                        int status = client.send(request(body), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 201) {
                            accepted.incrementAndGet();
                        } else {
                            other.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Map<Integer, Long> statuses = new TreeMap<>();
        other.forEach((status, count) -> statuses.put(status, count.get()));
        return new Throughput(clients, accepted.get(), failed.get(), elapsed, statuses);
    }

    /** Sends at a fixed rate regardless of answers; each latency runs from the request's scheduled moment. */
    Latency openLoop(double ratePerSecond, Duration duration, Supplier<String> bodies) throws InterruptedException {
        int capacity = (int) Math.ceil(ratePerSecond * duration.toSeconds()) + 16;
        long[] latencies = new long[capacity];
        AtomicInteger recorded = new AtomicInteger();
        AtomicInteger outstanding = new AtomicInteger();
        AtomicLong failed = new AtomicLong();
        long interval = (long) (1e9 / ratePerSecond);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long sent = 0;
        long lastScheduled = start;
        for (long scheduled = start; scheduled < end && sent < capacity; scheduled = start + sent * interval) {
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String body = bodies.get();
            if (body == null) {
                break;
            }
            long due = scheduled;
            lastScheduled = scheduled;
            outstanding.incrementAndGet();
            sent++;
            client.sendAsync(request(body), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                long micros = (System.nanoTime() - due) / 1_000;
                if (error == null && response.statusCode() == 201) {
                    latencies[recorded.getAndIncrement()] = micros;
                } else {
                    failed.incrementAndGet();
                }
                outstanding.decrementAndGet();
            });
        }
        long drainDeadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (outstanding.get() > 0 && System.nanoTime() < drainDeadline) {
            Thread.sleep(5);
        }
        // The rate is what the schedule offered over its own span; draining the last answers is not part of it.
        Duration elapsed = Duration.ofNanos(lastScheduled - start + interval);
        long[] sorted = Arrays.copyOf(latencies, recorded.get());
        Arrays.sort(sorted);
        return new Latency(ratePerSecond, sent, sorted.length, failed.get(), percentile(sorted, 50),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1], elapsed);
    }

    private static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
