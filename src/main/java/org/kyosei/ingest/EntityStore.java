package org.kyosei.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.kyosei.domain.NodeLabel;

/**
 * The importer's port to the graph. Each write is one transaction that commits whole or not at
 * all, and is idempotent: writing the same rows again changes nothing.
 */
public interface EntityStore {
    /** The stored entities among {@code ids}; absent ids are absent from the map. */
    Map<String, StoredEntity> lookup(Collection<String> ids);

    /** Creates or updates nodes of one label, keyed on {@code id}. */
    void writeNodes(NodeLabel label, List<NodeRow> rows);

    /** Creates or updates relationships keyed on {@code (src, type, dst, since)}; ends must exist. */
    void writeRelations(List<RelationRow> rows);
}
