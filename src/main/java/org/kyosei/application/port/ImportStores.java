package org.kyosei.application.port;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

import org.kyosei.ingest.EntityStore;
import org.kyosei.ingest.StagedGraph;

/** The stores an import writes to: batched transactions on an open graph, or Neo4j's bulk importer into a new store. */
public interface ImportStores {
    /** Entities and relationships stored at {@code target}, the schema's own bookkeeping left out. */
    long storedNodes(GraphTarget target);

    /** Opens {@code target}'s graph for {@code work}, which writes through the entity store, and closes it. */
    <T> T withEntityStore(GraphTarget target, Function<EntityStore, T> work);

    /** Opens and closes {@code target}: opening applies the schema and waits for its indexes to come online. */
    void applySchema(GraphTarget target);

    /** Whether the embedded store in {@code home} was never started (so the bulk importer may build it). */
    boolean bulkStoreIsNew(Path home);

    /** Builds the embedded store in {@code home} from {@code graph} with Neo4j's bulk importer. */
    void bulkLoad(Path home, StagedGraph graph, Consumer<String> stepDone, boolean importerOutput);
}
