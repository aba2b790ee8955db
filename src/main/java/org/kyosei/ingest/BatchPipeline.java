package org.kyosei.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Runs batch writes on background threads while the caller goes on reading and validating the
 * file, with at most {@code writers + 1} batches in flight so memory stays bounded. Each batch is
 * still one transaction; {@link #drain()} waits for all of them and rethrows the first failure.
 */
final class BatchPipeline implements AutoCloseable {
    private final ExecutorService executor;
    private final Semaphore inFlight;
    private final List<Future<?>> pending = new ArrayList<>();

    BatchPipeline(int writers) {
        if (writers < 1) {
            throw new IllegalArgumentException("writers must be at least 1, got " + writers);
        }
        this.executor = Executors.newFixedThreadPool(writers, runnable -> {
            Thread thread = new Thread(runnable, "kyosei-import-writer");
            thread.setDaemon(true);
            return thread;
        });
        this.inFlight = new Semaphore(writers + 1);
    }

    void submit(Runnable batch) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
        pending.removeIf(Future::isDone);
        rethrowFailures();
        pending.add(executor.submit(() -> {
            try {
                batch.run();
            } finally {
                inFlight.release();
            }
        }));
    }

    /** Waits for every submitted batch; rethrows the first failure. */
    void drain() {
        for (Future<?> future : pending) {
            await(future);
        }
        pending.clear();
    }

    private void rethrowFailures() {
        for (Future<?> future : pending) {
            if (future.isDone()) {
                await(future);
            }
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
