package org.recourse.screening.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.recourse.platform.web.IpLiteral;

/**
 * Reads a Tor exit list as the Tor Project publishes it: the bulk exit list (one address a line, {@code #} comments),
 * or the exit-addresses format, of which only the {@code ExitAddress} lines count. The file is the platform's, but
 * read as hostile all the same: at most {@link #MAX_BYTES} are read, at most {@link #MAX_ADDRESSES} kept, a line over
 * {@link #MAX_LINE} characters is bad, and addresses are literals (never a DNS look-up).
 */
public final class TorExitListFile {

    /** The bulk list is about 30 KB for about two thousand exits: 8 MB leaves room and bounds the memory. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    public static final int MAX_ADDRESSES = 100_000;
    static final int MAX_LINE = 200;
    private static final Set<String> EXIT_ADDRESSES_KEYWORDS = Set.of("ExitNode", "Published", "LastStatus");

    /**
     * What a file held.
     *
     * @param badLines lines that were neither an address, a comment nor a known keyword line
     * @param truncated whether the file went over a bound (bytes or addresses) and the rest was not read
     */
    public record Parsed(Set<InetAddress> addresses, int badLines, boolean truncated) {
    }

    private TorExitListFile() {
    }

    public static Parsed read(InputStream in) throws IOException {
        Set<InetAddress> addresses = new HashSet<>();
        int bad = 0;
        boolean truncated = false;
        BoundedInput bounded = new BoundedInput(in, MAX_BYTES);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(bounded, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.length() > MAX_LINE) {
                    bad++;
                    continue;
                }
                Optional<InetAddress> address = address(line.strip());
                if (address == null) {
                    continue;
                }
                if (address.isEmpty()) {
                    bad++;
                } else if (addresses.size() >= MAX_ADDRESSES) {
                    truncated = true;
                    break;
                } else {
                    addresses.add(address.get());
                }
            }
        }
        return new Parsed(Set.copyOf(addresses), bad, truncated || bounded.over());
    }

    /** The line's address; empty for a bad line; null for a line that holds none by design (comment, keyword). */
    private static Optional<InetAddress> address(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return null;
        }
        String[] words = line.split("\\s+");
        if (words[0].equals("ExitAddress")) {
            return words.length >= 2 ? literal(words[1]) : Optional.empty();
        }
        if (EXIT_ADDRESSES_KEYWORDS.contains(words[0])) {
            return null;
        }
        return words.length == 1 ? literal(words[0]) : Optional.empty();
    }

    /** A bare address only: a port or brackets are not what the list holds. */
    private static Optional<InetAddress> literal(String word) {
        if (word.indexOf('[') >= 0 || word.matches("\\d{1,3}(\\.\\d{1,3}){3}:.*")) {
            return Optional.empty();
        }
        return IpLiteral.parse(word);
    }

    /** Stops reading past the bound, and remembers that it did. */
    private static final class BoundedInput extends java.io.FilterInputStream {
        private long left;
        private boolean over;

        BoundedInput(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                over = over || super.read() != -1;
                return -1;
            }
            int b = super.read();
            if (b != -1) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                over = over || super.read() != -1;
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        boolean over() {
            return over;
        }
    }
}
