package org.kyosei.detection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.kyosei.analytics.graph.IdOrder;
import org.kyosei.analytics.graph.Offsets;
import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;
import org.kyosei.graph.DatedGraph;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

/**
 * The typed, dated graph the indicators read: every node with its label and the whitelisted
 * properties of {@link DetectionFeatures}, every relationship with its type, since, until, weight
 * and confidence. It holds all relationships that started by the load date, so the indicators can
 * look at any earlier week ({@link #active}) without reloading. Nodes are numbered in id order and
 * relationships sorted, so results never depend on the order the store returned them in.
 */
public final class DetectionGraph {
    /** The day an empty {@code since} is stored as (0001-01-01): "always". */
    public static final int ALWAYS = (int) LocalDate.of(1, 1, 1).toEpochDay();
    /** The day an empty {@code until} is stored as (9999-12-31): "still true". */
    public static final int FOREVER = (int) LocalDate.of(9999, 12, 31).toEpochDay();

    private static final RelationType[] TYPES = RelationType.values();
    private static final Map<String, RelationType> BY_NAME = Arrays.stream(TYPES)
            .collect(Collectors.toUnmodifiableMap(RelationType::name, t -> t));

    private final String[] ids;
    private final NodeLabel[] labels;
    private final String[] kinds;
    private final String[] licenses;
    private final Object2IntOpenHashMap<String> index;

    private final int[] src;
    private final int[] dst;
    private final byte[] type;
    private final int[] since;
    private final int[] until;
    private final double[] weight;
    private final double[] confidence;
    private final int[] outStart;
    private final int[] outEdges;
    private final int[] inStart;
    private final int[] inEdges;

    private DetectionGraph(Builder b, int[] order) {
        int n = b.ids.size();
        IdOrder byId = IdOrder.of(b.ids);
        int[] renumber = byId.renumber();
        ids = new String[n];
        labels = new NodeLabel[n];
        kinds = new String[n];
        licenses = new String[n];
        index = new Object2IntOpenHashMap<>(n);
        index.defaultReturnValue(-1);
        for (int k = 0; k < n; k++) {
            int old = byId.order()[k];
            ids[k] = b.ids.get(old);
            labels[k] = b.labels.get(old);
            kinds[k] = b.kinds.get(old);
            licenses[k] = b.licenses.get(old);
            index.put(ids[k], k);
        }
        int m = b.edges;
        src = new int[m];
        dst = new int[m];
        type = new byte[m];
        since = new int[m];
        until = new int[m];
        weight = new double[m];
        confidence = new double[m];
        for (int e = 0; e < m; e++) {
            src[e] = renumber[b.src[e]];
            dst[e] = renumber[b.dst[e]];
            type[e] = b.type[e];
            since[e] = b.since[e];
            until[e] = b.until[e];
            weight[e] = b.weight[e];
            confidence[e] = b.confidence[e];
        }
        int[] sorted = new int[m];
        Arrays.setAll(sorted, e -> e);
        IntArrays.quickSort(sorted, this::compareEdges);
        permute(sorted);
        outStart = Offsets.ofKeys(n, src);
        outEdges = Offsets.group(src, outStart);
        inStart = Offsets.ofKeys(n, dst);
        inEdges = Offsets.group(dst, inStart);
    }

    private int compareEdges(int a, int b) {
        int c = Integer.compare(src[a], src[b]);
        if (c == 0) c = Integer.compare(dst[a], dst[b]);
        if (c == 0) c = Integer.compare(type[a], type[b]);
        if (c == 0) c = Integer.compare(since[a], since[b]);
        if (c == 0) c = Integer.compare(until[a], until[b]);
        if (c == 0) c = Double.compare(weight[a], weight[b]);
        if (c == 0) c = Double.compare(confidence[a], confidence[b]);
        return c;
    }

    private void permute(int[] order) {
        int[] s = src.clone(), d = dst.clone(), si = since.clone(), u = until.clone();
        byte[] t = type.clone();
        double[] w = weight.clone(), c = confidence.clone();
        for (int k = 0; k < order.length; k++) {
            int e = order[k];
            src[k] = s[e];
            dst[k] = d[e];
            since[k] = si[e];
            until[k] = u[e];
            type[k] = t[e];
            weight[k] = w[e];
            confidence[k] = c[e];
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The detection graph of the whole dated graph as of {@code asOf}: the entities with a known label (id, label,
     * kind, license_status: names and every other property stay behind) and the relationships of a known type
     * between them that started on or before that day (one without a start never did; one without an end is still
     * true).
     */
    public static DetectionGraph asOf(DatedGraph graph, LocalDate asOf) {
        int day = (int) asOf.toEpochDay();
        Builder builder = builder();
        int[] node = new int[graph.nodeCount()];
        for (int k = 0; k < node.length; k++) {
            Optional<NodeLabel> label = NodeLabel.byLabel(graph.label(k));
            node[k] = label.isEmpty() ? -1 : builder.node(graph.id(k), label.get(), graph.kind(k), graph.license(k));
        }
        RelationType[] types = new RelationType[graph.typeCount()];
        for (int code = 0; code < types.length; code++) {
            types[code] = BY_NAME.get(graph.typeName(code));
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            int start = graph.since(e);
            RelationType relationType = types[graph.typeCode(e)];
            int a = node[graph.src(e)];
            int b = node[graph.dst(e)];
            if (start == DatedGraph.NO_DATE || start > day || relationType == null || a < 0 || b < 0) {
                continue;
            }
            int end = graph.until(e);
            builder.edge(a, b, relationType, start, end == DatedGraph.NO_DATE ? FOREVER : end, graph.weight(e),
                    graph.confidence(e));
        }
        return builder.build();
    }

    // ---- nodes

    public int nodeCount() {
        return ids.length;
    }

    public String id(int node) {
        return ids[node];
    }

    public NodeLabel label(int node) {
        return labels[node];
    }

    /** The node's {@code kind} (communities, brokers, identifiers, incidents, organizations), or "". */
    public String kind(int node) {
        return kinds[node];
    }

    /** A broker's {@code license_status}, or "". */
    public String license(int node) {
        return licenses[node];
    }

    public OptionalInt node(String id) {
        int node = index.getInt(id);
        return node < 0 ? OptionalInt.empty() : OptionalInt.of(node);
    }

    // ---- relationships

    public int edgeCount() {
        return src.length;
    }

    public int src(int edge) {
        return src[edge];
    }

    public int dst(int edge) {
        return dst[edge];
    }

    public RelationType type(int edge) {
        return TYPES[type[edge]];
    }

    public boolean is(int edge, RelationType relationType) {
        return type[edge] == relationType.ordinal();
    }

    public int since(int edge) {
        return since[edge];
    }

    public int until(int edge) {
        return until[edge];
    }

    /** Whether the relationship's start is recorded (not "always"). */
    public boolean hasSince(int edge) {
        return since[edge] != ALWAYS;
    }

    public double weight(int edge) {
        return weight[edge];
    }

    public double confidence(int edge) {
        return confidence[edge];
    }

    /** The as-of rule: {@code since <= day <= until}. */
    public boolean active(int edge, int day) {
        return since[edge] <= day && until[edge] >= day;
    }

    /** The other end of the edge seen from {@code node}. */
    public int other(int edge, int node) {
        return src[edge] == node ? dst[edge] : src[edge];
    }

    /** Calls {@code visit} with each outgoing edge of {@code node} of the type active on {@code day}. */
    public void out(int node, RelationType relationType, int day, EdgeVisitor visit) {
        for (int k = outStart[node]; k < outStart[node + 1]; k++) {
            int e = outEdges[k];
            if (type[e] == relationType.ordinal() && active(e, day)) {
                visit.edge(e);
            }
        }
    }

    /** Calls {@code visit} with each incoming edge of {@code node} of the type active on {@code day}. */
    public void in(int node, RelationType relationType, int day, EdgeVisitor visit) {
        for (int k = inStart[node]; k < inStart[node + 1]; k++) {
            int e = inEdges[k];
            if (type[e] == relationType.ordinal() && active(e, day)) {
                visit.edge(e);
            }
        }
    }

    /** Both directions (for CONTACT, undirected in meaning). */
    public void both(int node, RelationType relationType, int day, EdgeVisitor visit) {
        out(node, relationType, day, visit);
        in(node, relationType, day, visit);
    }

    /** Receives edge indexes. */
    @FunctionalInterface
    public interface EdgeVisitor {
        void edge(int edge);
    }

    /** Collects nodes and relationships in any order; {@link #build} numbers and sorts them. */
    public static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final List<NodeLabel> labels = new ArrayList<>();
        private final List<String> kinds = new ArrayList<>();
        private final List<String> licenses = new ArrayList<>();
        private final Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>();
        private int[] src = new int[1024];
        private int[] dst = new int[1024];
        private byte[] type = new byte[1024];
        private int[] since = new int[1024];
        private int[] until = new int[1024];
        private double[] weight = new double[1024];
        private double[] confidence = new double[1024];
        private int edges;

        private Builder() {
            index.defaultReturnValue(-1);
        }

        /** Adds a node; {@code kind} and {@code license} may be null. Returns its builder index. */
        public int node(String id, NodeLabel label, String kind, String license) {
            Objects.requireNonNull(id, "id");
            int existing = index.getInt(id);
            if (existing >= 0) {
                return existing;
            }
            int k = ids.size();
            ids.add(id);
            labels.add(Objects.requireNonNull(label, "label"));
            kinds.add(kind == null ? "" : kind);
            licenses.add(license == null ? "" : license);
            index.put(id, k);
            return k;
        }

        /** The builder index of an id added before, or -1. */
        public int indexOf(String id) {
            return index.getInt(id);
        }

        /** Adds a relationship between builder indexes; days are epoch days. */
        public Builder edge(int from, int to, RelationType relationType, int sinceDay, int untilDay, double w, double c) {
            if (edges == src.length) {
                int size = edges * 2;
                src = Arrays.copyOf(src, size);
                dst = Arrays.copyOf(dst, size);
                type = Arrays.copyOf(type, size);
                since = Arrays.copyOf(since, size);
                until = Arrays.copyOf(until, size);
                weight = Arrays.copyOf(weight, size);
                confidence = Arrays.copyOf(confidence, size);
            }
            src[edges] = from;
            dst[edges] = to;
            type[edges] = (byte) relationType.ordinal();
            since[edges] = sinceDay;
            until[edges] = untilDay;
            weight[edges] = w;
            confidence[edges] = c;
            edges++;
            return this;
        }

        /** Convenience for tests and small graphs: by id, dates as {@link LocalDate} (null = always / still true). */
        public Builder edge(String from, RelationType relationType, String to, LocalDate sinceDate, LocalDate untilDate,
                            double w, double c) {
            int a = indexOf(from);
            int b = indexOf(to);
            if (a < 0 || b < 0) {
                throw new IllegalArgumentException("unknown node in " + from + " " + relationType + " " + to);
            }
            return edge(a, b, relationType, sinceDate == null ? ALWAYS : (int) sinceDate.toEpochDay(),
                    untilDate == null ? FOREVER : (int) untilDate.toEpochDay(), w, c);
        }

        public DetectionGraph build() {
            return new DetectionGraph(this, null);
        }
    }
}
