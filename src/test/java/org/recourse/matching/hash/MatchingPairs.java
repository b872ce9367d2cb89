package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** (needle, haystack) pairs of the matching/ vectors as comparable strings, for the hash and the index tests. */
public final class MatchingPairs {

    private MatchingPairs() {
    }

    /** Every pair within the threshold, as "needle line, haystack line, distance" (1-based lines). */
    public static List<String> within(List<PdqHash> needles, List<PdqHash> haystack, int threshold) {
        List<String> pairs = new ArrayList<>();
        for (int n = 0; n < needles.size(); n++) {
            for (int h = 0; h < haystack.size(); h++) {
                int distance = needles.get(n).distanceTo(haystack.get(h));
                if (distance <= threshold) {
                    pairs.add(pair(n + 1, h + 1, distance));
                }
            }
        }
        return pairs;
    }

    public static String pair(int needleLine, int haystackLine, int distance) {
        return needleLine + "\t" + haystackLine + "\t" + distance;
    }

    /** The expected pairs of a matching table, in the same form, after checking its hash columns against the lists. */
    public static List<String> expected(String table, List<PdqHash> needles, List<PdqHash> haystack) {
        List<String> pairs = new ArrayList<>();
        for (Map<String, String> row : PdqVectors.table(table)) {
            int needle = Integer.parseInt(row.get("needle_line"));
            int hay = Integer.parseInt(row.get("haystack_line"));
            assertThat(needles.get(needle - 1).toHex()).isEqualTo(row.get("needle"));
            assertThat(haystack.get(hay - 1).toHex()).isEqualTo(row.get("haystack_hash"));
            pairs.add(pair(needle, hay, Integer.parseInt(row.get("distance"))));
        }
        return pairs;
    }
}
