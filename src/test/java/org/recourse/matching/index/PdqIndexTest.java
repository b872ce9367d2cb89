package org.recourse.matching.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.matching.hash.PdqHash;

/** The contract of an index, run against every implementation, and the multi-index checked against brute force. */
@DisplayName("PDQ indexes")
class PdqIndexTest {

    /** threshold, expected size -> index. */
    static Stream<Named<BiFunction<Integer, Integer, PdqIndex>>> implementations() {
        return Stream.of(Named.of("multi-index hashing", MultiIndexHashIndex::new),
                Named.of("multi-index hashing, tables from the first entry",
                        (threshold, expected) -> new MultiIndexHashIndex(threshold, expected, 0)),
                Named.of("static multi-index", StaticMultiIndex::new),
                Named.of("brute force", BruteForceIndex::new));
    }

    @Test
    @DisplayName("multi-index and brute force agree on 20,000 random hashes with near-duplicates at 0, 1, 30, 31, 32 bits")
    void multiIndexAgreesWithBruteForce() {
        // Arrange
        RandomHashes random = new RandomHashes(31);
        PdqIndex mih = new MultiIndexHashIndex();
        PdqIndex brute = new BruteForceIndex();
        List<PdqHash> stored = new ArrayList<>();
        for (long id = 0; id < 20_000; id++) {
            PdqHash hash = random.next();
            stored.add(hash);
            mih.add(id, hash);
            brute.add(id, hash);
        }
        Map<Integer, List<PdqHash>> queriesByDistance = new HashMap<>();
        for (int distance : new int[] {0, 1, 30, 31, 32}) {
            List<PdqHash> queries = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                queries.add(random.flipped(stored.get(random.nextInt(stored.size())), distance));
            }
            queriesByDistance.put(distance, queries);
        }

        // Act, Assert
        queriesByDistance.forEach((distance, queries) -> {
            for (PdqHash query : queries) {
                assertThat(mih.allWithin(query)).isEqualTo(brute.allWithin(query));
                assertThat(mih.nearest(query)).isEqualTo(brute.nearest(query));
                if (distance <= 31) {
                    assertThat(mih.nearest(query)).map(PdqMatch::distance).contains(distance);
                } else {
                    assertThat(mih.nearest(query)).isEmpty();
                }
            }
        });
        for (int i = 0; i < 200; i++) {
            PdqHash unrelated = random.next();
            assertThat(mih.allWithin(unrelated)).isEqualTo(brute.allWithin(unrelated)).isEmpty();
        }
    }

    @Test
    @DisplayName("a small multi-index has no tables, builds them from its entries when it grows, and answers the same "
            + "before and after, under removals too")
    void tablesBuiltWhenTheIndexGrows() {
        // Arrange: tables from 500 entries on; a cluster so that many entries share buckets
        RandomHashes random = new RandomHashes(9);
        MultiIndexHashIndex mih = new MultiIndexHashIndex(31, 0, 500);
        Map<Long, PdqHash> model = new HashMap<>();
        PdqHash centre = random.next();
        List<PdqHash> queries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            queries.add(random.flipped(centre, random.nextInt(45)));
        }
        List<Boolean> indexedAt = new ArrayList<>();

        // Act: grow to 499 (brute force), remove some, grow past 500 (tables built), then remove below 500 again
        for (long id = 0; id < 499; id++) {
            add(mih, model, id, random.flipped(centre, random.nextInt(60)));
        }
        indexedAt.add(mih.indexed());
        List<List<PdqMatch>> small = answers(mih, queries);
        List<List<PdqMatch>> smallExpected = expected(model, queries, 31);
        for (long id = 0; id < 499; id += 7) {
            assertThat(mih.remove(id)).isTrue();
            model.remove(id);
        }
        for (long id = 1_000; model.size() < 700; id++) {
            add(mih, model, id, random.flipped(centre, random.nextInt(60)));
        }
        indexedAt.add(mih.indexed());
        List<List<PdqMatch>> grown = answers(mih, queries);
        List<List<PdqMatch>> grownExpected = expected(model, queries, 31);
        for (Long id : new ArrayList<>(model.keySet()).subList(0, model.size() - 300)) {
            assertThat(mih.remove(id)).isTrue();
            model.remove(id);
        }
        indexedAt.add(mih.indexed());
        List<List<PdqMatch>> shrunk = answers(mih, queries);

        // Assert: each phase's answers are the model's, whether or not the tables were there
        assertThat(indexedAt).containsExactly(false, true, true);
        assertThat(small).isEqualTo(smallExpected);
        assertThat(small.stream().mapToInt(List::size).sum()).isPositive();
        assertThat(grown).isEqualTo(grownExpected);
        assertThat(shrunk).isEqualTo(expected(model, queries, 31));
        assertThat(mih.size()).isEqualTo(model.size());
        assertThat(new MultiIndexHashIndex(31, 0).indexed()).isFalse();
        assertThat(new MultiIndexHashIndex(31, MultiIndexHashIndex.INDEXED_FROM).indexed()).isTrue();
    }

    private static void add(PdqIndex index, Map<Long, PdqHash> model, long id, PdqHash hash) {
        index.add(id, hash);
        model.put(id, hash);
    }

    private static List<List<PdqMatch>> answers(PdqIndex index, List<PdqHash> queries) {
        return queries.stream().map(index::allWithin).toList();
    }

    private static List<List<PdqMatch>> expected(Map<Long, PdqHash> model, List<PdqHash> queries, int threshold) {
        return queries.stream().map(query -> model.entrySet().stream()
                .filter(entry -> entry.getValue().distanceTo(query) <= threshold)
                .map(entry -> new PdqMatch(entry.getKey(), entry.getValue().distanceTo(query)))
                .sorted(PdqMatch.NEAREST_FIRST).toList()).toList();
    }

    @Test
    @DisplayName("multi-index and brute force agree after thousands of random additions and removals")
    void agreeUnderChurn() {
        // Arrange
        RandomHashes random = new RandomHashes(6);
        PdqIndex mih = new MultiIndexHashIndex(40, 0, 0);
        PdqIndex brute = new BruteForceIndex(40, 0);
        Map<Long, PdqHash> model = new HashMap<>();
        PdqHash centre = random.next();

        // Act: a cluster around one hash, so that removals hit buckets shared by many entries
        for (int step = 0; step < 6_000; step++) {
            long id = random.nextInt(1_500);
            if (model.containsKey(id)) {
                assertThat(mih.remove(id)).isTrue();
                assertThat(brute.remove(id)).isTrue();
                model.remove(id);
            } else {
                PdqHash hash = random.flipped(centre, random.nextInt(60));
                mih.add(id, hash);
                brute.add(id, hash);
                model.put(id, hash);
            }
        }

        // Assert
        assertThat(mih.size()).isEqualTo(brute.size()).isEqualTo(model.size());
        model.keySet().forEach(id -> assertThat(mih.contains(id)).isTrue());
        for (int i = 0; i < 300; i++) {
            PdqHash query = random.flipped(centre, random.nextInt(50));
            List<PdqMatch> expected = model.entrySet().stream()
                    .filter(entry -> entry.getValue().distanceTo(query) <= 40)
                    .map(entry -> new PdqMatch(entry.getKey(), entry.getValue().distanceTo(query)))
                    .sorted(PdqMatch.NEAREST_FIRST).toList();
            assertThat(mih.allWithin(query)).isEqualTo(expected);
            assertThat(brute.allWithin(query)).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("the threshold is inclusive: at 31 a hash 31 bits away matches and one 32 bits away does not")
    void thresholdIsInclusive(BiFunction<Integer, Integer, PdqIndex> implementation) {
        // Arrange
        RandomHashes random = new RandomHashes(32);
        PdqIndex index = implementation.apply(PdqIndex.DEFAULT_THRESHOLD, 0);
        PdqHash stored = random.next();
        index.add(7, stored);

        // Act
        Optional<PdqMatch> at31 = index.nearest(random.flipped(stored, 31));
        Optional<PdqMatch> at32 = index.nearest(random.flipped(stored, 32));

        // Assert
        assertThat(index.threshold()).isEqualTo(31);
        assertThat(at31).contains(new PdqMatch(7, 31));
        assertThat(at32).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("a configured threshold is inclusive too, including 0 for exact matches only")
    void configuredThreshold(BiFunction<Integer, Integer, PdqIndex> implementation) {
        // Arrange
        RandomHashes random = new RandomHashes(10);
        PdqHash stored = random.next();
        PdqIndex ten = implementation.apply(10, 0);
        PdqIndex exact = implementation.apply(0, 0);
        ten.add(1, stored);
        exact.add(1, stored);

        // Act, Assert
        assertThat(ten.nearest(random.flipped(stored, 10))).contains(new PdqMatch(1, 10));
        assertThat(ten.nearest(random.flipped(stored, 11))).isEmpty();
        assertThat(exact.nearest(stored)).contains(new PdqMatch(1, 0));
        assertThat(exact.nearest(random.flipped(stored, 1))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("all matches come nearest first, lowest id first among equals; nearest is the first of them")
    void orderOfMatches(BiFunction<Integer, Integer, PdqIndex> implementation) {
        // Arrange
        RandomHashes random = new RandomHashes(3);
        PdqHash query = random.next();
        PdqIndex index = implementation.apply(PdqIndex.DEFAULT_THRESHOLD, 0);
        index.add(50, random.flipped(query, 20));
        index.add(40, random.flipped(query, 5));
        index.add(30, random.flipped(query, 20));
        index.add(20, random.next());

        // Act
        List<PdqMatch> all = index.allWithin(query);

        // Assert
        assertThat(all).containsExactly(new PdqMatch(40, 5), new PdqMatch(30, 20), new PdqMatch(50, 20));
        assertThat(index.nearest(query)).contains(all.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("a removed entry is no longer found; the others, moved or not, still are")
    void remove(BiFunction<Integer, Integer, PdqIndex> implementation) {
        // Arrange
        RandomHashes random = new RandomHashes(4);
        PdqIndex index = implementation.apply(PdqIndex.DEFAULT_THRESHOLD, 0);
        List<PdqHash> hashes = new ArrayList<>();
        for (long id = 0; id < 100; id++) {
            hashes.add(random.next());
            index.add(id, hashes.get((int) id));
        }

        // Act
        boolean removed = index.remove(10);
        boolean removedAgain = index.remove(10);

        // Assert
        assertThat(removed).isTrue();
        assertThat(removedAgain).isFalse();
        assertThat(index.size()).isEqualTo(99);
        assertThat(index.contains(10)).isFalse();
        assertThat(index.nearest(hashes.get(10))).isEmpty();
        assertThat(index.nearest(hashes.get(99))).contains(new PdqMatch(99, 0));
        assertThat(index.nearest(hashes.get(0))).contains(new PdqMatch(0, 0));
        index.add(10, hashes.get(10));
        assertThat(index.nearest(hashes.get(10))).contains(new PdqMatch(10, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("the same hash under two ids gives both; the same id twice is refused")
    void ids(BiFunction<Integer, Integer, PdqIndex> implementation) {
        // Arrange
        RandomHashes random = new RandomHashes(5);
        PdqHash hash = random.next();
        PdqIndex index = implementation.apply(PdqIndex.DEFAULT_THRESHOLD, 0);
        index.add(-1, hash);
        index.add(Long.MAX_VALUE, hash);

        // Act, Assert
        assertThat(index.allWithin(hash)).containsExactly(new PdqMatch(-1, 0), new PdqMatch(Long.MAX_VALUE, 0));
        assertThatThrownBy(() -> index.add(-1, random.next())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already in the index");
        assertThat(index.size()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("an empty index finds nothing; a threshold outside 0..256 is refused")
    void emptyAndInvalid(BiFunction<Integer, Integer, PdqIndex> implementation) {
        // Arrange
        PdqIndex index = implementation.apply(PdqIndex.DEFAULT_THRESHOLD, 1_000);

        // Act, Assert
        assertThat(index.nearest(PdqHash.ZERO)).isEmpty();
        assertThat(index.allWithin(PdqHash.ZERO)).isEmpty();
        assertThat(index.size()).isZero();
        assertThatThrownBy(() -> implementation.apply(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> implementation.apply(257, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
