package org.recourse.testing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Two requests sent at the same moment, round after round, to race a door against itself (the same new key inserted
 * twice): both wait at a barrier and go together. The caller asserts on each round's two status codes, sorted.
 */
public final class AtOnce {

    private AtOnce() {
    }

    /** Each round sends the two requests {@code pair} makes for it at once; returns each round's two statuses, sorted. */
    public static List<List<Integer>> pairs(int rounds, IntFunction<List<Callable<HttpResponse<String>>>> pair)
            throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<List<Integer>> statuses = new ArrayList<>();
        try {
            for (int round = 0; round < rounds; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<HttpResponse<String>>> sent = new ArrayList<>();
                for (Callable<HttpResponse<String>> request : pair.apply(round)) {
                    sent.add(senders.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return request.call();
                    }));
                }
                List<Integer> answers = new ArrayList<>();
                for (Future<HttpResponse<String>> answer : sent) {
                    answers.add(answer.get(30, TimeUnit.SECONDS).statusCode());
                }
                answers.sort(Integer::compare);
                statuses.add(answers);
            }
        } finally {
            senders.shutdownNow();
        }
        return statuses;
    }
}
