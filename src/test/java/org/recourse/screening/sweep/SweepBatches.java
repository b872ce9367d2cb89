package org.recourse.screening.sweep;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recourse.screening.banks.BankEntry;
import org.recourse.screening.banks.HashBanks;
import org.recourse.testing.Wiring;

/**
 * The database side of {@link Sweeps#step}, wired by hand over an entity manager for the sweep benchmark: claim, read
 * the next batch of entries, find their copies ({@link CopyFinder} with a real {@link ContentIndex}), store the
 * position. Hiding what is found (intake's report) is left out.
 */
public final class SweepBatches {

    /** One batch: how many entries it read and how many copies they found. */
    public record Batch(int entries, int found) {
    }

    private static final int SIZE = 500;

    private final SweepRepository repository;
    private final CopyFinder finder;
    private final ContentIndex index;

    private SweepBatches(SweepRepository repository, CopyFinder finder, ContentIndex index) {
        this.repository = repository;
        this.finder = finder;
        this.index = index;
    }

    public static SweepBatches over(EntityManager em, HashBanks banks) {
        SweepRepository repository = Wiring.set(new SweepRepository(), "em", em);
        ContentIndex index = Wiring.set(Wiring.set(new ContentIndex(), "repository", repository), "threshold", 31);
        CopyFinder finder = new CopyFinder();
        finder.index = index;
        finder.repository = repository;
        finder.banks = banks;
        return new SweepBatches(repository, finder, index);
    }

    /** Loads the content index from the database, as a node's first sweep does; returns its size. */
    public int loadIndex() {
        return index.size();
    }

    /** A supervisor's sweep of every bank. */
    public void startAll(String supervisor, Instant now) {
        long last = repository.lastEntryId();
        repository.add(SweepRun.onDemand(null, last, repository.countEntries(null, last), supervisor, now));
    }

    /** One batch of the oldest sweep not done, or null when there is none. */
    public Batch next(Instant now) {
        Optional<SweepRun> claimed = repository.claimNext();
        if (claimed.isEmpty()) {
            return null;
        }
        SweepRun run = claimed.get();
        run.begin(now);
        List<BankEntry> entries = repository.nextEntries(run, SIZE);
        int found = finder.find(entries.stream().filter(Sweeps::sweeps).toList()).size();
        long upTo = entries.isEmpty() ? run.position() : entries.get(entries.size() - 1).id();
        run.advance(entries.size(), upTo, found, 0, entries.size() < SIZE, now);
        return new Batch(entries.size(), found);
    }
}
