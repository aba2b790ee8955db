package org.kyosei.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Runs one query over consecutive chunks of an id range ({@code $from} inclusive to {@code $to} exclusive), a read
 * transaction per chunk, in parallel sessions that each take the next chunk when done with one (so a slow chunk
 * does not hold the others up), and turns each chunk's result into a T. It can stop handing out chunks once the
 * entities they held reach a target: for relationships, the count the database keeps of them, which is how a read
 * by relationship id knows where the ids end without scanning for the highest one. Chunks come back in id order,
 * so what is built from them does not depend on which session read what.
 */
final class ChunkedRead<T> {
    private static final long FETCH_SIZE = 5_000;

    private final Driver driver;
    private final int sessions;
    private final String query;
    private final Map<String, Object> parameters;
    private final long chunkIds;
    private final Function<Result, T> reader;
    private final ToLongFunction<T> held;
    private final T empty;

    /**
     * @param query      reads ids {@code [$from, $to)}
     * @param parameters the query's other parameters
     * @param chunkIds   ids per chunk (one transaction)
     * @param reader     turns one chunk's result into a T (on a worker thread)
     * @param held       how many entities a chunk held, to compare with the target
     * @param empty      what stands for a chunk not read
     */
    ChunkedRead(Driver driver, int sessions, String query, Map<String, Object> parameters, long chunkIds,
                Function<Result, T> reader, ToLongFunction<T> held, T empty) {
        if (sessions < 1 || chunkIds < 1) {
            throw new IllegalArgumentException("sessions and chunk size must be at least 1");
        }
        this.driver = Objects.requireNonNull(driver);
        this.sessions = sessions;
        this.query = query;
        this.parameters = Map.copyOf(parameters);
        this.chunkIds = chunkIds;
        this.reader = reader;
        this.held = held;
        this.empty = empty;
    }

    /** Reads every chunk of ids {@code [from, to)}, in order. */
    List<T> read(long from, long to) {
        return read(from, to, 0, Long.MAX_VALUE);
    }

    /**
     * Reads the chunks of ids {@code [from, to)} in order until {@code alreadySeen} plus what they hold reaches
     * {@code target}; the chunks past that point are not read (the empty T stands in for each).
     */
    List<T> read(long from, long to, long alreadySeen, long target) {
        int chunkCount = (int) Math.max(0, Math.ceilDiv(to - from, chunkIds));
        List<T> chunks = new ArrayList<>(Collections.nCopies(chunkCount, empty));
        AtomicLong next = new AtomicLong();
        AtomicLong seen = new AtomicLong(alreadySeen);
        ExecutorService pool = Executors.newFixedThreadPool(sessions, r -> {
            Thread thread = new Thread(r, "kyosei-chunked-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int s = 0; s < Math.min(sessions, chunkCount); s++) {
                workers.add(pool.submit(() -> {
                    try (Session session = driver.session(SessionConfig.builder()
                            .withDefaultAccessMode(AccessMode.READ).withFetchSize(FETCH_SIZE).build())) {
                        for (long c = next.getAndIncrement(); c < chunkCount && seen.get() < target; c = next.getAndIncrement()) {
                            long start = from + c * chunkIds;
                            T chunk = readChunk(session, start, Math.min(to, start + chunkIds));
                            chunks.set((int) c, chunk); // each index by one worker; Future.get publishes it
                            seen.addAndGet(held.applyAsLong(chunk));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                await(worker);
            }
            return List.copyOf(chunks);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The answer of work done for a projection; its failure rethrown as it was, or as a store error. */
    static <V> V await(Future<V> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KyoseiStoreException("the projection was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new KyoseiStoreException("the projection failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private T readChunk(Session session, long start, long end) {
        Map<String, Object> chunkParameters = new HashMap<>(parameters);
        chunkParameters.put("from", start);
        chunkParameters.put("to", end);
        return session.executeRead(tx -> reader.apply(tx.run(query, chunkParameters)));
    }
}
