package org.kyosei.web;

import java.time.Clock;
import java.time.Duration;

import org.kyosei.application.AnalystQueries;
import org.kyosei.privacy.Pseudonymizer;
import org.kyosei.query.SavedQueryCatalog;
import org.kyosei.store.GraphConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The analysts' queries of the service: a pseudonymised read model built in the background at start and rebuilt
 * when the graph changed, checked at most every {@code kyosei.web.analyst-model-recheck-seconds} (300).
 */
@Configuration(proxyBeanMethods = false)
class AnalystConfiguration {
    @Bean(destroyMethod = "close")
    AnalystQueries analystQueries(GraphConnection graph, Pseudonymizer pseudonymizer, SavedQueryCatalog catalog, Clock clock,
                                  ServiceProperties settings) {
        return AnalystQueries.inBackground(graph, pseudonymizer, catalog, clock,
                Duration.ofSeconds(settings.web().analystModelRecheckSeconds()));
    }
}
