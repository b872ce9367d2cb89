package org.recourse.matching.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.matching.hash.PdqHash;

/**
 * Stored PDQ hashes, each under a caller's id (such as the row id of a removed item), searched for those within a
 * Hamming distance threshold of a query. The threshold is inclusive: at the default 31, a hash 31 bits away matches
 * and one 32 bits away does not, as in Meta's reference.
 *
 * <p>Implementations are safe for many threads: queries run concurrently, additions and removals one at a time.
 */
public interface PdqIndex {

    /** The reference's recommended match threshold. */
    int DEFAULT_THRESHOLD = 31;

    /**
     * Stores {@code hash} under {@code id}.
     *
     * @throws IllegalArgumentException if {@code id} is already stored (remove it first to replace its hash)
     */
    void add(long id, PdqHash hash);

    /** Forgets the entry with {@code id}; false if there was none. */
    boolean remove(long id);

    boolean contains(long id);

    int size();

    /** The largest distance that still counts as a match. */
    int threshold();

    /** The nearest entry within the threshold (the lowest id among equally near ones), if any. */
    Optional<PdqMatch> nearest(PdqHash query);

    /** Every entry within the threshold, nearest first (see {@link PdqMatch#NEAREST_FIRST}). */
    List<PdqMatch> allWithin(PdqHash query);

    /**
     * Every entry within the threshold of any of {@code queries} (a hash with its rotations and mirrors), each once,
     * at its smallest distance to any of them: id to distance, in no order.
     */
    default Map<Long, Integer> nearestToAny(List<PdqHash> queries) {
        Map<Long, Integer> best = new HashMap<>();
        for (PdqHash query : queries) {
            for (PdqMatch match : allWithin(query)) {
                best.merge(match.id(), match.distance(), Math::min);
            }
        }
        return best;
    }
}
