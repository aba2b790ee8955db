package org.kyosei.web;

import org.kyosei.review.LeadDecisions;
import org.kyosei.store.GraphConnection;
import org.kyosei.store.Neo4jLeadDecisions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the service keeps lead decisions: the graph database. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {
    @Bean
    LeadDecisions leadDecisions(GraphConnection graph) {
        return new Neo4jLeadDecisions(graph.driver());
    }
}
