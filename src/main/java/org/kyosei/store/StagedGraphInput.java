package org.kyosei.store;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.kyosei.domain.NodeLabel;
import org.kyosei.ingest.StagedGraph;
import org.kyosei.ingest.StagedGraph.StagedNode;
import org.kyosei.ingest.StagedGraph.StagedRelation;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.internal.batchimport.input.Groups;

/**
 * A {@link StagedGraph} as the input of Neo4j's batch importer, handed over in memory: nothing is written to
 * CSV and parsed again.
 *
 * <p>Each node's number is its ordinal in the staged graph (0, 1, 2… in the order first seen) and the importer uses
 * those numbers as the store's node ids ({@link IdType#ACTUAL}), so neither it nor this input needs a map from string
 * ids to nodes: relationships name their ends by ordinal.
 * Each node keeps its {@code id} as an ordinary property and carries {@code :Entity} and its own label, and
 * values have the types transactional import stores (integers as longs, dates as dates): the graph is the one
 * transactional import writes.
 */
final class StagedGraphInput {
    /** Entities per chunk: the unit the importer's threads take from the input at a time. */
    private static final int CHUNK = 10_000;

    /** The labels each node carries: {@code :Entity} and its own. */
    private static final Map<NodeLabel, String[]> LABELS = new EnumMap<>(NodeLabel.class);

    static {
        for (NodeLabel label : NodeLabel.values()) {
            LABELS.put(label, new String[] {NodeLabel.ENTITY, label.label()});
        }
    }

    private final List<StagedNode> nodes;
    private final List<StagedRelation> relations;

    private StagedGraphInput(StagedGraph graph) {
        nodes = graph.nodesInOrder();
        relations = graph.relations();
    }

    /** The importer's input for the staged graph; the graph must not change while the importer reads it. */
    static Input of(StagedGraph graph) {
        StagedGraphInput staged = new StagedGraphInput(graph);
        return Input.input(staged.nodeInput(), staged.relationInput(), IdType.ACTUAL, staged.estimates(), new Groups(), false);
    }

    private InputIterable nodeInput() {
        return () -> new Chunks(nodes.size()) {
            @Override
            void visit(int index, InputEntityVisitor visitor) {
                StagedNode node = nodes.get(index);
                visitor.id(index);
                visitor.labels(LABELS.get(node.label()));
                visitor.property("id", node.id(), false);
                node.properties().forEach((column, value) -> {
                    if (!column.equals("id")) {
                        visitor.property(column, stored(value), false);
                    }
                });
            }
        };
    }

    private InputIterable relationInput() {
        return () -> new Chunks(relations.size()) {
            @Override
            void visit(int index, InputEntityVisitor visitor) {
                StagedRelation r = relations.get(index);
                visitor.startId(r.src().ordinal());
                visitor.type(r.type().name());
                visitor.endId(r.dst().ordinal());
                visitor.property("since", r.since(), false);
                visitor.property("until", r.until(), false);
                visitor.property("weight", r.weight(), false);
                if (r.provenance() != null) {
                    visitor.property("source", r.provenance(), false);
                }
                visitor.property("confidence", r.confidence(), false);
            }
        };
    }

    /** A value as transactional import stores it: every integer as a long. */
    private static Object stored(Object value) {
        return value instanceof Integer i ? Long.valueOf(i) : value;
    }

    /** Counts and rough sizes, which the importer uses to plan its memory and report progress. */
    private Input.Estimates estimates() {
        long nodeProperties = 0;
        long nodeBytes = 0;
        for (StagedNode node : nodes) {
            nodeProperties += node.properties().size();
            for (Object value : node.properties().values()) {
                nodeBytes += value instanceof String s ? s.length() + 4L : 8L;
            }
        }
        long relationProperties = relations.size() * 5L;
        return Input.knownEstimates(nodes.size(), relations.size(), nodeProperties, relationProperties,
                nodeBytes, relationProperties * 8L, nodes.size() * 2L);
    }

    /**
     * Hands out consecutive ranges of {@code 0..size-1} to the importer's threads and visits the entities of a
     * range one by one.
     */
    private abstract static class Chunks implements InputIterator {
        private final int size;
        private int next;

        Chunks(int size) {
            this.size = size;
        }

        /** Tells the visitor everything about entity {@code index}. */
        abstract void visit(int index, InputEntityVisitor visitor);

        @Override
        public InputChunk newChunk() {
            return new Range();
        }

        @Override
        public synchronized boolean next(InputChunk chunk) {
            if (next >= size) {
                return false;
            }
            Range range = (Range) chunk;
            range.at = next;
            range.end = Math.min(size, next + CHUNK);
            next = range.end;
            return true;
        }

        @Override
        public void close() {
        }

        private final class Range implements InputChunk {
            int at;
            int end;

            @Override
            public boolean next(InputEntityVisitor visitor) throws java.io.IOException {
                if (at >= end) {
                    return false;
                }
                visit(at++, visitor);
                visitor.endOfEntity();
                return true;
            }

            @Override
            public void close() {
            }
        }
    }
}
