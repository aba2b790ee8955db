package org.kyosei.web;

import org.kyosei.review.LeadDecisions;
import org.kyosei.store.Neo4jLeadDecisions;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the service keeps lead decisions: the graph database. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {
    @Bean
    LeadDecisions leadDecisions(Driver driver) {
        return new Neo4jLeadDecisions(driver);
    }
}
