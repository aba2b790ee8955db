package org.kyosei.web;

import org.kyosei.wiring.ServiceConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.module.blackbird.BlackbirdModule;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The service of {@code kyosei serve}: the HTTP API, its security and audit, and the web UI at {@code /}. */
@SpringBootApplication(scanBasePackages = {"org.kyosei.web", "org.kyosei.security"})
@ConfigurationPropertiesScan(basePackages = {"org.kyosei.web", "org.kyosei.security", "org.kyosei.application"})
@Import(ServiceConfiguration.class)
@OpenAPIDefinition(info = @Info(title = "Kyosei", version = "1",
        description = "Graph analytics for the safety of foreign-resident communities. Every /api/ path needs HTTP Basic; "
                + "reads of a person's data need the header X-Kyosei-Case. Errors are RFC 7807 problems."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class KyoseiWebApplication {

    /** Reads the answers' record components through generated lambdas rather than reflection (less CPU per answer). */
    @Bean
    public JacksonModule blackbird() {
        return new BlackbirdModule();
    }

    /** Neighbourhood pages, the largest answers on the investigators' hot path, written field by field. */
    @Bean
    public JacksonModule neighbourhoodPages() {
        return new SimpleModule("kyosei-neighbourhood-pages").addSerializer(new NeighbourhoodPageSerializer());
    }
}
