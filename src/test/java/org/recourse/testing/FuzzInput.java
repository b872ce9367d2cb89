package org.recourse.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What the fuzz tests share: raw fuzzer bytes read as text the way a server reads a request (UTF-8, malformed
 * sequences replaced), split into fields at newlines, and a check that one input was handled in bounded time.
 *
 * <p>Fuzz tests take {@code byte[]} rather than Jazzer's typed parameters so that every seed in the committed corpus
 * is a plain file a person can read and write.
 */
public final class FuzzInput {

    private FuzzInput() {
    }

    public static String text(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    /** The input cut at its first {@code parts - 1} newlines: e.g. a header line and a body. Missing parts are "". */
    public static String[] fields(byte[] input, int parts) {
        String[] found = text(input).split("\n", parts);
        String[] fields = new String[parts];
        for (int i = 0; i < parts; i++) {
            fields[i] = i < found.length ? found[i] : "";
        }
        return fields;
    }

    /** Runs {@code work} and fails if it took longer than {@code bound} (hangs are cut by the test's own timeout). */
    public static <T> T within(Duration bound, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        long took = System.nanoTime() - start;
        if (took > bound.toNanos()) {
            throw new AssertionError("One input took " + took / 1_000_000 + " ms, more than " + bound.toMillis()
                    + " ms");
        }
        return result;
    }
}
