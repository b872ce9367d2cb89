package org.recourse.screening.staydown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.content.ContentRepository;
import org.recourse.matching.hash.PdqHash;
import org.recourse.screening.banks.BankRepository;
import org.recourse.screening.banks.HashBanks;

@DisplayName("Match index at start: read in the background; a screening meanwhile is refused at once, never queued or half-answered")
class MatchIndexLoadingTest {

    private static final PdqHash HASH = PdqHash.fromHex("f".repeat(16) + "0".repeat(48));

    private final CountDownLatch databaseAnswers = new CountDownLatch(1);
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        databaseAnswers.countDown();
        executor.shutdownNow();
    }

    /** A node whose database holds one bank entry and takes until {@link #databaseAnswers} to say so. */
    private MatchIndex node() {
        MatchIndex index = new MatchIndex();
        index.threshold = 31;
        index.changes = new ScreeningChanges() {
            @Override
            public long lastId() {
                try {
                    databaseAnswers.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 0;
            }

            @Override
            public List<Change> after(long lastApplied, int max) {
                return List.of();
            }
        };
        index.banks = new HashBanks() {
            @Override
            public List<BankRepository.MatchingPdq> matchingPdq() {
                return List.of(new BankRepository.MatchingPdq(7, HASH));
            }
        };
        index.content = new ContentRepository() {
            @Override
            public List<PendingHash> pdqHiddenPendingReview() {
                return List.of();
            }
        };
        return index;
    }

    @Test
    @DisplayName("while the load runs, a look-up throws IndexLoadingException with a Retry-After, without waiting for it")
    void refusedWhileLoading() {
        // Arrange
        MatchIndex index = node();

        // Act
        index.loadInBackground(executor);
        long started = System.nanoTime();

        // Assert
        assertThatThrownBy(() -> index.lookUp(List.of(HASH))).isInstanceOf(IndexLoadingException.class)
                .satisfies(e -> assertThat(((IndexLoadingException) e).retryAfter()).isPositive());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    @DisplayName("once loaded, the same look-up finds the bank entry")
    void answersOnceLoaded() throws InterruptedException {
        // Arrange
        MatchIndex index = node();
        index.loadInBackground(executor);

        // Act
        databaseAnswers.countDown();
        executor.shutdown();
        boolean loaded = executor.awaitTermination(30, TimeUnit.SECONDS);

        // Assert
        assertThat(loaded).isTrue();
        assertThat(index.lookUp(List.of(HASH)).matches()).extracting(MatchIndex.Hit::ref)
                .containsExactly(new MatchIndex.Ref(ScreeningChanges.Source.BANK, 7));
    }

    @Test
    @DisplayName("a job's look-up (the sweep) waits for the load instead of being refused")
    void jobWaitsForLoad() throws Exception {
        // Arrange
        MatchIndex index = node();
        index.loadInBackground(executor);
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            databaseAnswers.countDown();
        });

        // Act
        release.start();
        List<MatchIndex.Hit> hits = index.near(List.of(HASH));

        // Assert
        assertThat(hits).extracting(MatchIndex.Hit::ref)
                .containsExactly(new MatchIndex.Ref(ScreeningChanges.Source.BANK, 7));
    }

    @Test
    @DisplayName("without a load at start, the first look-up loads the index itself, as before")
    void firstLookUpLoadsWithoutBackground() {
        // Arrange
        MatchIndex index = node();
        databaseAnswers.countDown();

        // Act
        MatchIndex.Lookup lookup = index.lookUp(List.of(HASH));

        // Assert
        assertThat(lookup.matches()).hasSize(1);
    }
}
