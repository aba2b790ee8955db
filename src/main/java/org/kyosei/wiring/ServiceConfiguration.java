package org.kyosei.wiring;

import java.time.Clock;
import java.time.Duration;

import org.kyosei.application.AnalystQueries;
import org.kyosei.application.AnomalyLists;
import org.kyosei.application.BrokerPanelService;
import org.kyosei.application.EntityService;
import org.kyosei.application.LeadReview;
import org.kyosei.application.LiveTieSnapshot;
import org.kyosei.application.NeighbourhoodService;
import org.kyosei.application.PathService;
import org.kyosei.application.ProjectionCache;
import org.kyosei.application.Redactor;
import org.kyosei.application.ServiceProperties;
import org.kyosei.application.port.EntityReads;
import org.kyosei.application.port.NeighbourhoodReads;
import org.kyosei.privacy.Pseudonymizer;
import org.kyosei.query.SavedQueryCatalog;
import org.kyosei.review.LeadDecisions;
import org.kyosei.security.RecentUserDirectory;
import org.kyosei.security.UserDirectory;
import org.kyosei.store.GraphConnection;
import org.kyosei.store.Neo4jStores;
import org.kyosei.store.spring.GraphConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The service's use cases over the store's implementations of their ports. The {@link KyoseiContext} bean (an open
 * graph) is registered by whoever starts the service ({@code kyosei serve}, or a test with the shared test database)
 * before the context refreshes; its owner closes it, not Spring.
 */
@Configuration(proxyBeanMethods = false)
@Import(GraphConfiguration.class)
public class ServiceConfiguration {
    /** How long the service may answer from a remembered user before reading it again. */
    static final long USER_FRESH_SECONDS = 10;

    @Bean
    public Neo4jStores neo4jStores(KyoseiContext context) {
        return context.stores();
    }

    /** The connection of the context; its owner closes it. */
    @Bean(destroyMethod = "")
    public GraphConnection graphConnection(Neo4jStores stores) {
        return stores.connection();
    }

    @Bean
    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    public SavedQueryCatalog savedQueryCatalog() {
        return Neo4jStores.savedQueries();
    }

    @Bean
    public UserDirectory userDirectory(Neo4jStores stores, Clock clock) {
        return new RecentUserDirectory(stores.users(), Duration.ofSeconds(USER_FRESH_SECONDS), clock);
    }

    @Bean
    public EntityReads entityReads(Neo4jStores stores) {
        return stores.entities();
    }

    /** One for the service: it keeps tie lists between requests. */
    @Bean
    public NeighbourhoodReads neighbourhoodReads(Neo4jStores stores) {
        return stores.neighbourhoods();
    }

    @Bean
    public LeadDecisions leadDecisions(Neo4jStores stores) {
        return stores.leadDecisions();
    }

    @Bean(destroyMethod = "close")
    public LiveTieSnapshot liveTieSnapshot(Neo4jStores stores, EntityReads entities, NeighbourhoodReads neighbourhoods, Clock clock,
                                           ServiceProperties settings) {
        return new LiveTieSnapshot(LiveTieSnapshot.reading(stores.graphs(), clock), entities, neighbourhoods, stores.versions(),
                settings.web().snapshotMinutes());
    }

    @Bean
    public EntityService entityService(EntityReads entities, LiveTieSnapshot screens) {
        return new EntityService(entities, screens);
    }

    @Bean
    public NeighbourhoodService neighbourhoodService(NeighbourhoodReads neighbourhoods, LiveTieSnapshot screens) {
        return new NeighbourhoodService(neighbourhoods, screens);
    }

    @Bean
    public PathService pathService(Neo4jStores stores, EntityReads entities, LiveTieSnapshot screens, Clock clock) {
        return new PathService(new ProjectionCache(stores.projections(), screens::current, clock)::asOf, entities);
    }

    @Bean
    public BrokerPanelService brokerPanelService(Neo4jStores stores, EntityReads entities, SavedQueryCatalog catalog) {
        return new BrokerPanelService(entities, stores.brokerLinks(), catalog, stores.statements());
    }

    @Bean
    public Redactor redactor(Pseudonymizer pseudonymizer, EntityReads entities) {
        return new Redactor(pseudonymizer, entities);
    }

    @Bean
    public LeadReview leadReview(ServiceProperties settings, Redactor redactor, LeadDecisions decisions) {
        return new LeadReview(new AnomalyLists(settings.reportsDir()), redactor, decisions);
    }

    /**
     * The analysts' queries: a pseudonymised read model built in the background at start and rebuilt when the graph
     * changed, checked at most every {@code kyosei.web.analyst-model-recheck-seconds} (300).
     */
    @Bean(destroyMethod = "close")
    public AnalystQueries analystQueries(Neo4jStores stores, Pseudonymizer pseudonymizer, SavedQueryCatalog catalog, Clock clock,
                                         ServiceProperties settings) {
        return AnalystQueries.inBackground(stores.analystModels(), stores.versions(), pseudonymizer, catalog, clock,
                Duration.ofSeconds(settings.web().analystModelRecheckSeconds()));
    }
}
