package org.kyosei.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Runs one edge query over consecutive chunks of an id range ({@code $from} inclusive to {@code $to} exclusive),
 * a read transaction per chunk, in parallel sessions that each take the next chunk when done with one (so a slow
 * chunk does not hold the others up). It stops handing out chunks once the relationships seen reach a target: the
 * count the database keeps of them, which is how a read by relationship id knows where the ids end without
 * scanning for the highest one. Chunks come back in id order, so what is built from them does not depend on
 * which session read what.
 */
final class ChunkedEdgeRead {
    private static final long FETCH_SIZE = 5_000;

    private final Driver driver;
    private final int sessions;
    private final String query;
    private final Map<String, Object> parameters;
    private final boolean weighted;
    private final boolean packed;
    private final long chunkIds;

    /**
     * @param query      reads ids {@code [$from, $to)} and returns {@code starts, ends[, weights]} records
     * @param parameters the query's other parameters
     * @param packed     whether the query returns the relationships packed in a byte array ({@link EdgeChunk.Builder})
     * @param chunkIds   ids per chunk (one transaction)
     */
    ChunkedEdgeRead(Driver driver, int sessions, String query, Map<String, Object> parameters, boolean weighted,
                    boolean packed, long chunkIds) {
        if (sessions < 1 || chunkIds < 1) {
            throw new IllegalArgumentException("sessions and chunk size must be at least 1");
        }
        this.driver = Objects.requireNonNull(driver);
        this.sessions = sessions;
        this.query = query;
        this.parameters = Map.copyOf(parameters);
        this.weighted = weighted;
        this.packed = packed;
        this.chunkIds = chunkIds;
    }

    /**
     * Reads the chunks of ids {@code [from, to)} in order until {@code alreadySeen} plus what they hold reaches
     * {@code target}; the chunks past that point are not read (an empty chunk stands in for each).
     */
    List<EdgeChunk> read(long from, long to, long alreadySeen, long target) {
        int chunkCount = (int) Math.max(0, Math.ceilDiv(to - from, chunkIds));
        EdgeChunk[] chunks = new EdgeChunk[chunkCount];
        Arrays.fill(chunks, EdgeChunk.EMPTY);
        AtomicLong next = new AtomicLong();
        AtomicLong seen = new AtomicLong(alreadySeen);
        ExecutorService pool = Executors.newFixedThreadPool(sessions, r -> {
            Thread thread = new Thread(r, "kyosei-edge-read");
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
                            EdgeChunk chunk = readChunk(session, start, Math.min(to, start + chunkIds));
                            chunks[(int) c] = chunk;
                            seen.addAndGet(chunk.size());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return List.of(chunks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KyoseiStoreException("the projection was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new KyoseiStoreException("the projection failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private EdgeChunk readChunk(Session session, long start, long end) {
        Map<String, Object> chunkParameters = new HashMap<>(parameters);
        chunkParameters.put("from", start);
        chunkParameters.put("to", end);
        return session.executeRead(tx -> {
            Result result = tx.run(query, chunkParameters);
            EdgeChunk.Builder builder = new EdgeChunk.Builder(weighted, packed);
            while (result.hasNext()) {
                builder.add(result.next());
            }
            return builder.build();
        });
    }
}
