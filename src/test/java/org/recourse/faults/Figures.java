package org.recourse.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The figures line of one scenario run, as docs/reliability.md shows them: requests sent, reports acknowledged, lost
 * (must be 0), duplicates (outbox sends beyond the first), recovery time, and the machine's load while it ran. Printed
 * and written to {@code target/faults/<scenario>.md}.
 */
public record Figures(String scenario, long seed, long requests, long acknowledged, long lost, long duplicates,
        Duration recovery, String notes) {

    public static final String HEADER = "| Scenario | Run | Seed | Requests | Acknowledged | Lost | Duplicates | "
            + "Recovery | Load (1/5/15 min) | Notes |\n|---|---|---|---|---|---|---|---|---|---|";

    public String line() {
        return String.format(Locale.ROOT, "| %s | %s | %d | %,d | %,d | %d | %d | %.1f s | %s | %s |", scenario,
                Instant.now().truncatedTo(ChronoUnit.MINUTES), seed, requests, acknowledged, lost, duplicates,
                recovery.toMillis() / 1000.0, loadAverage(), notes);
    }

    /** Prints the line and writes it, under the table's header, to target/faults/{scenario}.md. */
    public Figures write() {
        String text = HEADER + "\n" + line() + "\n";
        System.out.println("Faults, " + scenario + ":\n" + text);
        try {
            Path file = Path.of("target", "faults", scenario + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The first three fields of /proc/loadavg (what `uptime` prints), or "n/a" elsewhere. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException e) {
            return "n/a";
        }
    }
}
