package org.kyosei.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * Streams the part of the stored graph a {@link ProjectionSpec} selects into an in-memory
 * {@link Projection}, in two read queries: the nodes (numbered in id order), then the
 * relationships valid as of the date. Database-internal ids are used only while loading, to avoid
 * sending every relationship's two string ids over Bolt; nothing keeps them.
 */
public final class Neo4jProjector {
    /** Bytes a projection needs per node and per relationship while loading (builder + CSR + id map). */
    private static final long BYTES_PER_NODE = 120;
    private static final long BYTES_PER_RELATIONSHIP = 16 + 24;
    private static final long FETCH_SIZE = 20_000;

    private final Driver driver;

    public Neo4jProjector(Driver driver) {
        this.driver = driver;
    }

    public Projection project(ProjectionSpec spec) {
        long start = System.nanoTime();
        try (Session session = driver.session(SessionConfig.builder()
                .withDefaultAccessMode(AccessMode.READ).withFetchSize(FETCH_SIZE).build())) {
            List<String> labelNames = spec.labels().stream().map(NodeLabel::label).sorted().toList();
            long relationshipEstimate = session.executeRead(tx -> tx.run(countQuery(spec)).single().get(0).asLong());
            NodeList nodes = session.executeRead(tx -> readNodes(tx.run("""
                    MATCH (n:Entity)
                    WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
                    WHERE label IN $labels
                    RETURN n.id AS id, label, id(n) AS internal
                    """, Map.of("labels", labelNames))));
            checkHeap(nodes.size(), relationshipEstimate);
            IdMap ids = nodes.toIdMap();
            Long2IntOpenHashMap dense = nodes.internalToDense();
            CsrGraphBuilder builder = CsrGraph.builder(ids.size());
            long read = session.executeRead(tx -> readRelationships(tx.run(relationshipQuery(spec), Map.of("asOf", spec.asOf())),
                    dense, builder, spec.weightProperty().isPresent()));
            CsrGraph graph = builder.build(spec.aggregation());
            return new Projection(spec, ids, graph, read, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static String typePattern(ProjectionSpec spec) {
        return spec.types().stream().map(RelationType::name).sorted().collect(Collectors.joining("|"));
    }

    private static String countQuery(ProjectionSpec spec) {
        return "MATCH ()-[r:" + typePattern(spec) + "]->() RETURN count(r)";
    }

    private static String relationshipQuery(ProjectionSpec spec) {
        String weight = spec.weightProperty().map(p -> "r.`" + p.replace("`", "") + "`").orElse("1.0");
        return "MATCH (a)-[r:" + typePattern(spec) + "]->(b) WHERE r.since <= $asOf AND r.until >= $asOf "
                + "RETURN id(a) AS a, id(b) AS b, " + weight + " AS w";
    }

    private static void checkHeap(int nodes, long relationships) {
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long needed = nodes * BYTES_PER_NODE + relationships * BYTES_PER_RELATIONSHIP;
        if (needed > free) {
            throw new KyoseiStoreException(String.format(java.util.Locale.ROOT,
                    "a projection of %,d nodes and up to %,d relationships needs about %,d MiB but the heap has %,d MiB free; "
                            + "give the JVM more memory (KYOSEI_JAVA_OPTS=-Xmx...) or project fewer labels or types",
                    nodes, relationships, needed >> 20, free >> 20));
        }
    }

    private static NodeList readNodes(Result result) {
        NodeList nodes = new NodeList();
        while (result.hasNext()) {
            Record record = result.next();
            NodeLabel.byLabel(record.get(1).asString()).ifPresent(label ->
                    nodes.add(record.get(0).asString(), label, record.get(2).asLong()));
        }
        return nodes;
    }

    private static long readRelationships(Result result, Long2IntOpenHashMap dense, CsrGraphBuilder builder, boolean weighted) {
        long read = 0;
        while (result.hasNext()) {
            Record record = result.next();
            int a = dense.get(record.get(0).asLong());
            int b = dense.get(record.get(1).asLong());
            if (a >= 0 && b >= 0) {
                builder.addEdge(a, b, weighted ? record.get(2).asDouble(1.0) : 1.0);
                read++;
            }
        }
        return read;
    }

    /** Nodes as read, before numbering. */
    private static final class NodeList {
        private final List<String> ids = new ArrayList<>();
        private final List<NodeLabel> labels = new ArrayList<>();
        private long[] internal = new long[1024];

        void add(String id, NodeLabel label, long internalId) {
            if (ids.size() == internal.length) {
                internal = Arrays.copyOf(internal, internal.length * 2);
            }
            internal[ids.size()] = internalId;
            ids.add(id);
            labels.add(label);
        }

        int size() {
            return ids.size();
        }

        private Integer[] order;

        private Integer[] order() {
            if (order == null) {
                order = new Integer[ids.size()];
                Arrays.setAll(order, i -> i);
                Arrays.sort(order, Comparator.comparing(ids::get));
            }
            return order;
        }

        IdMap toIdMap() {
            Integer[] sorted = order();
            String[] sortedIds = new String[sorted.length];
            NodeLabel[] sortedLabels = new NodeLabel[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                sortedIds[i] = ids.get(sorted[i]);
                sortedLabels[i] = labels.get(sorted[i]);
            }
            return new IdMap(sortedIds, sortedLabels);
        }

        Long2IntOpenHashMap internalToDense() {
            Integer[] sorted = order();
            Long2IntOpenHashMap map = new Long2IntOpenHashMap(sorted.length);
            map.defaultReturnValue(-1);
            for (int i = 0; i < sorted.length; i++) {
                map.put(internal[sorted[i]], i);
            }
            return map;
        }
    }
}
