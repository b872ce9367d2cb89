package org.recourse.matching.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.matching.hash.PdqHash;

@DisplayName("StaticMultiIndex against brute force")
class StaticMultiIndexTest {

    /** Rebuilds after 32 additions or an eighth of the indexed entries, in the background. */
    private static final RebuildPolicy OFTEN = new RebuildPolicy(32, 8, 64);

    @ParameterizedTest(name = "threshold {0}, layout for {1} entries")
    @CsvSource({"0, 0", "8, 0", "31, 0", "40, 0", "0, 10000000", "8, 10000000", "31, 10000000", "40, 10000000"})
    @DisplayName("agrees exactly with brute force, tables and delta, with near-duplicates at 0, 1, 30, 31, 32 bits and about the threshold")
    void agreesWithBruteForce(int threshold, int layoutSize) {
        // Arrange: 20,000 built into the tables, 2,000 more in the delta, a few removed from each
        RandomHashes random = new RandomHashes(threshold + 17L * layoutSize);
        StaticMultiIndex.Builder builder = StaticMultiIndex.builder(threshold, layoutSize);
        BruteForceIndex brute = new BruteForceIndex(threshold, 0);
        List<PdqHash> stored = new ArrayList<>();
        for (long id = 0; id < 20_000; id++) {
            stored.add(random.next());
            builder.add(id, stored.get((int) id));
            brute.add(id, stored.get((int) id));
        }
        StaticMultiIndex index = builder.build();
        for (long id = 20_000; id < 22_000; id++) {
            stored.add(random.next());
            index.add(id, stored.get((int) id));
            brute.add(id, stored.get((int) id));
        }
        for (long id : new long[] {5, 6, 20_005, 20_006}) {
            assertThat(index.remove(id)).isTrue();
            brute.remove(id);
        }

        for (int distance : new TreeSet<>(List.of(0, 1, 30, 31, 32, Math.max(0, threshold - 1), threshold,
                threshold + 1))) {
            for (int i = 0; i < 40; i++) {
                int target = i < 3 ? 5 + i % 2 : random.nextInt(stored.size());
                PdqHash query = random.flipped(stored.get(target), distance);

                // Act
                List<PdqMatch> all = index.allWithin(query);

                // Assert
                assertThat(all).as("all within %d of a hash %d bits from %d", threshold, distance, target)
                        .isEqualTo(brute.allWithin(query));
                assertThat(index.nearest(query)).isEqualTo(brute.nearest(query));
                boolean live = target != 5 && target != 6;
                assertThat(all.stream().anyMatch(match -> match.id() == target))
                        .as("target %d at %d bits", target, distance).isEqualTo(live && distance <= threshold);
            }
        }
        assertThat(index.size()).isEqualTo(brute.size()).isEqualTo(21_996);
    }

    @ParameterizedTest(name = "threshold {0}, layout for {1} entries")
    @CsvSource({"8, 0", "31, 0", "40, 0", "8, 10000000", "31, 10000000", "40, 10000000"})
    @DisplayName("the nearest in a dense cluster is brute force's, ties to the lowest id, though later tables search narrower")
    void nearestInACluster(int threshold, int layoutSize) {
        // Arrange: 2,000 entries within 0 to 50 bits of one hash, many at equal distances from a query
        RandomHashes random = new RandomHashes(threshold * 7L + layoutSize);
        PdqHash centre = random.next();
        StaticMultiIndex.Builder builder = StaticMultiIndex.builder(threshold, layoutSize);
        BruteForceIndex brute = new BruteForceIndex(threshold, 0);
        for (long id = 0; id < 2_000; id++) {
            PdqHash hash = random.flipped(centre, random.nextInt(51));
            builder.add(id, hash);
            brute.add(id, hash);
        }
        for (long id = 2_000; id < 20_000; id++) {
            PdqHash hash = random.next();
            builder.add(id, hash);
            brute.add(id, hash);
        }
        StaticMultiIndex index = builder.build();

        for (int i = 0; i < 400; i++) {
            PdqHash query = random.flipped(centre, random.nextInt(40));

            // Act
            Optional<PdqMatch> nearest = index.nearest(query);

            // Assert
            assertThat(nearest).as("query %d", i).isEqualTo(brute.nearest(query));
        }
    }

    @Test
    @DisplayName("agrees with brute force through thousands of additions, removals and queries across background rebuilds")
    void churnAcrossRebuilds() throws InterruptedException {
        // Arrange: a cluster around one hash at threshold 40, so that queries have many matches to get right
        RandomHashes random = new RandomHashes(66);
        StaticMultiIndex index = new StaticMultiIndex(40, 0, OFTEN);
        BruteForceIndex brute = new BruteForceIndex(40, 0);
        Map<Long, PdqHash> model = new HashMap<>();
        PdqHash centre = random.next();

        // Act, Assert
        for (int step = 0; step < 12_000; step++) {
            long id = random.nextInt(3_000);
            int action = random.nextInt(10);
            if (action < 6 && !model.containsKey(id)) {
                PdqHash hash = random.nextInt(2) == 0 ? random.flipped(centre, random.nextInt(60)) : random.next();
                index.add(id, hash);
                brute.add(id, hash);
                model.put(id, hash);
            } else if (action < 8) {
                assertThat(index.remove(id)).isEqualTo(brute.remove(id)).isEqualTo(model.remove(id) != null);
            } else {
                PdqHash query = random.flipped(centre, random.nextInt(50));
                assertThat(index.allWithin(query)).isEqualTo(brute.allWithin(query));
                assertThat(index.nearest(query)).isEqualTo(brute.nearest(query));
                assertThat(index.contains(id)).isEqualTo(model.containsKey(id));
            }
        }
        index.rebuild();

        // Assert
        assertThat(index.rebuildsCompleted()).as("rebuilds that ran").isGreaterThan(10);
        assertThat(index.size()).isEqualTo(brute.size()).isEqualTo(model.size());
        for (int i = 0; i < 300; i++) {
            PdqHash query = random.flipped(centre, random.nextInt(50));
            assertThat(index.allWithin(query)).isEqualTo(brute.allWithin(query));
        }
        // Several entries may sit on the centre itself, so each is among the matches rather than the nearest.
        model.forEach((id, hash) -> assertThat(index.allWithin(hash)).contains(new PdqMatch(id, 0)));
    }

    @Test
    @DisplayName("dead slots are refilled after the next rebuild, so churn does not grow the store")
    void deadSlotsAreReused() {
        // Arrange
        RandomHashes random = new RandomHashes(12);
        StaticMultiIndex.Builder builder = StaticMultiIndex.builder(31, 0);
        for (long id = 0; id < 5_000; id++) {
            builder.add(id, random.next());
        }
        StaticMultiIndex index = builder.build();
        for (long id = 0; id < 5_000; id += 2) {
            index.remove(id);
        }
        index.rebuild();
        List<PdqHash> added = new ArrayList<>();

        // Act
        for (long id = 10_000; id < 12_500; id++) {
            added.add(random.next());
            index.add(id, added.get((int) id - 10_000));
        }
        index.rebuild();

        // Assert
        assertThat(index.slotCount()).isEqualTo(5_000);
        assertThat(index.size()).isEqualTo(5_000);
        for (int i = 0; i < added.size(); i++) {
            assertThat(index.nearest(added.get(i))).contains(new PdqMatch(10_000 + i, 0));
        }
        assertThat(index.contains(0)).isFalse();
        assertThat(index.contains(1)).isTrue();
    }

    @Test
    @DisplayName("the builder refuses a duplicate id and anything after build(); the built index takes additions")
    void builder() {
        // Arrange
        RandomHashes random = new RandomHashes(1);
        PdqHash hash = random.next();
        StaticMultiIndex.Builder builder = StaticMultiIndex.builder(31, 10).add(1, hash);

        // Act, Assert
        assertThatThrownBy(() -> builder.add(1, random.next())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already in the index");
        StaticMultiIndex index = builder.build();
        assertThatThrownBy(() -> builder.add(2, random.next())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> index.add(1, random.next())).isInstanceOf(IllegalArgumentException.class);
        index.add(2, random.flipped(hash, 3));
        assertThat(index.allWithin(hash)).containsExactly(new PdqMatch(1, 0), new PdqMatch(2, 3));
        assertThat(index.describe()).startsWith("16 substrings (16 bits r1");
    }

    @Test
    @DisplayName("a threshold too wide for tables scans every entry, and still agrees with brute force")
    void wideThresholdScans() {
        // Arrange
        RandomHashes random = new RandomHashes(100);
        StaticMultiIndex index = new StaticMultiIndex(100, 0, OFTEN);
        BruteForceIndex brute = new BruteForceIndex(100, 0);
        PdqHash centre = random.next();
        for (long id = 0; id < 1_000; id++) {
            PdqHash hash = random.flipped(centre, random.nextInt(140));
            index.add(id, hash);
            brute.add(id, hash);
        }
        index.remove(3);
        brute.remove(3);

        // Act, Assert
        for (int i = 0; i < 50; i++) {
            PdqHash query = random.flipped(centre, random.nextInt(40));
            assertThat(index.allWithin(query)).isEqualTo(brute.allWithin(query));
        }
    }
}
