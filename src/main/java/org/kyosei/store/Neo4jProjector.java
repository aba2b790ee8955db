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
import org.neo4j.driver.Value;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * Streams the part of the stored graph a {@link ProjectionSpec} selects into an in-memory {@link Projection}.
 *
 * <p>One read query per partition of the nodes (split on the database's internal node id, one partition per
 * core, read in parallel sessions) returns each selected node with the list of its outgoing relationships'
 * far ends valid as of the date. A list per node sends far fewer Bolt records than a row per relationship,
 * which is what bounds the load speed. Internal ids are used only while loading; nodes are then numbered in
 * the order of their ids, and relationships to nodes outside the selection are dropped.
 */
public final class Neo4jProjector {
    /** Bytes a projection needs per node and per relationship while loading (partitions + builder + CSR + id map). */
    private static final long BYTES_PER_NODE = 160;
    private static final long BYTES_PER_RELATIONSHIP = 8 + 8 + 16 + 24;
    private static final long FETCH_SIZE = 5_000;

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
        checkHeap(count("MATCH (n:Entity) RETURN count(n)"), count(countQuery(spec)));
        List<Partition> parts = readPartitions(spec);
        NodeNumbering numbering = new NodeNumbering(parts);
        IdMap ids = numbering.toIdMap();
        Long2IntOpenHashMap dense = numbering.internalToDense();
        CsrGraphBuilder builder = CsrGraph.builder(ids.size());
        long read = 0;
        for (Partition part : parts) {
            read += part.addEdgesTo(builder, dense);
        }
        CsrGraph graph = builder.build(spec.aggregation());
        return new Projection(spec, ids, graph, read, (System.nanoTime() - start) / 1_000_000);
    }

    private List<Partition> readPartitions(ProjectionSpec spec) {
        Map<String, Object> parameters = Map.of("labels", spec.labels().stream().map(NodeLabel::label).sorted().toList(),
                "asOf", spec.asOf());
        boolean weighted = spec.weightProperty().isPresent();
        return PartitionedRead.run(driver, partitions, partitionQuery(spec), parameters, "the projection",
                result -> Partition.read(result, weighted));
    }

    private Session readSession() {
        return driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withFetchSize(FETCH_SIZE).build());
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

    /** Labels and types come from closed enums and the weight property is back-quoted; values are parameters. */
    private static String partitionQuery(ProjectionSpec spec) {
        String weight = spec.weightProperty().map(p -> "r.`" + p.replace("`", "") + "`").orElse("1.0");
        return """
                MATCH (a:Entity) WHERE id(a) %% $parts = $part
                WITH a, [l IN labels(a) WHERE l <> 'Entity'][0] AS label
                WHERE label IN $labels
                RETURN a.id AS id, label, id(a) AS internal,
                       [(a)-[r:%s]->(b) WHERE r.since <= $asOf AND r.until >= $asOf | [id(b), %s]] AS out
                """.formatted(typePattern(spec), weight);
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

        private void add(Record record) {
            java.util.Optional<NodeLabel> label = NodeLabel.byLabel(record.get(1).asString());
            if (label.isEmpty()) {
                return;
            }
            int node = ids.size();
            if (node + 1 >= internal.length) {
                internal = Arrays.copyOf(internal, internal.length * 2);
                firstEdge = Arrays.copyOf(firstEdge, internal.length + 1);
            }
            ids.add(record.get(0).asString());
            labels.add(label.get());
            internal[node] = record.get(2).asLong();
            Value out = record.get(3);
            int degree = out.size();
            if (edges + degree > targets.length) {
                int capacity = Math.max(targets.length * 2, edges + degree);
                targets = Arrays.copyOf(targets, capacity);
                if (weights != null) {
                    weights = Arrays.copyOf(weights, capacity);
                }
            }
            for (int i = 0; i < degree; i++) {
                Value edge = out.get(i);
                targets[edges] = edge.get(0).asLong();
                if (weights != null) {
                    weights[edges] = edge.get(1).isNull() ? 1.0 : edge.get(1).asDouble();
                }
                edges++;
            }
            firstEdge[node + 1] = edges;
        }

        /** Adds the relationships whose both ends were selected; returns how many. */
        long addEdgesTo(CsrGraphBuilder builder, Long2IntOpenHashMap dense) {
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
            Integer[] order = new Integer[total];
            Arrays.setAll(order, i -> i);
            Arrays.parallelSort(order, Comparator.comparing(i -> allIds[i]));
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

        Long2IntOpenHashMap internalToDense() {
            Long2IntOpenHashMap map = new Long2IntOpenHashMap(internal.length);
            map.defaultReturnValue(-1);
            for (int i = 0; i < internal.length; i++) {
                map.put(internal[i], i);
            }
            return map;
        }
    }
}
