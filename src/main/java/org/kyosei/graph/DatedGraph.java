package org.kyosei.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.kyosei.analytics.graph.IdOrder;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.shorts.ShortArrayList;

/**
 * The whole stored graph in memory, dated and typed, read once by the store and shared by every in-memory model:
 * every entity (id, label, name, kind, license_status; never another property, and never a protected one) and every
 * relationship between two entities (type, since, until, weight, confidence). The detection graph as of a day and the
 * investigators' tie snapshot are built from it. Entities are numbered in id order; relationships stay in the order
 * they were added. Immutable once built.
 *
 * <p>Dates are epoch days; a date the store does not hold is {@link #NO_DATE}, and each reader decides what a
 * missing date means for it (the detection graph drops a relationship without a start, the tie snapshot never shows
 * one as valid).
 */
public final class DatedGraph {
    /** A date the store does not hold. */
    public static final int NO_DATE = Integer.MIN_VALUE;
    /** The node properties held besides the id and the label; the store checks that none is a protected one. */
    public static final List<String> NODE_PROPERTIES = List.of("name", "kind", "license_status");

    private final String[] ids;
    private final String[] labels;
    private final String[] names;
    private final String[] kinds;
    private final String[] licenses;
    private final String[] typeNames;
    private final int[] src;
    private final int[] dst;
    private final short[] type;
    private final int[] since;
    private final int[] until;
    private final double[] weight;
    private final double[] confidence;

    private DatedGraph(Builder b) {
        int n = b.ids.size();
        IdOrder byId = IdOrder.of(b.ids);
        int[] renumber = byId.renumber();
        ids = new String[n];
        labels = new String[n];
        names = new String[n];
        kinds = new String[n];
        licenses = new String[n];
        for (int k = 0; k < n; k++) {
            int old = byId.order()[k];
            ids[k] = b.ids.get(old);
            labels[k] = b.labels.get(old);
            names[k] = b.names.get(old);
            kinds[k] = b.kinds.get(old);
            licenses[k] = b.licenses.get(old);
        }
        typeNames = b.typeNames.toArray(String[]::new);
        src = b.src.toIntArray();
        dst = b.dst.toIntArray();
        for (int e = 0; e < src.length; e++) {
            src[e] = renumber[src[e]];
            dst[e] = renumber[dst[e]];
        }
        type = b.type.toShortArray();
        since = b.since.toIntArray();
        until = b.until.toIntArray();
        weight = b.weight.toDoubleArray();
        confidence = b.confidence.toDoubleArray();
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- entities, numbered in id order

    public int nodeCount() {
        return ids.length;
    }

    public String id(int node) {
        return ids[node];
    }

    /** The entity's label (Individual, Broker, ...), or "" when it has none but Entity. */
    public String label(int node) {
        return labels[node];
    }

    /** The entity's name, or null. */
    public String name(int node) {
        return names[node];
    }

    /** The entity's {@code kind}, or "". */
    public String kind(int node) {
        return kinds[node];
    }

    /** A broker's {@code license_status}, or "". */
    public String license(int node) {
        return licenses[node];
    }

    // ---- relationships, in the order added

    public int edgeCount() {
        return src.length;
    }

    public int src(int edge) {
        return src[edge];
    }

    public int dst(int edge) {
        return dst[edge];
    }

    /** The relationship type's number: an index into {@link #typeName}, the same for all edges of one type. */
    public int typeCode(int edge) {
        return type[edge];
    }

    /** How many relationship types the graph holds. */
    public int typeCount() {
        return typeNames.length;
    }

    public String typeName(int code) {
        return typeNames[code];
    }

    /** The start day, or {@link #NO_DATE}. */
    public int since(int edge) {
        return since[edge];
    }

    /** The last day, or {@link #NO_DATE}. */
    public int until(int edge) {
        return until[edge];
    }

    public double weight(int edge) {
        return weight[edge];
    }

    public double confidence(int edge) {
        return confidence[edge];
    }

    /** Collects entities and relationships in any order; {@link #build} numbers the entities by id. */
    public static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final List<String> kinds = new ArrayList<>();
        private final List<String> licenses = new ArrayList<>();
        private final Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>();
        private final List<String> typeNames = new ArrayList<>();
        private final Object2IntOpenHashMap<String> typeIndex = new Object2IntOpenHashMap<>();
        private final IntArrayList src = new IntArrayList();
        private final IntArrayList dst = new IntArrayList();
        private final ShortArrayList type = new ShortArrayList();
        private final IntArrayList since = new IntArrayList();
        private final IntArrayList until = new IntArrayList();
        private final DoubleArrayList weight = new DoubleArrayList();
        private final DoubleArrayList confidence = new DoubleArrayList();

        private Builder() {
            index.defaultReturnValue(-1);
            typeIndex.defaultReturnValue(-1);
        }

        /**
         * Adds an entity and returns its builder index; an id added before keeps its first values. {@code label},
         * {@code kind} and {@code license} may be null (read as ""), {@code name} too.
         */
        public int node(String id, String label, String name, String kind, String license) {
            Objects.requireNonNull(id, "id");
            int existing = index.getInt(id);
            if (existing >= 0) {
                return existing;
            }
            int k = ids.size();
            ids.add(id);
            labels.add(label == null ? "" : label.intern());
            names.add(name);
            kinds.add(kind == null ? "" : kind.intern());
            licenses.add(license == null ? "" : license.intern());
            index.put(id, k);
            return k;
        }

        /** The builder index of an id added before, or -1. */
        public int indexOf(String id) {
            return index.getInt(id);
        }

        /** Adds a relationship between two builder indexes; days are epoch days or {@link #NO_DATE}. */
        public Builder edge(int from, int to, String typeName, int sinceDay, int untilDay, double w, double c) {
            Objects.checkIndex(from, ids.size());
            Objects.checkIndex(to, ids.size());
            int code = typeIndex.getInt(Objects.requireNonNull(typeName, "type"));
            if (code < 0) {
                if (typeNames.size() == Short.MAX_VALUE) {
                    throw new IllegalStateException("more than " + Short.MAX_VALUE + " relationship types");
                }
                code = typeNames.size();
                typeNames.add(typeName);
                typeIndex.put(typeName, code);
            }
            src.add(from);
            dst.add(to);
            type.add((short) code);
            since.add(sinceDay);
            until.add(untilDay);
            weight.add(w);
            confidence.add(c);
            return this;
        }

        public DatedGraph build() {
            return new DatedGraph(this);
        }
    }
}
