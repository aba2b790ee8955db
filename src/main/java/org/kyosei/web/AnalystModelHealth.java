package org.kyosei.web;

import org.kyosei.application.AnalystQueries;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health contributor {@code analystModel}: out of service until the analysts' pseudonymised read model is first
 * built after a start (analysts' queries answer 503 meanwhile), up from then on; part of the readiness probe.
 */
@Component("analystModel")
final class AnalystModelHealth implements HealthIndicator {
    private final AnalystQueries queries;

    AnalystModelHealth(AnalystQueries queries) {
        this.queries = queries;
    }

    @Override
    public Health health() {
        return queries.size().map(size -> Health.up().withDetail("entities", size.entities()).withDetail("ties", size.ties()).build())
                .orElseGet(() -> Health.outOfService().withDetail("reason", "building the analysts' read model").build());
    }
}
