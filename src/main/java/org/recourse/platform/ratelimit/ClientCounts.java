package org.recourse.platform.ratelimit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Counts per client in fixed windows, without knowing who the clients are. A client is known only by an HMAC of its
 * address under a random key that lives in memory for one window; at the end of the window the key and every count
 * are thrown away, so no address, and nothing that could be matched back to one, outlives the window or reaches
 * storage. At most {@code maxClients} clients are counted at once: memory stays bounded whatever the number of
 * addresses a flood comes from, and a client that does not fit is answered {@link #FULL}, for the caller to refuse.
 * Thread-safe.
 */
public final class ClientCounts {

    /** The count of a client that could not be counted because the table is full: more than any limit. */
    public static final int FULL = Integer.MAX_VALUE;

    private final Duration window;
    private final Clock clock;
    private final int maxClients;
    private final SecureRandom random = new SecureRandom();
    private Map<Anonymous, Integer> counts = new HashMap<>();
    private Instant windowStart;
    private Mac mac;

    /** The HMAC's first 128 bits: two longs, about 80 bytes a client with the map's entry. */
    private record Anonymous(long high, long low) {
    }

    public ClientCounts(Duration window, Clock clock, int maxClients) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A counting window must be positive.");
        }
        if (maxClients < 1) {
            throw new IllegalArgumentException("At least one client must fit: the ceiling must be positive.");
        }
        this.window = window;
        this.clock = clock;
        this.maxClients = maxClients;
        rotate(clock.instant());
    }

    /**
     * Counts one more event for this client and returns its count in the current window; {@link #FULL}, counting
     * nothing, for a new client when {@code maxClients} are counted already.
     */
    public synchronized int add(ClientAddress client) {
        forgetExpired();
        Anonymous key = anonymise(client);
        Integer count = counts.get(key);
        if (count == null && counts.size() >= maxClients) {
            return FULL;
        }
        int next = count == null ? 1 : count + (count < FULL - 1 ? 1 : 0);
        counts.put(key, next);
        return next;
    }

    /** This client's count in the current window, without adding to it; {@link #FULL} if it could not be counted. */
    public synchronized int count(ClientAddress client) {
        forgetExpired();
        Integer count = counts.get(anonymise(client));
        if (count == null) {
            return counts.size() >= maxClients ? FULL : 0;
        }
        return count;
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
        counts = new HashMap<>();
        windowStart = now;
    }

    private Anonymous anonymise(ClientAddress client) {
        ByteBuffer digest = ByteBuffer.wrap(mac.doFinal(client.key().getBytes(StandardCharsets.UTF_8)));
        return new Anonymous(digest.getLong(), digest.getLong());
    }
}
