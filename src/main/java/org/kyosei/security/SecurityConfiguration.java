package org.kyosei.security;

import java.time.Clock;

import org.kyosei.audit.AuditLog;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import jakarta.servlet.DispatcherType;

/**
 * Who may call what (README, "Roles"). HTTP Basic against the users in the graph, no session, and every
 * {@code /api/} path denied unless a rule below names the roles that need it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {
    public static final String INVESTIGATOR = Role.INVESTIGATOR.name();
    public static final String ANALYST = Role.ANALYST.name();
    public static final String OFFICE = Role.OFFICE.name();
    public static final String ADMIN = Role.ADMIN.name();
    public static final String AUDITOR = Role.AUDITOR.name();

    @Bean
    public PasswordEncoder passwordEncoder() {
        return UserAccounts.passwordEncoder();
    }

    @Bean
    public LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock);
    }

    /** The security headers, first of all filters, on requests and on error dispatches. */
    @Bean
    public FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC, DispatcherType.FORWARD);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    public AuthenticationManager authenticationManager(UserDirectory users, PasswordEncoder encoder, Clock clock) {
        ProviderManager manager = new ProviderManager(new GraphAuthenticationProvider(users, encoder, clock));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    @Bean
    public SecurityFilterChain kyoseiSecurity(HttpSecurity http, AuditLog auditLog, LoginThrottle throttle, Clock clock,
                                              AuthenticationManager authenticationManager) throws Exception {
        ProblemEntryPoint problems = new ProblemEntryPoint();
        return http
                .authenticationManager(authenticationManager)
                .headers(h -> h.disable()) // SecurityHeaders writes them, on every dispatch and for every method
                .csrf(csrf -> csrf.disable()) // no cookies or sessions: every request carries its Basic credentials
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiAuditFilter(new GroupCommitAuditLog(auditLog), clock), BasicAuthenticationFilter.class)
                .addFilterAfter(new LoginThrottleFilter(throttle), ApiAuditFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/", "/index.html", "/app/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/i18n/messages").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/me").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/logout").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/entities/*/neighbourhood/export").hasRole(INVESTIGATOR)
                        .requestMatchers(HttpMethod.GET, "/api/entities", "/api/entities/**").hasRole(INVESTIGATOR)
                        .requestMatchers(HttpMethod.GET, "/api/paths", "/api/paths/**").hasRole(INVESTIGATOR)
                        .requestMatchers(HttpMethod.GET, "/api/brokers/**").hasRole(INVESTIGATOR)
                        .requestMatchers(HttpMethod.GET, "/api/anomalies/*/open").hasRole(OFFICE)
                        .requestMatchers(HttpMethod.POST, "/api/anomalies/decisions").hasAnyRole(INVESTIGATOR, OFFICE)
                        .requestMatchers(HttpMethod.GET, "/api/anomalies", "/api/anomalies/**").hasAnyRole(INVESTIGATOR, OFFICE)
                        .requestMatchers(HttpMethod.GET, "/api/audit", "/api/audit/verify").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/queries").hasRole(ANALYST)
                        .requestMatchers(HttpMethod.POST, "/api/queries/*", "/api/cypher").hasRole(ANALYST)
                        .requestMatchers("/api/users", "/api/users/**").hasRole(ADMIN)
                        .anyRequest().denyAll())
                .build();
    }
}
