package org.recourse.platform.ratelimit;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Counts submissions per client in fixed windows. A client is known only by an HMAC of its address under a random
 * key that lives in memory for one window; at the end of the window the key and every count are thrown away, so
 * no address, and nothing that could be matched back to one, ever outlives the window or reaches storage.
 */
public final class SubmissionLimiter {

    /** The verdict on one submission; {@code retryAfter} is zero when it is allowed. */
    public record Decision(boolean allowed, Duration retryAfter) {
    }

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Integer> counts = new HashMap<>();
    private Instant windowStart;
    private Mac mac;

    public SubmissionLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive count and window.");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        rotate(clock.instant());
    }

    public synchronized Decision tryAcquire(String clientAddress) {
        Instant now = clock.instant();
        if (!now.isBefore(windowStart.plus(window))) {
            rotate(now);
        }
        String key = anonymise(clientAddress == null ? "" : clientAddress);
        int count = counts.merge(key, 1, Integer::sum);
        if (count <= limit) {
            return new Decision(true, Duration.ZERO);
        }
        Duration left = Duration.between(now, windowStart.plus(window));
        return new Decision(false, left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
    }

    /** How many clients are being counted now; for tests and metrics, never which. */
    public synchronized int trackedClients() {
        forgetExpired();
        return counts.size();
    }

    /**
     * Throws the key and every count away once the window has ended, even if nobody submits again: called by a
     * timer, so no trace outlives its window by more than a minute.
     */
    public synchronized void forgetExpired() {
        Instant now = clock.instant();
        if (!now.isBefore(windowStart.plus(window))) {
            rotate(now);
        }
    }

    private void rotate(Instant now) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every JDK has HmacSHA256", e);
        }
        counts.clear();
        windowStart = now;
    }

    private String anonymise(String address) {
        byte[] digest = mac.doFinal(address.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(digest, 16));
    }
}
