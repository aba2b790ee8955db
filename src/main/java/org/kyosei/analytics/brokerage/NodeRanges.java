package org.kyosei.analytics.brokerage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Runs a task over node ranges {@code [from, to)}, in parallel, each worker with its own scratch. */
final class NodeRanges {

    /** Nodes per task. */
    static final int CHUNK = 512;

    interface RangeTask<S> {
        void run(int from, int to, S scratch);
    }

    private NodeRanges() {
    }

    /** Runs {@code task} over {@code 0..n-1} and returns every scratch created (one per worker used). */
    static <S> List<S> run(int n, int concurrency, Supplier<S> scratchFactory, RangeTask<S> task) {
        int chunks = (n + CHUNK - 1) / CHUNK;
        if (concurrency == 1 || chunks <= 1) {
            S scratch = scratchFactory.get();
            task.run(0, n, scratch);
            return List.of(scratch);
        }
        ConcurrentLinkedQueue<S> free = new ConcurrentLinkedQueue<>();
        List<S> all = Collections.synchronizedList(new ArrayList<>());
        ForkJoinPool pool = new ForkJoinPool(concurrency);
        try {
            pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(chunk -> {
                S scratch = free.poll();
                if (scratch == null) {
                    scratch = scratchFactory.get();
                    all.add(scratch);
                }
                try {
                    task.run(chunk * CHUNK, Math.min(n, (chunk + 1) * CHUNK), scratch);
                } finally {
                    free.offer(scratch);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return List.copyOf(all);
    }
}
