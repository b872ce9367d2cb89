package org.recourse.screening.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Tor exit addresses this node knows, from the file the platform keeps fresh (setting
 * {@code recourse.policy.tor-exit-list}, e.g. a cron job fetching {@code check.torproject.org/torbulkexitlist}). The
 * file's modification time and size are looked at, at most every {@code recourse.policy.tor-exit-list-check} (a
 * minute by default), when an address is checked or the admin looks; a changed file is read again, a file that went
 * missing or unreadable leaves the last list in force. Addresses asked about are checked against the set in memory,
 * and never kept or logged.
 */
@ApplicationScoped
public class TorExitList {

    private static final Logger LOG = Logger.getLogger(TorExitList.class.getName());

    /**
     * What the admin sees: how many addresses, when loaded, and what went wrong.
     *
     * @param problem null, or a message key: the file is missing, unreadable, or over a bound
     */
    public record Status(boolean configured, int addresses, Instant loadedAt, int badLines, boolean truncated,
            String problem) {
    }

    private record Loaded(Set<InetAddress> addresses, Instant loadedAt, Instant modified, long size, int badLines,
            boolean truncated) {
        static final Loaded NONE = new Loaded(Set.of(), null, null, -1, 0, false);
    }

    @Inject
    @ConfigProperty(name = "recourse.policy.tor-exit-list")
    Optional<String> file;

    @Inject
    @ConfigProperty(name = "recourse.policy.tor-exit-list-check", defaultValue = "PT1M")
    String checkEvery;

    @Inject
    Clock clock;

    private final ReentrantLock reading = new ReentrantLock();
    private volatile Loaded loaded = Loaded.NONE;
    private volatile Instant lastCheck;
    private volatile String problem;

    /** Whether the address is a Tor exit (a file changed since the last look is read first). */
    public boolean isExit(InetAddress address) {
        refreshIfDue();
        return address != null && loaded.addresses().contains(address);
    }

    public Status status() {
        refreshIfDue();
        Loaded now = loaded;
        return new Status(path().isPresent(), now.addresses().size(), now.loadedAt(), now.badLines(), now.truncated(),
                problem);
    }

    /** Looks at the file if the interval has passed; one thread reads, the others go on with the list in force. */
    void refreshIfDue() {
        Optional<Path> path = path();
        Instant now = clock.instant();
        Instant last = lastCheck;
        if (path.isEmpty() || last != null && now.isBefore(last.plus(Duration.parse(checkEvery)))
                || !reading.tryLock()) {
            return;
        }
        try {
            lastCheck = now;
            refresh(path.get(), now);
        } finally {
            reading.unlock();
        }
    }

    private void refresh(Path path, Instant now) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            Instant modified = attributes.lastModifiedTime().toInstant();
            Loaded before = loaded;
            if (modified.equals(before.modified()) && attributes.size() == before.size()) {
                return;
            }
            if (!attributes.isRegularFile()) {
                problem = "staff.policy.tor.problem.unreadable";
                return;
            }
            TorExitListFile.Parsed parsed;
            try (InputStream in = Files.newInputStream(path)) {
                parsed = TorExitListFile.read(in);
            }
            loaded = new Loaded(parsed.addresses(), now, modified, attributes.size(), parsed.badLines(),
                    parsed.truncated());
            problem = parsed.truncated() ? "staff.policy.tor.problem.truncated" : null;
            LOG.info(() -> "Tor exit list read: " + parsed.addresses().size() + " addresses, " + parsed.badLines()
                    + " bad lines" + (parsed.truncated() ? ", over a bound (the rest was not read)" : ""));
        } catch (java.nio.file.NoSuchFileException missing) {
            problem = "staff.policy.tor.problem.missing";
        } catch (IOException | SecurityException unreadable) {
            problem = "staff.policy.tor.problem.unreadable";
            LOG.log(Level.WARNING, "The Tor exit list could not be read; the last list stays in force", unreadable);
        }
    }

    private Optional<Path> path() {
        return file.filter(f -> !f.isBlank()).map(f -> Path.of(f.strip()));
    }
}
