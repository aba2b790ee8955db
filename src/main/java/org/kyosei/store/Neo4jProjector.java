package org.kyosei.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.CsrGraphBuilder;
import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;
import org.kyosei.projection.IdMap;
import org.kyosei.projection.Projection;
import org.kyosei.projection.ProjectionSpec;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * Streams the part of the stored graph a {@link ProjectionSpec} selects into an in-memory {@link Projection}.
 *
 * <p>One read query per partition of the nodes (split on the database's internal node id, one partition per
 * core, read in parallel sessions) returns each selected node with the list of its outgoing relationships'
 * far ends valid as of the date, a batch of nodes per Bolt record. Lists send far fewer Bolt records than a row
 * per relationship (measured: a row per relationship costs four times the CPU), which bounds the load speed. Internal ids are used only while loading; nodes are then numbered in
 * the order of their ids, and relationships to nodes outside the selection are dropped.
 */
public final class Neo4jProjector {
    /** Bytes a projection needs per node and per relationship while loading (partitions + builder + CSR + id map). */
    private static final long BYTES_PER_NODE = 160;
    private static final long BYTES_PER_RELATIONSHIP = 8 + 8 + 16 + 24;
    private static final long FETCH_SIZE = 5_000;
    /** Internal ids per batch: one Bolt record carries the nodes of one batch (a record per node costs more). */
    private static final long BATCH = 1_000;

    private final Driver driver;
    private final int partitions;

    public Neo4jProjector(Driver driver) {
        this(driver, Runtime.getRuntime().availableProcessors());
    }

    /** @param partitions how many sessions read in parallel */
    public Neo4jProjector(Driver driver, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        this.driver = driver;
        this.partitions = partitions;
    }

    public Projection project(ProjectionSpec spec) {
        long start = System.nanoTime();
        long relationships;
        long nodes;
        long maxId;
        // Three small independent queries, asked at once: in a fresh JVM planning each takes a while.
        try (ExecutorService small = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Long> relationshipCount = small.submit(() -> count(countQuery(spec)));
            Future<Long> nodeCount = small.submit(() -> count("MATCH (n:Entity) RETURN count(n)"));
            Future<Long> highestId = small.submit(this::highestNodeId);
            relationships = await(relationshipCount);
            nodes = await(nodeCount);
            maxId = await(highestId);
        }
        checkHeap(nodes, relationships);
        List<Partition> parts = readPartitions(spec, maxId);
        NodeNumbering numbering = new NodeNumbering(parts);
        IdMap ids = numbering.toIdMap();
        DenseIndex dense = numbering.internalToDense();
        CsrGraphBuilder builder = CsrGraph.builder(ids.size(), (int) Math.min(relationships, Integer.MAX_VALUE - 8L));
        long read = 0;
        for (Partition part : parts) {
            read += part.addEdgesTo(builder, dense);
        }
        CsrGraph graph = builder.build(spec.aggregation());
        return new Projection(spec, ids, graph, read, (System.nanoTime() - start) / 1_000_000);
    }

    private static long await(Future<Long> answer) {
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

    private List<Partition> readPartitions(ProjectionSpec spec, long maxId) {
        Map<String, Object> parameters = Map.of("asOf", spec.asOf(), "maxId", maxId, "batch", BATCH);
        boolean weighted = spec.weightProperty().isPresent();
        return PartitionedRead.run(driver, partitions, partitionQuery(spec), parameters, "the projection",
                result -> Partition.read(result, weighted));
    }

    private Session readSession() {
        return driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withFetchSize(FETCH_SIZE).build());
    }

    /** The highest internal id of an entity (-1 when there is none): where the partitions' id ranges end. */
    private long highestNodeId() {
        try (Session session = readSession()) {
            return session.executeRead(tx -> {
                Result result = tx.run("MATCH (n:Entity) RETURN id(n) ORDER BY id(n) DESC LIMIT 1");
                return result.hasNext() ? result.next().get(0).asLong() : -1L;
            });
        }
    }

    private long count(String query) {
        try (Session session = readSession()) {
            return session.executeRead(tx -> tx.run(query).single().get(0).asLong());
        }
    }

    private static String typePattern(ProjectionSpec spec) {
        return spec.types().stream().map(RelationType::name).sorted().collect(Collectors.joining("|"));
    }

    private static String countQuery(ProjectionSpec spec) {
        return "MATCH ()-[r:" + typePattern(spec) + "]->() RETURN count(r)";
    }

    /**
     * Labels and types come from closed enums and the weight property is back-quoted; values are parameters.
     *
     * <p>What the server does per node and per relationship bounds the load, so the query is kept lean. Partition
     * {@code p} reads the internal id ranges {@code [start, start + batch)} with {@code start = (p + k * parts) * batch}
     * by id seek, and returns one record per range holding that range's nodes as parallel lists (a Bolt record and a
     * query-pipeline row per node cost more than the node's data). A node's label comes back as its
     * {@link NodeLabel} ordinal from cheap label tests (no {@code labels(a)} list per node), and an unweighted
     * projection returns each node's far ends as a flat list of integers (no two-element list per relationship).
     */
    private static String partitionQuery(ProjectionSpec spec) {
        String label = spec.labels().stream().sorted()
                .map(l -> "WHEN a:`" + l.label() + "` THEN " + l.ordinal())
                .collect(Collectors.joining(" ", "CASE ", " END"));
        String farEnd = spec.weightProperty().map(p -> "[id(b), r.`" + p.replace("`", "") + "`]").orElse("id(b)");
        return """
                UNWIND range($part * $batch, $maxId, $parts * $batch) AS start
                CALL (start) {
                  MATCH (a:Entity) WHERE id(a) IN range(start, start + $batch - 1)
                  WITH a, %s AS label
                  WHERE label IS NOT NULL
                  RETURN collect(a.id) AS ids, collect(label) AS labels, collect(id(a)) AS internal,
                         collect([(a)-[r:%s]->(b) WHERE r.since <= $asOf AND r.until >= $asOf | %s]) AS out
                }
                RETURN ids, labels, internal, out
                """.formatted(label, typePattern(spec), farEnd);
    }

    private static void checkHeap(long nodes, long relationships) {
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long needed = nodes * BYTES_PER_NODE + relationships * BYTES_PER_RELATIONSHIP;
        if (needed > free) {
            throw new KyoseiStoreException(String.format(java.util.Locale.ROOT,
                    "a projection of up to %,d nodes and %,d relationships needs about %,d MiB but the heap has %,d MiB free; "
                            + "give the JVM more memory (KYOSEI_JAVA_OPTS=-Xmx...) or project fewer labels or types",
                    nodes, relationships, needed >> 20, free >> 20));
        }
    }

    /** The nodes one session read, each with its outgoing relationships (far end's internal id, weight). */
    private static final class Partition {
        private static final NodeLabel[] LABELS = NodeLabel.values();
        final List<String> ids = new ArrayList<>();
        final List<NodeLabel> labels = new ArrayList<>();
        long[] internal = new long[1024];
        int[] firstEdge = new int[1025];
        long[] targets = new long[4096];
        double[] weights;
        int edges;

        static Partition read(Result result, boolean weighted) {
            Partition part = new Partition();
            if (weighted) {
                part.weights = new double[part.targets.length];
            }
            while (result.hasNext()) {
                part.add(result.next());
            }
            return part;
        }

        /** Adds the nodes of one id range (parallel lists: ids, label ordinals, internal ids, far-end lists). */
        private void add(Record record) {
            Value batchIds = record.get(0);
            Value batchLabels = record.get(1);
            Value batchInternal = record.get(2);
            Value batchOut = record.get(3);
            for (int i = 0; i < batchIds.size(); i++) {
                addNode(batchIds.get(i).asString(), LABELS[batchLabels.get(i).asInt()], batchInternal.get(i).asLong(),
                        batchOut.get(i));
            }
        }

        private void addNode(String id, NodeLabel label, long internalId, Value out) {
            int node = ids.size();
            if (node + 1 >= internal.length) {
                internal = Arrays.copyOf(internal, internal.length * 2);
                firstEdge = Arrays.copyOf(firstEdge, internal.length + 1);
            }
            ids.add(id);
            labels.add(label);
            internal[node] = internalId;
            int degree = out.size();
            if (edges + degree > targets.length) {
                int capacity = Math.max(targets.length * 2, edges + degree);
                targets = Arrays.copyOf(targets, capacity);
                if (weights != null) {
                    weights = Arrays.copyOf(weights, capacity);
                }
            }
            if (weights == null) {
                for (int i = 0; i < degree; i++) {
                    targets[edges++] = out.get(i).asLong();
                }
            } else {
                for (int i = 0; i < degree; i++) {
                    Value edge = out.get(i);
                    targets[edges] = edge.get(0).asLong();
                    weights[edges] = edge.get(1).isNull() ? 1.0 : edge.get(1).asDouble();
                    edges++;
                }
            }
            firstEdge[node + 1] = edges;
        }

        /** Adds the relationships whose both ends were selected; returns how many. */
        long addEdgesTo(CsrGraphBuilder builder, DenseIndex dense) {
            long added = 0;
            for (int node = 0; node < ids.size(); node++) {
                int from = dense.get(internal[node]);
                for (int e = firstEdge[node]; e < firstEdge[node + 1]; e++) {
                    int to = dense.get(targets[e]);
                    if (to >= 0) {
                        builder.addEdge(from, to, weights == null ? 1.0 : weights[e]);
                        added++;
                    }
                }
            }
            return added;
        }
    }

    /** All partitions' nodes numbered in the order of their ids. */
    private static final class NodeNumbering {
        private final String[] ids;
        private final NodeLabel[] labels;
        private final long[] internal;

        NodeNumbering(List<Partition> parts) {
            int total = parts.stream().mapToInt(p -> p.ids.size()).sum();
            String[] allIds = new String[total];
            NodeLabel[] allLabels = new NodeLabel[total];
            long[] allInternal = new long[total];
            int next = 0;
            for (Partition part : parts) {
                for (int i = 0; i < part.ids.size(); i++, next++) {
                    allIds[next] = part.ids.get(i);
                    allLabels[next] = part.labels.get(i);
                    allInternal[next] = part.internal[i];
                }
            }
            int[] order = new int[total];
            Arrays.setAll(order, i -> i);
            IntArrays.parallelQuickSort(order, (i, j) -> allIds[i].compareTo(allIds[j]));
            ids = new String[total];
            labels = new NodeLabel[total];
            internal = new long[total];
            for (int i = 0; i < total; i++) {
                ids[i] = allIds[order[i]];
                labels[i] = allLabels[order[i]];
                internal[i] = allInternal[order[i]];
            }
        }

        IdMap toIdMap() {
            return new IdMap(ids, labels);
        }

        DenseIndex internalToDense() {
            return DenseIndex.of(internal);
        }
    }

    /** Dense node number by database-internal node id, -1 for a node outside the projection. */
    interface DenseIndex {
        int get(long internal);

        /**
         * An array indexed by internal id when the ids are compact (a store's node ids run from 0 with few
         * gaps, so this is the usual case: 4 bytes per id, one load per lookup), otherwise a hash map.
         */
        static DenseIndex of(long[] internal) {
            long max = -1;
            for (long id : internal) {
                max = Math.max(max, id);
            }
            if (max < 4L * internal.length + 1024) {
                int[] byInternal = new int[(int) max + 1];
                Arrays.fill(byInternal, -1);
                for (int i = 0; i < internal.length; i++) {
                    byInternal[(int) internal[i]] = i;
                }
                return id -> id >= 0 && id < byInternal.length ? byInternal[(int) id] : -1;
            }
            Long2IntOpenHashMap map = new Long2IntOpenHashMap(internal.length);
            map.defaultReturnValue(-1);
            for (int i = 0; i < internal.length; i++) {
                map.put(internal[i], i);
            }
            return map::get;
        }
    }
}
