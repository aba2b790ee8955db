package org.kyosei.web;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.kyosei.audit.AuditLog;
import org.kyosei.audit.FileAuditLog;
import org.kyosei.audit.WriteBehindAuditLog;
import org.kyosei.wiring.KyoseiContext;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the web application on an open graph (a {@link KyoseiContext}) and an audit log, both owned by the caller
 * ({@code kyosei serve} or a test): closing the server leaves them open.
 */
public final class WebServer implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final int port;
    private final String address;

    private WebServer(ConfigurableApplicationContext context, String address) {
        this.context = context;
        this.address = address;
        this.port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /**
     * Settings of one start; {@code port} 0 picks a free port. {@code auditDir} is the trail the AUDITOR reads
     * ({@code GET /api/audit}); null means the audit log's own folder when it is a {@link FileAuditLog}.
     */
    public record Settings(String address, int port, Path reportsDir, String pseudonymKey, Path auditDir) {
        public Settings(String address, int port, Path reportsDir, String pseudonymKey) {
            this(address, port, reportsDir, pseudonymKey, null);
        }
    }

    public static WebServer start(KyoseiContext graph, AuditLog auditLog, Settings settings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.address", settings.address());
        properties.put("server.port", settings.port());
        properties.put("kyosei.reports-dir", settings.reportsDir().toString());
        properties.put("kyosei.pseudonym-key", settings.pseudonymKey() == null ? "" : settings.pseudonymKey());
        Path auditDir = settings.auditDir() != null ? settings.auditDir()
                : auditLog instanceof FileAuditLog file ? file.dir()
                : auditLog instanceof WriteBehindAuditLog behind ? behind.dir() : null;
        properties.put("kyosei.audit-dir", auditDir == null ? "" : auditDir.toString());
        // An answer is CPU work on this machine's cores: a few request workers answer many waiting clients sooner
        // (in arrival order) than 200 workers contending for the cores. -Dserver.tomcat.threads.max overrides it.
        properties.put("server.tomcat.threads.max", requestWorkers());
        properties.put("server.tomcat.threads.min-spare", requestWorkers());
        // Tomcat closes a kept-alive connection after 100 requests by default; the reconnection (a new socket through
        // the acceptor and the poller) made the slowest requests under load. A client now keeps its connection for
        // 10,000 requests. -Dserver.tomcat.max-keep-alive-requests overrides it.
        properties.put("server.tomcat.max-keep-alive-requests", KEEP_ALIVE_REQUESTS);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KyoseiWebApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .properties(properties)
                .initializers(c -> {
                    c.getBeanFactory().registerSingleton("kyoseiContext", graph);
                    c.getBeanFactory().registerSingleton("auditLog", auditLog);
                })
                .run();
        return new WebServer(context, settings.address());
    }

    /** Requests a client may send over one kept-alive connection before the service closes it. */
    static final int KEEP_ALIVE_REQUESTS = 10_000;

    /** Two request workers per core, at least 4 (measured under load: 4 on 2 cores beat 8 and 200). */
    static int requestWorkers() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    public int port() {
        return port;
    }

    public String url() {
        String host = address.contains(":") ? "[" + address + "]" : address;
        return "http://" + host + ":" + port + "/";
    }

    /** A bean of the running application (tests use it for the clock, the throttle...). */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
