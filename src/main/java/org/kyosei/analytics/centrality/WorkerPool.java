package org.kyosei.analytics.centrality;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fixed number of workers that share out numbered chunks of work. With concurrency 1 the
 * chunks run in the calling thread, in order; otherwise a {@link ForkJoinPool} of that size runs
 * one task per worker, each pulling the next chunk number until none is left.
 *
 * <p>Workers are numbered {@code 0..concurrency-1} so callers can keep one reusable workspace per
 * worker. A worker number is used by one thread at a time; a later call may run it on another
 * thread (submission and join order the memory accesses). Chunk boundaries are the caller's, so
 * they can be made independent of the concurrency, which keeps results reproducible.
 */
final class WorkerPool implements AutoCloseable {

    /** The work of one chunk. */
    @FunctionalInterface
    interface ChunkBody {
        void run(int worker, int chunk);
    }

    private final int concurrency;
    private final ForkJoinPool pool;

    WorkerPool(int concurrency) {
        this.concurrency = Checks.concurrency(concurrency);
        this.pool = concurrency > 1 ? new ForkJoinPool(concurrency) : null;
    }

    int concurrency() {
        return concurrency;
    }

    /**
     * Runs {@code body} for every chunk {@code 0..chunkCount-1} and returns when all are done. The
     * first failure stops the handing out of further chunks and is rethrown here.
     */
    void forEachChunk(int chunkCount, ChunkBody body) {
        int workers = Math.min(concurrency, chunkCount);
        if (workers <= 1) {
            for (int chunk = 0; chunk < chunkCount; chunk++) {
                body.run(0, chunk);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<ForkJoinTask<?>> tasks = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            int worker = w;
            tasks.add(pool.submit(() -> {
                try {
                    for (int chunk = next.getAndIncrement(); chunk < chunkCount; chunk = next.getAndIncrement()) {
                        body.run(worker, chunk);
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    next.set(chunkCount);
                }
            }));
        }
        for (ForkJoinTask<?> task : tasks) {
            task.join();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** Number of chunks of {@code chunkSize} covering {@code count} items. */
    static int chunkCount(int count, int chunkSize) {
        return (int) ((count + (long) chunkSize - 1) / chunkSize);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
