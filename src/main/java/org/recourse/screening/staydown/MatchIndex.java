package org.recourse.screening.staydown;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.content.ContentRepository;
import org.recourse.matching.hash.PdqHash;
import org.recourse.matching.index.StaticMultiIndex;
import org.recourse.screening.banks.BankRepository;
import org.recourse.screening.banks.HashBanks;

/**
 * This node's PDQ index of every bank entry that can match (active, not rejected) and every item hidden pending
 * review. It is loaded from the database at start, then follows {@link ScreeningChanges}: before each look-up it
 * applies the changes made since (on any node), so a look-up never misses a committed change. Exact hashes are not
 * kept here; screening asks the database for them.
 *
 * <p>The index is a {@link StaticMultiIndex}: built in one pass from the database at start, it takes later changes in
 * a small delta that a background thread folds in, so look-ups stay sub-linear at ten million hashes (see
 * docs/benchmarks.md, "Stay-down hashing").
 */
@ApplicationScoped
public class MatchIndex {

    private static final Logger LOG = Logger.getLogger(MatchIndex.class.getName());
    private static final int PAGE = 10_000;

    /** What an indexed hash stands for. */
    public record Ref(ScreeningChanges.Source source, long sourceId) {
    }

    /** A near match: what it stands for and how far it is from the nearest of the query's variants. */
    public record Hit(Ref ref, int distance) {
    }

    @Inject
    ScreeningChanges changes;

    @Inject
    HashBanks banks;

    @Inject
    ContentRepository content;

    @Inject
    @ConfigProperty(name = "recourse.screening.pdq-threshold", defaultValue = "31")
    int threshold;

    /**
     * How far above the threshold an upload's nearest hash still counts as a near miss (a behaviour signal of its
     * uploader, issue 17 section 4): the index searches to the threshold plus this band, and {@link #near} keeps only
     * the matches. With 256-bit PDQ split in 16 or more substrings, a few bits more hardly change the look-up's cost.
     */
    @Inject
    @ConfigProperty(name = "recourse.screening.near-miss-band", defaultValue = "6")
    int nearMissBand;

    /** How long a screening is told to wait while this node's index loads (Retry-After). */
    static final java.time.Duration LOADING_RETRY_AFTER = java.time.Duration.ofSeconds(10);

    private volatile StaticMultiIndex index;
    private long lastApplied = -1;
    /** True while {@link #loadInBackground} reads the index; screenings are refused rather than queued behind it. */
    private volatile boolean loadingInBackground;

    @PreDestroy
    void close() {
        if (index != null) {
            index.close();
        }
    }

    /**
     * Every indexed hash within the threshold of any of these (an upload's rotations and mirrors), nearest first. For
     * jobs (the sweep): it waits for a load under way instead of refusing.
     */
    public List<Hit> near(List<PdqHash> variants) {
        catchUp();
        return matchesOf(variants).matches();
    }

    /**
     * What a look-up found: the matches (within the threshold, nearest first), and the distance of the nearest hash
     * that fell just outside it (within the near-miss band), if any.
     */
    public record Lookup(List<Hit> matches, java.util.OptionalInt nearestMiss) {
    }

    /**
     * The matches of these variants, and the nearest miss within the band above the threshold.
     *
     * @throws IndexLoadingException while {@link #loadInBackground} is still reading this node's index: an upload
     *     screened against half an index could pass when it should be held, and a request that waited for the whole
     *     load (a minute at ten million hashes) would hold an HTTP thread, with every other screening behind it
     */
    public Lookup lookUp(List<PdqHash> variants) {
        if (loadingInBackground && index == null) {
            throw new IndexLoadingException(LOADING_RETRY_AFTER);
        }
        catchUp();
        return matchesOf(variants);
    }

    private Lookup matchesOf(List<PdqHash> variants) {
        List<Hit> all = index.nearestToAny(variants).entrySet().stream()
                .map(e -> new Hit(refOf(e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparingInt(Hit::distance))
                .toList();
        return new Lookup(all.stream().filter(hit -> hit.distance() <= threshold).toList(),
                all.stream().mapToInt(Hit::distance).filter(distance -> distance > threshold).min());
    }

    /** How many hashes this node holds; for metrics and tests. */
    public int size() {
        catchUp();
        return index.size();
    }

    /**
     * Starts reading this node's index on another thread (at start, so that the first screening does not pay for it);
     * until it is read, {@link #lookUp} refuses with {@link IndexLoadingException}. A failed load is logged, and the next
     * look-up loads the index itself, as without this.
     */
    public void loadInBackground(java.util.concurrent.Executor executor) {
        synchronized (this) {
            if (index != null || loadingInBackground) {
                return;
            }
            loadingInBackground = true;
        }
        try {
            executor.execute(() -> {
                try {
                    catchUp();
                } catch (RuntimeException e) {
                    LOG.log(java.util.logging.Level.WARNING, "The stay-down index did not load at start; the next "
                            + "screening loads it", e);
                } finally {
                    loadingInBackground = false;
                }
            });
        } catch (RuntimeException refused) {
            loadingInBackground = false;
            throw refused;
        }
    }

    /** Loads the current state once, then applies every logged change after the last one applied. */
    synchronized void catchUp() {
        if (index == null) {
            load();
        }
        List<ScreeningChanges.Change> batch;
        do {
            batch = changes.after(lastApplied, PAGE);
            batch.forEach(this::apply);
        } while (batch.size() == PAGE);
    }

    private void load() {
        // The log's end first: changes committed while the snapshot is read are applied again after it (harmless).
        long upTo = changes.lastId();
        List<BankRepository.MatchingPdq> bank = banks.matchingPdq();
        List<ContentRepository.PendingHash> pending = content.pdqHiddenPendingReview();
        StaticMultiIndex.Builder builder = StaticMultiIndex.builder(threshold + Math.max(0, nearMissBand),
                bank.size() + pending.size());
        bank.forEach(entry -> builder.add(keyOf(new Ref(ScreeningChanges.Source.BANK, entry.entryId())), entry.pdq()));
        pending.forEach(item -> builder.add(keyOf(new Ref(ScreeningChanges.Source.PENDING, item.itemId())),
                item.pdq()));
        index = builder.build();
        lastApplied = upTo;
        LOG.info(() -> "Stay-down index loaded: " + index.size() + " PDQ hashes (" + index.describe() + ").");
    }

    private void apply(ScreeningChanges.Change change) {
        Ref ref = new Ref(change.source(), change.sourceId());
        if (change.add()) {
            put(ref, change.pdq());
        } else {
            index.remove(keyOf(ref));
        }
        lastApplied = change.id();
    }

    private void put(Ref ref, PdqHash pdq) {
        long key = keyOf(ref);
        if (!index.contains(key)) {
            index.add(key, pdq);
        }
    }

    static long keyOf(Ref ref) {
        return ref.sourceId() * 2 + (ref.source() == ScreeningChanges.Source.PENDING ? 1 : 0);
    }

    static Ref refOf(long key) {
        return new Ref((key & 1) == 1 ? ScreeningChanges.Source.PENDING : ScreeningChanges.Source.BANK, key >>> 1);
    }
}
