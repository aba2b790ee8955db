package org.kyosei.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.kyosei.application.port.DatedGraphSource;
import org.kyosei.detection.DetectionFeatures;
import org.kyosei.graph.DatedGraph;
import org.kyosei.domain.NodeLabel;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * Loads the {@link DatedGraph} from Neo4j: every entity with its label and the properties of
 * {@link DatedGraph#NODE_PROPERTIES} only, each with the list of its outgoing relationships to entities (type, far
 * end, since, until, weight, confidence), all of them or those that started by a day. One query per partition of the
 * nodes (split on the internal node id), read in parallel sessions: one Bolt record per entity with its relationships
 * as a list, far fewer records than one per relationship. Database-internal ids serve only while loading.
 */
public final class Neo4jDatedGraphLoader implements DatedGraphSource {
    static final String QUERY = """
            MATCH (a:Entity) WHERE id(a) %% $parts = $part
            RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Entity'][0] AS label,
                   a.name AS name, a.kind AS kind, a.license_status AS license, id(a) AS internal,
                   [(a)-[r]->(b:Entity) %s
                    | [type(r), id(b), r.since, r.until, r.weight, r.confidence]] AS out
            """;
    private static final String WHOLE = QUERY.formatted("");
    private static final String STARTED_BY = QUERY.formatted("WHERE r.since <= $day");

    private final Driver driver;
    private final int partitions;

    public Neo4jDatedGraphLoader(Driver driver) {
        this(driver, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** @param partitions how many sessions read in parallel */
    public Neo4jDatedGraphLoader(Driver driver, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        this.driver = driver;
        this.partitions = partitions;
    }

    @Override
    public DatedGraph whole() {
        return load(WHOLE, Map.of());
    }

    @Override
    public DatedGraph startedBy(LocalDate day) {
        return load(STARTED_BY, Map.of("day", day));
    }

    private DatedGraph load(String query, Map<String, Object> parameters) {
        checkProperties();
        List<Partition> parts = PartitionedRead.run(driver, partitions, query, parameters, "loading the graph",
                Partition::read);
        DatedGraph.Builder builder = DatedGraph.builder();
        Long2IntOpenHashMap internal = new Long2IntOpenHashMap();
        internal.defaultReturnValue(-1);
        for (Partition part : parts) {
            for (int k = 0; k < part.ids.size(); k++) {
                internal.put(part.internal[k], builder.node(part.ids.get(k), part.labels.get(k), part.names.get(k),
                        part.kinds.get(k), part.licenses.get(k)));
            }
        }
        for (Partition part : parts) {
            part.addEdgesTo(builder, internal);
        }
        return builder.build();
    }

    /** The query reads no protected property, and detection's whitelist is among what it reads. */
    static void checkProperties() {
        for (String property : DatedGraph.NODE_PROPERTIES) {
            if (NodeLabel.PROTECTED_PROPERTIES.contains(property)) {
                throw new IllegalStateException("protected property '" + property + "' may not be loaded into the graph");
            }
        }
        if (!DatedGraph.NODE_PROPERTIES.containsAll(DetectionFeatures.NODE_PROPERTIES)) {
            throw new IllegalStateException("the graph does not hold every detection feature");
        }
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    /** A stored date as an epoch day; one past the int range of days (years beyond 5 million) is held at its edge. */
    private static int day(Value value) {
        if (value.isNull()) {
            return DatedGraph.NO_DATE;
        }
        return (int) Math.clamp(value.asLocalDate().toEpochDay(), Integer.MIN_VALUE + 1L, Integer.MAX_VALUE);
    }

    /** The entities one session read, each with its outgoing relationships in parallel arrays. */
    private static final class Partition {
        final List<String> ids = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<String> kinds = new ArrayList<>();
        final List<String> licenses = new ArrayList<>();
        long[] internal = new long[1024];
        int edges;
        long[] from = new long[4096];
        long[] to = new long[4096];
        String[] type = new String[4096];
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
            int node = ids.size();
            if (node == internal.length) {
                internal = Arrays.copyOf(internal, node * 2);
            }
            long self = r.get(5).asLong();
            ids.add(r.get(0).asString());
            labels.add(text(r.get(1)));
            names.add(text(r.get(2)));
            kinds.add(text(r.get(3)));
            licenses.add(text(r.get(4)));
            internal[node] = self;
            Value out = r.get(6);
            int count = out.size();
            grow(edges + count);
            for (int k = 0; k < count; k++) {
                Value rel = out.get(k);
                from[edges] = self;
                to[edges] = rel.get(1).asLong();
                type[edges] = rel.get(0).asString();
                since[edges] = day(rel.get(2));
                until[edges] = day(rel.get(3));
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

        void addEdgesTo(DatedGraph.Builder builder, Long2IntOpenHashMap internalToBuilder) {
            for (int e = 0; e < edges; e++) {
                int a = internalToBuilder.get(from[e]);
                int b = internalToBuilder.get(to[e]);
                if (a >= 0 && b >= 0) {
                    builder.edge(a, b, type[e], since[e], until[e], weight[e], confidence[e]);
                }
            }
        }
    }
}
