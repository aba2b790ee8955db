package org.kyosei.store.spring;

import java.time.Clock;
import java.time.Duration;

import org.kyosei.query.SavedQueryCatalog;
import org.kyosei.security.RecentUserDirectory;
import org.kyosei.security.UserDirectory;
import org.kyosei.store.GraphChanges;
import org.kyosei.store.CypherResources;
import org.kyosei.store.GraphConnection;
import org.kyosei.store.Neo4jBrokerPanel;
import org.kyosei.store.Neo4jEntities;
import org.kyosei.store.Neo4jNeighbourhood;
import org.kyosei.store.Neo4jProjector;
import org.kyosei.store.Neo4jTieSnapshotLoader;
import org.kyosei.store.Neo4jUserDirectory;
import org.kyosei.store.ReadOnlyQueries;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The graph for the web application. The {@link GraphConnection} bean (embedded server started with Bolt on
 * loopback, or an external server for {@code --uri}) is opened by whoever starts the application
 * ({@code kyosei serve}, or a test with the shared test database) and registered before the context
 * refreshes; this configuration exposes its {@link Driver} (so Boot's Neo4j auto-configuration and health
 * check back off and use it) and the store's read services.
 */
@Configuration(proxyBeanMethods = false)
public class GraphConfiguration {
    /** How long the service may answer from a remembered user before reading it again. */
    static final long USER_FRESH_SECONDS = 10;

    /** The connection's driver; its owner closes it, not Spring. */
    @Bean(destroyMethod = "")
    public Driver neo4jDriver(GraphConnection graph) {
        return graph.driver();
    }

    @Bean
    public ReadOnlyQueries readOnlyQueries(Driver driver) {
        return new ReadOnlyQueries(driver);
    }

    @Bean
    public Neo4jNeighbourhood neo4jNeighbourhood(Driver driver) {
        return new Neo4jNeighbourhood(driver);
    }

    @Bean
    public Neo4jTieSnapshotLoader neo4jTieSnapshotLoader(Driver driver, Clock clock) {
        return new Neo4jTieSnapshotLoader(driver, clock);
    }

    @Bean
    public GraphChanges graphChanges(Driver driver) {
        return new GraphChanges(driver);
    }

    @Bean
    public Neo4jProjector neo4jProjector(Driver driver) {
        return new Neo4jProjector(driver);
    }

    @Bean
    public Neo4jEntities neo4jEntities(Driver driver) {
        return new Neo4jEntities(driver);
    }

    @Bean
    public Neo4jBrokerPanel neo4jBrokerPanel(Driver driver) {
        return new Neo4jBrokerPanel(driver);
    }

    @Bean
    public UserDirectory userDirectory(Driver driver, Clock clock) {
        return new RecentUserDirectory(new Neo4jUserDirectory(driver), Duration.ofSeconds(USER_FRESH_SECONDS), clock);
    }

    @Bean
    public SavedQueryCatalog savedQueryCatalog() {
        return CypherResources.savedQueries();
    }

    @Bean
    public Clock clock() {
        return Clock.systemDefaultZone();
    }
}
