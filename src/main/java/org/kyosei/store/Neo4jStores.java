package org.kyosei.store;

import org.kyosei.application.port.AnalystModels;
import org.kyosei.application.port.BrokerLinkReads;
import org.kyosei.application.port.DatedGraphSource;
import org.kyosei.application.port.DetectionRuns;
import org.kyosei.application.port.EntityReads;
import org.kyosei.application.port.GraphContents;
import org.kyosei.application.port.GraphVersions;
import org.kyosei.application.port.NeighbourhoodReads;
import org.kyosei.application.port.ProjectionSource;
import org.kyosei.application.port.ReadOnlyStatements;
import org.kyosei.application.port.ScoreStore;
import org.kyosei.ingest.EntityStore;
import org.kyosei.query.SavedQueryCatalog;
import org.kyosei.review.LeadDecisions;
import org.kyosei.security.UserDirectory;

/** The store's implementation of each application port, over one open connection. */
public final class Neo4jStores {
    private final GraphConnection graph;

    public Neo4jStores(GraphConnection graph) {
        this.graph = graph;
    }

    /** The saved queries shipped in {@code cypher/queries}. */
    public static SavedQueryCatalog savedQueries() {
        return CypherResources.savedQueries();
    }

    public GraphConnection connection() {
        return graph;
    }

    public ProjectionSource projections() {
        return new Neo4jProjector(graph.driver());
    }

    public ScoreStore scores() {
        return new Neo4jScoreStore(graph.driver());
    }

    /** The whole dated graph, read into memory (detection, the service's screens). */
    public DatedGraphSource graphs() {
        return new Neo4jDatedGraphLoader(graph.driver());
    }

    public DetectionRuns detectionRuns() {
        return new Neo4jDetectionRunStore(graph.driver());
    }

    public LeadDecisions leadDecisions() {
        return new Neo4jLeadDecisions(graph.driver());
    }

    public EntityReads entities() {
        return new Neo4jEntities(graph.driver());
    }

    public NeighbourhoodReads neighbourhoods() {
        return new Neo4jNeighbourhood(graph.driver());
    }

    public GraphVersions versions() {
        return new GraphChanges(graph.driver());
    }

    public BrokerLinkReads brokerLinks() {
        return new Neo4jBrokerPanel(graph.driver());
    }

    public ReadOnlyStatements statements() {
        return new ReadOnlyQueries(graph.driver());
    }

    public GraphContents contents() {
        return new Neo4jGraphContents(graph.driver());
    }

    public AnalystModels analystModels() {
        return new Neo4jAnalystModels(graph.driver());
    }

    public UserDirectory users() {
        return new Neo4jUserDirectory(graph.driver());
    }

    public EntityStore entityStore() {
        return new Neo4jEntityStore(graph.driver());
    }
}
