package org.kyosei.web;

import org.kyosei.application.LiveTieSnapshot;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health contributor {@code inMemoryGraph}: out of service while the service's first read of the graph into memory
 * runs after a start, up once it ended. It is part of the readiness probe ({@code /actuator/health/readiness}, see
 * {@link WebServer}), so a load balancer or a load test waits for it; requests are answered all the same meanwhile,
 * by slower database scans.
 */
@Component("inMemoryGraph")
final class InMemoryGraphHealth implements HealthIndicator {
    private final LiveTieSnapshot screens;

    InMemoryGraphHealth(LiveTieSnapshot screens) {
        this.screens = screens;
    }

    @Override
    public Health health() {
        return screens.firstReadEnded() ? Health.up().build()
                : Health.outOfService().withDetail("reason", "reading the graph into memory").build();
    }
}
