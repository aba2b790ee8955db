package org.kyosei.store.spring;

import org.kyosei.store.GraphConnection;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The graph's driver for the web application, so Boot's Neo4j auto-configuration and health check back off and use
 * it. The {@link GraphConnection} it comes from is opened and closed by whoever starts the application; the
 * application's services are wired in {@code org.kyosei.wiring.ServiceConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class GraphConfiguration {
    /** The connection's driver; its owner closes it, not Spring. */
    @Bean(destroyMethod = "")
    public Driver neo4jDriver(GraphConnection graph) {
        return graph.driver();
    }
}
