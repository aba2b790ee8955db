package org.kyosei.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.kyosei.application.port.DetectionGraphSource;
import org.kyosei.detection.DetectionFeatures;
import org.kyosei.detection.DetectionGraph;
import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * Loads the {@link DetectionGraph} from Neo4j: every entity with its label and only the
 * whitelisted properties ({@link DetectionFeatures}), each with the list of its outgoing
 * relationships (type, far end, since, until, weight, confidence) that started on or before the as-of date (so the indicators can also look at
 * earlier weeks). One query per partition of the nodes (split on the internal node id), read in
 * parallel sessions: one Bolt record per node with its relationships as a list, far fewer
 * records than one per relationship. Database-internal ids serve only while loading.
 */
public final class Neo4jDetectionGraphLoader implements DetectionGraphSource {
    private static final Map<String, RelationType> TYPES = java.util.Arrays.stream(RelationType.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(RelationType::name, t -> t));
    private static final String QUERY = """
            MATCH (a:Entity) WHERE id(a) % $parts = $part
            RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Entity'][0] AS label,
                   a.kind AS kind, a.license_status AS license, id(a) AS internal,
                   [(a)-[r]->(b) WHERE r.since <= $asOf
                    | [type(r), id(b), r.since, r.until, r.weight, r.confidence]] AS out
            """;

    private final Driver driver;
    private final int partitions;

    public Neo4jDetectionGraphLoader(Driver driver) {
        this(driver, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** @param partitions how many sessions read in parallel */
    public Neo4jDetectionGraphLoader(Driver driver, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        this.driver = driver;
        this.partitions = partitions;
    }

    @Override
    public DetectionGraph load(LocalDate asOf) {
        if (!DetectionFeatures.allowed("kind") || !DetectionFeatures.allowed("license_status")) {
            throw new IllegalStateException("the node query reads a property outside the detection whitelist");
        }
        for (String property : DetectionFeatures.NODE_PROPERTIES) {
            if (NodeLabel.PROTECTED_PROPERTIES.contains(property)) {
                throw new IllegalStateException("protected property '" + property + "' may not be a detection feature");
            }
        }
        List<Partition> parts = readPartitions(asOf);
        DetectionGraph.Builder builder = DetectionGraph.builder();
        Long2IntOpenHashMap internal = new Long2IntOpenHashMap();
        internal.defaultReturnValue(-1);
        for (Partition part : parts) {
            for (int k = 0; k < part.ids.size(); k++) {
                internal.put(part.internal[k], builder.node(part.ids.get(k), part.labels.get(k), part.kinds.get(k),
                        part.licenses.get(k)));
            }
        }
        for (Partition part : parts) {
            part.addEdgesTo(builder, internal);
        }
        return builder.build();
    }

    private List<Partition> readPartitions(LocalDate asOf) {
        return PartitionedRead.run(driver, partitions, QUERY, Map.of("asOf", asOf), "loading the detection graph",
                Partition::read);
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static int day(Value value, int absent) {
        return value.isNull() ? absent : (int) value.asLocalDate().toEpochDay();
    }

    /** The nodes one session read, each with its outgoing relationships in parallel arrays. */
    private static final class Partition {
        final List<String> ids = new ArrayList<>();
        final List<NodeLabel> labels = new ArrayList<>();
        final List<String> kinds = new ArrayList<>();
        final List<String> licenses = new ArrayList<>();
        long[] internal = new long[1024];
        int edges;
        long[] from = new long[4096];
        long[] to = new long[4096];
        byte[] type = new byte[4096];
        int[] since = new int[4096];
        int[] until = new int[4096];
        double[] weight = new double[4096];
        double[] confidence = new double[4096];

        static Partition read(Result result) {
            Partition part = new Partition();
            while (result.hasNext()) {
                part.add(result.next());
            }
            return part;
        }

        private void add(Record r) {
            Value label = r.get(1);
            if (label.isNull()) {
                return;
            }
            java.util.Optional<NodeLabel> known = NodeLabel.byLabel(label.asString());
            if (known.isEmpty()) {
                return;
            }
            int node = ids.size();
            if (node == internal.length) {
                internal = Arrays.copyOf(internal, node * 2);
            }
            long self = r.get(4).asLong();
            ids.add(r.get(0).asString());
            labels.add(known.get());
            kinds.add(text(r.get(2)));
            licenses.add(text(r.get(3)));
            internal[node] = self;
            Value out = r.get(5);
            int count = out.size();
            grow(edges + count);
            for (int k = 0; k < count; k++) {
                Value rel = out.get(k);
                RelationType relationType = TYPES.get(rel.get(0).asString());
                if (relationType == null) {
                    continue;
                }
                from[edges] = self;
                to[edges] = rel.get(1).asLong();
                type[edges] = (byte) relationType.ordinal();
                since[edges] = day(rel.get(2), DetectionGraph.ALWAYS);
                until[edges] = day(rel.get(3), DetectionGraph.FOREVER);
                weight[edges] = rel.get(4).asDouble(1.0);
                confidence[edges] = rel.get(5).asDouble(1.0);
                edges++;
            }
        }

        private void grow(int needed) {
            if (needed <= from.length) {
                return;
            }
            int size = Math.max(needed, from.length * 2);
            from = Arrays.copyOf(from, size);
            to = Arrays.copyOf(to, size);
            type = Arrays.copyOf(type, size);
            since = Arrays.copyOf(since, size);
            until = Arrays.copyOf(until, size);
            weight = Arrays.copyOf(weight, size);
            confidence = Arrays.copyOf(confidence, size);
        }

        void addEdgesTo(DetectionGraph.Builder builder, Long2IntOpenHashMap internalToBuilder) {
            RelationType[] types = RelationType.values();
            for (int e = 0; e < edges; e++) {
                int a = internalToBuilder.get(from[e]);
                int b = internalToBuilder.get(to[e]);
                if (a >= 0 && b >= 0) {
                    builder.edge(a, b, types[type[e]], since[e], until[e], weight[e], confidence[e]);
                }
            }
        }
    }
}
