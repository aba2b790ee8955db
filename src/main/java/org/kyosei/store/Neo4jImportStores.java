package org.kyosei.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

import org.kyosei.application.port.GraphTarget;
import org.kyosei.application.port.ImportStores;
import org.kyosei.ingest.EntityStore;
import org.kyosei.ingest.StagedGraph;

/** Imports through {@link Neo4jEntityStore} on an opened graph, or {@link Neo4jBulkLoader} into a new embedded store. */
public final class Neo4jImportStores implements ImportStores {
    @Override
    public long storedNodes(GraphTarget target) {
        try (GraphConnection graph = GraphConnection.open(target)) {
            return graph.storedNodeCount();
        }
    }

    @Override
    public <T> T withEntityStore(GraphTarget target, Function<EntityStore, T> work) {
        try (GraphConnection graph = GraphConnection.open(target)) {
            return work.apply(new Neo4jEntityStore(graph.driver()));
        }
    }

    @Override
    public void applySchema(GraphTarget target) {
        try (GraphConnection ignored = GraphConnection.open(target)) {
            // opening applies the schema and waits for its indexes to come online
        }
    }

    @Override
    public boolean bulkStoreIsNew(Path home) {
        return new Neo4jBulkLoader(home).storeIsNew();
    }

    @Override
    public void bulkLoad(Path home, StagedGraph graph, Consumer<String> stepDone, boolean importerOutput) {
        new Neo4jBulkLoader(home).load(graph, stepDone, importerOutput);
    }
}
