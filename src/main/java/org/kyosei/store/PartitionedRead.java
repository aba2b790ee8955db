package org.kyosei.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * One read query run once per partition of the nodes, in parallel read sessions: the query selects its share
 * with {@code id(n) % $parts = $part}, and each session's result is turned into a partial result of type T.
 * Loading the graph this way keeps every core busy on both sides of Bolt.
 */
final class PartitionedRead {
    private static final long FETCH_SIZE = 5_000;

    private PartitionedRead() {
    }

    /**
     * @param what     what is being loaded, for error messages ("the projection")
     * @param reader   turns one partition's result into its partial result (runs on a worker thread)
     * @return the partial results in partition order
     */
    static <T> List<T> run(Driver driver, int partitions, String query, Map<String, Object> parameters, String what,
                           Function<Result, T> reader) {
        ExecutorService pool = Executors.newFixedThreadPool(partitions, r -> {
            Thread thread = new Thread(r, "kyosei-partitioned-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int part = 0; part < partitions; part++) {
                Map<String, Object> withPart = new HashMap<>(parameters);
                withPart.put("parts", (long) partitions);
                withPart.put("part", (long) part);
                futures.add(pool.submit(() -> {
                    try (Session session = driver.session(SessionConfig.builder()
                            .withDefaultAccessMode(AccessMode.READ).withFetchSize(FETCH_SIZE).build())) {
                        return session.executeRead(tx -> reader.apply(tx.run(query, withPart)));
                    }
                }));
            }
            List<T> parts = new ArrayList<>();
            for (Future<T> future : futures) {
                parts.add(future.get());
            }
            return parts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KyoseiStoreException(what + " was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new KyoseiStoreException(what + " failed: " + cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
