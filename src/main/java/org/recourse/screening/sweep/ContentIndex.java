package org.recourse.screening.sweep;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.matching.hash.PdqHash;
import org.recourse.matching.index.StaticMultiIndex;

/**
 * This node's PDQ index of registered content (every item with a PDQ hash that is not removed), beside stay-down's
 * index of the banks. It is loaded from the database at start, a page at a time, then follows the
 * {@code content_change} log ({@link ContentChangeLog}): before each search it applies the changes made since, on any
 * node. A {@link StaticMultiIndex} like the banks' (about 120 MB a million items, see docs/benchmarks.md, "The
 * sweep"). Whether an item found is still shown is asked of the database when it is hidden, not here.
 */
@ApplicationScoped
public class ContentIndex {

    private static final Logger LOG = Logger.getLogger(ContentIndex.class.getName());
    private static final int PAGE = 10_000;

    /** A registered item within the threshold, and how far it is from the nearest of the query's variants. */
    public record Hit(long itemId, int distance) {
    }

    @Inject
    SweepRepository repository;

    @Inject
    @ConfigProperty(name = "recourse.screening.pdq-threshold", defaultValue = "31")
    int threshold;

    private StaticMultiIndex index;
    private long lastApplied = -1;

    @PreDestroy
    void close() {
        if (index != null) {
            index.close();
        }
    }

    /** Every registered item within the threshold of any of these (a hash and its variants), nearest first. */
    public List<Hit> near(List<PdqHash> variants) {
        catchUp();
        return nearIn(index, variants);
    }

    /**
     * Catches up with the log once, then searches many hashes: a sweep's batch asks the database once, not once an
     * entry. Searches may run while other threads change the index (a search reads an immutable snapshot).
     */
    public Function<List<PdqHash>, List<Hit>> searcher() {
        catchUp();
        StaticMultiIndex current = index;
        return variants -> nearIn(current, variants);
    }

    /** The search itself, over any index: each item once, at its smallest distance to any variant. */
    public static List<Hit> nearIn(StaticMultiIndex index, List<PdqHash> variants) {
        return index.nearestToAny(variants).entrySet().stream().map(e -> new Hit(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Hit::distance).thenComparingLong(Hit::itemId)).toList();
    }

    /** How many items this node holds; for tests and the sweeps page. */
    public int size() {
        catchUp();
        return index.size();
    }

    /** Loads the current state once, then applies every logged change after the last one applied. */
    @Transactional
    synchronized void catchUp() {
        if (index == null) {
            load();
        }
        List<ContentChange.Applied> batch;
        do {
            batch = repository.changesAfter(lastApplied, PAGE);
            batch.forEach(this::apply);
        } while (batch.size() == PAGE);
    }

    private void load() {
        // The log's end first: changes committed while the items are read are applied again after (harmless).
        long upTo = repository.lastChangeId();
        StaticMultiIndex.Builder builder = StaticMultiIndex.builder(threshold, 0);
        List<SweepRepository.IndexedPdq> page;
        long after = 0;
        int loaded = 0;
        do {
            page = repository.contentPdq(after, PAGE);
            for (SweepRepository.IndexedPdq item : page) {
                builder.add(item.itemId(), item.pdq());
                after = item.itemId();
            }
            loaded += page.size();
        } while (page.size() == PAGE);
        index = builder.build();
        lastApplied = upTo;
        int count = loaded;
        LOG.info(() -> "Content index loaded: " + count + " PDQ hashes (" + index.describe() + ").");
    }

    private void apply(ContentChange.Applied change) {
        if (change.add()) {
            if (!index.contains(change.itemId())) {
                index.add(change.itemId(), change.pdq());
            }
        } else {
            index.remove(change.itemId());
        }
        lastApplied = change.id();
    }
}
