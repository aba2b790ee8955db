package org.kyosei.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.CsrGraphBuilder;
import org.kyosei.analytics.graph.IdOrder;
import org.kyosei.application.port.ProjectionSource;
import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;
import org.kyosei.projection.IdMap;
import org.kyosei.projection.Projection;
import org.kyosei.projection.ProjectionSpec;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * Streams the part of the stored graph a {@link ProjectionSpec} selects into an in-memory {@link Projection}.
 *
 * <p>Two reads, each in chunks of the database's internal ids, which it seeks directly, taken by parallel sessions
 * (one per core; {@link ChunkedRead}):
 * <ol>
 *   <li><b>Nodes:</b> each selected node's id and label.</li>
 *   <li><b>Relationships, by relationship id:</b> each relationship of the projected types, as its two ends' internal
 *   ids, the end -1 when it is not valid as of the date. This reads each relationship record once and in store
 *   order. (Expanding from every node instead walks each node's whole relationship chain, both directions and all
 *   types, which measured 2.5 times the CPU.) A store's relationship ids run from 0 with gaps only where
 *   relationships were deleted, so the read stops once it has seen as many as the database counts. When the ids
 *   go far past that (many deletions, or a store format whose ids are not record numbers), it looks up the highest
 *   id and, if the ids are too sparse to read by range, reads from each start node instead.</li>
 * </ol>
 * Where the server has {@link ProjectionProcedures} (the embedded one), both reads call them and get a byte array
 * per batch of ids; elsewhere they run Cypher that returns a batch's values as lists. Either way a Bolt record
 * carries a batch, never a single node or relationship.
 *
 * Internal ids serve only while loading; nodes are then numbered in id order, relationships with an end outside
 * the selection dropped. Kept beside the one in-memory graph ({@link Neo4jDatedGraphLoader}) on purpose: it streams
 * one date's valid relationships, packed, straight into the CSR (no names, dates or record per entity), which keeps
 * a 1M / 10M-relationship projection fast and small; the service derives its paths' projections from that graph.
 */
public final class Neo4jProjector implements ProjectionSource {
    /**
     * Bytes a projection needs per node and per relationship at its peak: while reading, the chunks (16 bytes per
     * relationship, 24 weighted, arrays up to twice that while they grow) and the builder (16); while building, the
     * builder, the unmerged adjacency (24) and the CSR (up to 24), the chunks gone by then.
     */
    private static final long BYTES_PER_NODE = 160;
    private static final long BYTES_PER_RELATIONSHIP = 16 + 8 + 16 + 24;
    private static final long FETCH_SIZE = 5_000;
    /** Internal node ids per batch of the Cypher node read: one Bolt record carries the nodes of one batch. */
    private static final long NODE_BATCH = 2_000;
    /** Ids per batch of the Cypher relationship read: one Bolt record each. */
    private static final long EDGE_BATCH = 10_000;
    /** Ids per transaction of a read by id range. */
    private static final long CHUNK_IDS = 32 * EDGE_BATCH;
    /** Read by relationship id while the highest id is at most this many times the number of relationships. */
    private static final long DENSE_ENOUGH = 4;

    /** The relationships of ids {@code [$from, $to)} packed by the server ({@link ProjectionProcedures}). */
    private static final String PACKED_EDGES = "CALL " + ProjectionProcedures.EDGES
            + "($from, $to, $types, $asOf, $weight) YIELD edges RETURN edges";
    /** The selected nodes of ids {@code [$from, $to)} packed by the server ({@link ProjectionProcedures}). */
    private static final String PACKED_NODES = "CALL " + ProjectionProcedures.NODES + "($from, $to, $labels) YIELD nodes RETURN nodes";

    private final Driver driver;
    private final int partitions;
    private final long chunkIds;
    private final boolean useProcedure;
    private volatile Boolean procedureInstalled;

    public Neo4jProjector(Driver driver) {
        this(driver, Runtime.getRuntime().availableProcessors());
    }

    /** @param partitions how many sessions read in parallel */
    public Neo4jProjector(Driver driver, int partitions) {
        this(driver, partitions, CHUNK_IDS, true);
    }

    /**
     * @param chunkIds     ids per transaction of the read by relationship id (tests use small chunks to meet many
     *                     edges); reads by node id always take {@value #CHUNK_IDS}, as node ids may run far in a
     *                     store where many nodes were deleted
     * @param useProcedure whether to read through {@link ProjectionProcedures} where the server has it (tests turn it
     *                     off to check the Cypher read, which external servers get)
     */
    Neo4jProjector(Driver driver, int partitions, long chunkIds, boolean useProcedure) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        if (chunkIds < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, got " + chunkIds);
        }
        this.driver = driver;
        this.partitions = partitions;
        this.chunkIds = chunkIds;
        this.useProcedure = useProcedure;
    }

    public Projection project(ProjectionSpec spec) {
        long start = System.nanoTime();
        StoreSize size = storeSize(spec);
        checkHeap(size.nodes(), size.projectedRelationships());
        boolean packed = useProcedure && hasProcedure();
        NodeNumbering numbering = new NodeNumbering(readNodes(spec, size.highestNodeId(), packed));
        IdMap ids = numbering.toIdMap();
        DenseIndex dense = numbering.internalToDense();
        CollectedEdges edges = collect(readEdges(spec, size, packed), dense, ids.size());
        CsrGraph graph = edges.builder().build(spec.aggregation());
        return new Projection(spec, ids, graph, edges.read(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The relationships whose both ends were selected, and how many; the chunks can go before the CSR is built. */
    private record CollectedEdges(CsrGraphBuilder builder, long read) {
    }

    private static CollectedEdges collect(List<EdgeChunk> chunks, DenseIndex dense, int nodes) {
        long edges = chunks.stream().mapToLong(EdgeChunk::size).sum();
        CsrGraphBuilder builder = CsrGraph.builder(nodes, (int) Math.min(edges, Integer.MAX_VALUE - 8L));
        long read = 0;
        for (EdgeChunk chunk : chunks) {
            read += addEdges(chunk, dense, builder);
        }
        return new CollectedEdges(builder, read);
    }

    /** What the database counts, asked at once: in a fresh JVM planning each small query takes a while. */
    private StoreSize storeSize(ProjectionSpec spec) {
        try (ExecutorService small = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Long> projected = small.submit(() -> count(countQuery(spec)));
            Future<Long> all = small.submit(() -> count("MATCH ()-[r]->() RETURN count(r)"));
            Future<Long> nodes = small.submit(() -> count("MATCH (n:Entity) RETURN count(n)"));
            Future<Long> highestNode = small.submit(() -> highestId("MATCH (n:Entity) RETURN id(n) ORDER BY id(n) DESC LIMIT 1"));
            return new StoreSize(ChunkedRead.await(nodes), ChunkedRead.await(highestNode), ChunkedRead.await(projected),
                    ChunkedRead.await(all));
        }
    }

    /**
     * @param projectedRelationships relationships of the projected types, whatever their dates
     * @param allRelationships       relationships of every type: where relationship ids would end without gaps
     */
    private record StoreSize(long nodes, long highestNodeId, long projectedRelationships, long allRelationships) {
    }

    /** The selected nodes in chunks of internal ids, through the server's procedure when {@code packed}. */
    private List<NodeChunk> readNodes(ProjectionSpec spec, long highestNodeId, boolean packed) {
        List<NodeLabel> labels = spec.labels().stream().sorted(Comparator.comparing(NodeLabel::label)).toList();
        Map<String, Object> parameters = Map.of("batch", NODE_BATCH, "labels", labels.stream().map(NodeLabel::label).toList());
        return new ChunkedRead<>(driver, partitions, packed ? PACKED_NODES : nodeQuery(labels), parameters, CHUNK_IDS,
                result -> NodeChunk.read(result, labels, packed), NodeChunk::size, NodeChunk.EMPTY)
                .read(0, highestNodeId + 1);
    }

    /**
     * The projected relationships in chunks, read by relationship id (through the server's procedure when
     * {@code packed}) or, where those ids are too sparse, by start node.
     */
    private List<EdgeChunk> readEdges(ProjectionSpec spec, StoreSize size, boolean packed) {
        Map<String, Object> parameters = Map.of("asOf", spec.asOf(), "batch", EDGE_BATCH,
                "types", spec.types().stream().map(RelationType::name).sorted().toList(),
                "weight", spec.weightProperty().orElse(""));
        boolean weighted = spec.weightProperty().isPresent();
        long target = size.projectedRelationships();
        ChunkedRead<EdgeChunk> byId = new ChunkedRead<>(driver, partitions, packed ? PACKED_EDGES : edgeQuery(spec, "r"),
                parameters, chunkIds, result -> EdgeChunk.read(result, weighted, packed), EdgeChunk::size, EdgeChunk.EMPTY);
        long expectedEnd = size.allRelationships() + size.allRelationships() / 8 + chunkIds;
        List<EdgeChunk> chunks = byId.read(0, expectedEnd, 0, target);
        long seen = chunks.stream().mapToLong(EdgeChunk::size).sum();
        if (seen >= target) {
            return chunks;
        }
        long highest = highestId("MATCH ()-[r]->() RETURN max(id(r))");
        if (highest < expectedEnd) {
            return chunks; // the missing ones were deleted while this read
        }
        if (idsDenseEnough(highest, size.allRelationships(), chunkIds)) {
            List<EdgeChunk> all = new ArrayList<>(chunks);
            all.addAll(byId.read(expectedEnd, highest + 1, seen, target));
            return all;
        }
        return new ChunkedRead<>(driver, partitions, edgeQuery(spec, "a"), parameters, CHUNK_IDS,
                result -> EdgeChunk.read(result, weighted, false), EdgeChunk::size, EdgeChunk.EMPTY)
                .read(0, size.highestNodeId() + 1, 0, target);
    }

    /** Whether the server has {@link ProjectionProcedures}: the embedded one does, an external one may not. Asked once. */
    private boolean hasProcedure() {
        Boolean known = procedureInstalled;
        if (known == null) {
            try (Session session = readSession()) {
                known = session.run("SHOW PROCEDURES YIELD name WHERE name = $name RETURN count(*) > 0",
                        Map.of("name", ProjectionProcedures.EDGES)).single().get(0).asBoolean();
            } catch (Neo4jException e) {
                known = false; // a user not allowed to list procedures gets the Cypher read
            }
            procedureInstalled = known;
        }
        return known;
    }

    /** Whether relationship ids up to {@code highestId} are few enough, for so many relationships, to read by range. */
    static boolean idsDenseEnough(long highestId, long relationships, long chunkIds) {
        return highestId < DENSE_ENOUGH * relationships + chunkIds;
    }

    private static long addEdges(EdgeChunk chunk, DenseIndex dense, CsrGraphBuilder builder) {
        long added = 0;
        long[] starts = chunk.starts();
        long[] ends = chunk.ends();
        double[] weights = chunk.weights();
        for (int i = 0; i < chunk.size(); i++) {
            int from = dense.get(starts[i]);
            int to = dense.get(ends[i]); // -1 for a relationship not valid as of the date
            if (from >= 0 && to >= 0) {
                builder.addEdge(from, to, weights == null ? 1.0 : weights[i]);
                added++;
            }
        }
        return added;
    }

    private Session readSession() {
        return driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withFetchSize(FETCH_SIZE).build());
    }

    /** The one number a query returns, -1 when it returns no row or null (no node or relationship). */
    private long highestId(String query) {
        try (Session session = readSession()) {
            return session.executeRead(tx -> {
                Result result = tx.run(query);
                if (!result.hasNext()) {
                    return -1L;
                }
                Value value = result.next().get(0);
                return value.isNull() ? -1L : value.asLong();
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
     * The Cypher read of the selected nodes with internal ids in {@code [$from, $to)}, a record per {@code $batch}
     * ids holding that batch's nodes as parallel lists. A node's label comes back as its index in {@code labels}
     * (sorted by name) from cheap label tests (no {@code labels(a)} list per node). Labels come from a closed enum;
     * values are parameters.
     */
    private static String nodeQuery(List<NodeLabel> labels) {
        String label = IntStream.range(0, labels.size())
                .mapToObj(i -> "WHEN a:`" + labels.get(i).label() + "` THEN " + i)
                .collect(Collectors.joining(" ", "CASE ", " END"));
        return """
                UNWIND range($from, $to - 1, $batch) AS start
                CALL (start) {
                  MATCH (a:Entity) WHERE id(a) IN range(start, CASE WHEN start + $batch < $to THEN start + $batch ELSE $to END - 1)
                  WITH a, %s AS label
                  WHERE label IS NOT NULL AND a.id IS NOT NULL
                  RETURN collect(a.id) AS ids, collect(label) AS labels, collect(id(a)) AS internal
                }
                RETURN ids, labels, internal
                """.formatted(label);
    }

    /**
     * The relationships of the projected types whose {@code seek} variable ({@code r}: the relationship, {@code a}:
     * its start node) has an internal id in {@code [$from, $to)}, a record per {@code $batch} ids: their start node
     * ids, their end node ids, or -1 for one not valid as of the date (and their weights, 1 where missing). The date
     * test marks instead of filtering so that the reader learns how many there were in all, which tells it when it
     * has met every one; this costs nothing measurable against a filter. Types come from a closed enum and the
     * weight property is back-quoted; values are parameters.
     */
    private static String edgeQuery(ProjectionSpec spec, String seek) {
        String weights = spec.weightProperty()
                .map(p -> ", collect(coalesce(r.`" + p.replace("`", "") + "`, 1.0)) AS weights")
                .orElse("");
        return """
                UNWIND range($from, $to - 1, $batch) AS start
                CALL (start) {
                  MATCH (a)-[r:%s]->(b) WHERE id(%s) IN range(start, CASE WHEN start + $batch < $to THEN start + $batch ELSE $to END - 1)
                  RETURN collect(id(a)) AS starts,
                         collect(CASE WHEN r.since <= $asOf AND r.until >= $asOf THEN id(b) ELSE -1 END) AS ends%s
                }
                RETURN starts, ends%s
                """.formatted(typePattern(spec), seek, weights, spec.weightProperty().isPresent() ? ", weights" : "");
    }

    private static void checkHeap(long nodes, long relationships) {
        Runtime runtime = Runtime.getRuntime();
        checkHeap(nodes, relationships, runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory()));
    }

    /** Refuses, in one line a user can act on, a projection that would not fit in {@code free} bytes of heap. */
    static void checkHeap(long nodes, long relationships, long free) {
        long needed = nodes * BYTES_PER_NODE + relationships * BYTES_PER_RELATIONSHIP;
        if (needed > free) {
            throw new KyoseiStoreException(String.format(java.util.Locale.ROOT,
                    "a projection of up to %,d nodes and %,d relationships needs about %,d MiB but the heap has %,d MiB free; "
                            + "give the JVM more memory (KYOSEI_JAVA_OPTS=-Xmx...) or project fewer labels or types",
                    nodes, relationships, needed >> 20, free >> 20));
        }
    }

    /** All partitions' nodes numbered in the order of their ids. */
    private static final class NodeNumbering {
        private final String[] ids;
        private final NodeLabel[] labels;
        private final long[] internal;

        NodeNumbering(List<NodeChunk> parts) {
            int total = parts.stream().mapToInt(NodeChunk::size).sum();
            String[] allIds = new String[total];
            NodeLabel[] allLabels = new NodeLabel[total];
            long[] allInternal = new long[total];
            int next = 0;
            for (NodeChunk part : parts) {
                for (int i = 0; i < part.size(); i++, next++) {
                    allIds[next] = part.ids().get(i);
                    allLabels[next] = part.labels().get(i);
                    allInternal[next] = part.internal()[i];
                }
            }
            int[] order = IdOrder.of(allIds).order();
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
