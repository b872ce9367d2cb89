package org.recourse.platform.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Counts per client in fixed windows, without knowing who the clients are. A client is known only by an HMAC of its
 * address under a random key that lives in memory for one window; at the end of the window the key and every count
 * are thrown away, so no address, and nothing that could be matched back to one, outlives the window or reaches
 * storage. Thread-safe.
 */
public final class ClientCounts {

    private final Duration window;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Integer> counts = new HashMap<>();
    private Instant windowStart;
    private Mac mac;

    public ClientCounts(Duration window, Clock clock) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A counting window must be positive.");
        }
        this.window = window;
        this.clock = clock;
        rotate(clock.instant());
    }

    /** Counts one more event for this client and returns its count in the current window. */
    public synchronized int add(String clientAddress) {
        forgetExpired();
        return counts.merge(anonymise(clientAddress), 1, Integer::sum);
    }

    /** This client's count in the current window, without adding to it. */
    public synchronized int count(String clientAddress) {
        forgetExpired();
        return counts.getOrDefault(anonymise(clientAddress), 0);
    }

    /** How long until the current window ends and every count is forgotten (at least a second). */
    public synchronized Duration untilForgotten() {
        Duration left = Duration.between(clock.instant(), windowStart.plus(window));
        return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
    }

    /** How many clients are being counted now; for tests and metrics, never which. */
    public synchronized int size() {
        forgetExpired();
        return counts.size();
    }

    /** Throws the key and every count away once the window has ended; also called by a timer. */
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
        byte[] digest = mac.doFinal((address == null ? "" : address).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(Arrays.copyOf(digest, 16));
    }
}
