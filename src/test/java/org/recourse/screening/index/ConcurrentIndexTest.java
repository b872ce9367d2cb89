package org.recourse.screening.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.screening.hash.PdqHash;

@DisplayName("MultiIndexHashIndex under concurrent use")
class ConcurrentIndexTest {

    @Test
    @DisplayName("queries running while entries are added and removed always find the entries that never change")
    void readersAndAWriter() throws Exception {
        // Arrange
        RandomHashes random = new RandomHashes(2);
        MultiIndexHashIndex index = new MultiIndexHashIndex();
        List<PdqHash> permanent = new ArrayList<>();
        for (long id = 0; id < 1_000; id++) {
            permanent.add(random.next());
            index.add(id, permanent.get((int) id));
        }
        List<PdqHash> churn = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            churn.add(random.next());
        }
        ExecutorService threads = Executors.newFixedThreadPool(3);

        // Act
        Future<?> writer = threads.submit(() -> {
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < churn.size(); i++) {
                    index.add(10_000 + i, churn.get(i));
                }
                for (int i = 0; i < churn.size(); i++) {
                    index.remove(10_000 + i);
                }
            }
        });
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            int offset = r;
            readers.add(threads.submit(() -> {
                int misses = 0;
                for (int i = offset; !writer.isDone() || i < 2_000; i += 2) {
                    int id = i % permanent.size();
                    misses += index.nearest(permanent.get(id)).filter(match -> match.id() == id).isPresent() ? 0 : 1;
                }
                return misses;
            }));
        }
        writer.get(60, TimeUnit.SECONDS);

        // Assert
        for (Future<Integer> reader : readers) {
            assertThat(reader.get(60, TimeUnit.SECONDS)).as("lookups that missed a permanent entry").isZero();
        }
        assertThat(index.size()).isEqualTo(1_000);
        threads.shutdown();
    }
}
