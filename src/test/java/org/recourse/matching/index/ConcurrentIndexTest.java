package org.recourse.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.matching.hash.PdqHash;

@DisplayName("Indexes under concurrent use")
class ConcurrentIndexTest {

    static Stream<Named<Supplier<PdqIndex>>> indexes() {
        return Stream.of(Named.of("multi-index hashing", MultiIndexHashIndex::new),
                // Rebuilds in the background after every 64 additions, besides the rebuilds the test forces.
                Named.of("static multi-index", () -> new StaticMultiIndex(31, 0, new RebuildPolicy(64, 16, 64))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indexes")
    @DisplayName("queries while entries are added, removed and rebuilt never fail and always find those that never change")
    void readersAndAWriter(Supplier<PdqIndex> implementation) throws Exception {
        // Arrange
        RandomHashes random = new RandomHashes(2);
        PdqIndex index = implementation.get();
        List<PdqHash> permanent = new ArrayList<>();
        for (long id = 0; id < 1_000; id++) {
            permanent.add(random.next());
            index.add(id, permanent.get((int) id));
        }
        List<PdqHash> churn = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            churn.add(random.flipped(permanent.get(i % 1_000), 1 + i % 40));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);

        // Act
        Future<?> writer = threads.submit(() -> {
            for (int round = 0; round < 10; round++) {
                for (int i = 0; i < churn.size(); i++) {
                    index.add(10_000 + i, churn.get(i));
                }
                for (int i = 0; i < churn.size(); i++) {
                    index.remove(10_000 + i);
                }
            }
        });
        Future<Integer> rebuilds = threads.submit(() -> {
            int forced = 0;
            while (!writer.isDone() && index instanceof StaticMultiIndex staticIndex) {
                staticIndex.rebuild();
                forced++;
            }
            return forced;
        });
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            int offset = r;
            readers.add(threads.submit(() -> {
                int misses = 0;
                for (int i = offset; !writer.isDone() || i < 2_000; i += 2) {
                    int id = i % permanent.size();
                    misses += index.nearest(permanent.get(id)).filter(match -> match.id() == id).isPresent() ? 0 : 1;
                    List<PdqMatch> all = index.allWithin(permanent.get(id));
                    misses += all.contains(new PdqMatch(id, 0)) ? 0 : 1;
                }
                return misses;
            }));
        }
        writer.get(120, TimeUnit.SECONDS);

        // Assert
        for (Future<Integer> reader : readers) {
            assertThat(reader.get(60, TimeUnit.SECONDS)).as("look-ups that missed a permanent entry").isZero();
        }
        assertThat(rebuilds.get(60, TimeUnit.SECONDS)).isNotNegative();
        assertThat(index.size()).isEqualTo(1_000);
        if (index instanceof StaticMultiIndex staticIndex) {
            assertThat(staticIndex.rebuildsCompleted()).as("rebuilds during the test").isGreaterThanOrEqualTo(2);
        }
        threads.shutdown();
    }
}
