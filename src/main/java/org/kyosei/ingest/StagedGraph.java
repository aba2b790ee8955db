package org.kyosei.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

/**
 * An {@link EntityStore} that keeps the validated graph in memory instead of writing it, so that a bulk
 * loader can build a new store from it in one pass. The importer validates against it exactly as against
 * the database: the same rejects, in the same rows.
 *
 * <p>It has the store's merge semantics: a node id seen twice keeps one node whose properties are the
 * union, later values winning (like {@code SET n += props}); a relationship seen twice under the same
 * {@code (src, type, dst, since)} keeps the last row's values (like {@code MERGE … SET}). Memory grows with
 * the number of distinct nodes and relationships, not with the size of the files.
 */
public final class StagedGraph implements EntityStore {
    private final Map<String, StagedNode> nodes = new HashMap<>();
    private final List<StagedNode> nodesInOrder = new ArrayList<>();
    private final Map<RelationKey, StagedRelation> relations = new LinkedHashMap<>();

    /**
     * A node as it would be stored: its label and merged properties (never {@code null} values), and its
     * ordinal: 0 for the first node staged, 1 for the next, and so on.
     */
    public record StagedNode(String id, NodeLabel label, int ordinal, Map<String, Object> properties) {
    }

    /** A relationship as it would be stored, between two staged nodes. */
    public record StagedRelation(StagedNode src, RelationType type, StagedNode dst, LocalDate since, LocalDate until,
                                 double weight, String provenance, double confidence) {
    }

    private record RelationKey(String src, RelationType type, String dst, LocalDate since) {
    }

    @Override
    public synchronized Map<String, StoredEntity> lookup(Collection<String> ids) {
        Map<String, StoredEntity> found = new HashMap<>();
        for (String id : ids) {
            StagedNode node = nodes.get(id);
            if (node != null) {
                Object kind = node.properties().get("kind");
                found.put(id, new StoredEntity(id, node.label(), Optional.ofNullable(kind).map(Object::toString)));
            }
        }
        return found;
    }

    @Override
    public synchronized void writeNodes(NodeLabel label, List<NodeRow> rows) {
        for (NodeRow row : rows) {
            StagedNode node = nodes.computeIfAbsent(row.id(), id -> newNode(id, label));
            row.properties().forEach((column, value) -> {
                if (value == null) {
                    node.properties().remove(column);
                } else {
                    node.properties().put(column, value);
                }
            });
        }
    }

    private StagedNode newNode(String id, NodeLabel label) {
        StagedNode node = new StagedNode(id, label, nodesInOrder.size(), new LinkedHashMap<>());
        nodesInOrder.add(node);
        return node;
    }

    @Override
    public synchronized void writeRelations(List<RelationRow> rows) {
        for (RelationRow row : rows) {
            // Ends are validated to exist; the key reuses the nodes' id instances, so each id string is held once.
            StagedNode src = nodes.get(row.src());
            StagedNode dst = nodes.get(row.dst());
            relations.put(new RelationKey(src.id(), row.type(), dst.id(), row.since()), new StagedRelation(src, row.type(), dst,
                    row.since(), row.until(), row.weight(), row.provenance(), row.confidence()));
        }
    }

    /** Forgets everything staged, so its memory is free for what comes next (the bulk importer). */
    public synchronized void clear() {
        nodes.clear();
        nodesInOrder.clear();
        relations.clear();
    }

    public synchronized int nodeCount() {
        return nodes.size();
    }

    public synchronized int relationCount() {
        return relations.size();
    }

    /** The staged nodes by ordinal: the node at index {@code i} has ordinal {@code i}. */
    public synchronized List<StagedNode> nodesInOrder() {
        return List.copyOf(nodesInOrder);
    }

    /** The staged relationships in the order they were first seen. */
    public synchronized List<StagedRelation> relations() {
        return List.copyOf(relations.values());
    }
}
