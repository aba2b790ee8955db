package org.kyosei.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.kyosei.audit.AuditLog;
import org.kyosei.audit.FileAuditLog;
import org.kyosei.privacy.PseudonymKeys;
import org.kyosei.store.GraphConnection;
import org.kyosei.web.WebServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei serve}: the HTTP API and the investigators' web UI, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the HTTP API (OpenAPI at /v3/api-docs) and the investigators' web UI at http://ADDRESS:PORT/ "
                + "until stopped. Users come from 'kyosei user add'.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only).")
    String bind;

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
            description = "Where 'kyosei report weekly' writes its dated folders (default: ${DEFAULT-VALUE}).")
    Path reports;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserException("--port must be between 0 and 65535, got " + port);
        }
        Path auditDir = AuditSettings.dirFor(spec);
        AuditLog auditLog = new FileAuditLog(auditDir, AuditSettings.retention(), Clock.systemUTC());
        String pseudonymKey = Optional.ofNullable(System.getenv("KYOSEI_PSEUDONYM_KEY"))
                .orElseGet(() -> HexFormat.of().formatHex(PseudonymKeys.loadOrCreate(auditDir.resolveSibling("pseudonym.key"))));
        try (GraphConnection graph = GraphConnection.open(database.target());
             WebServer server = WebServer.start(graph, auditLog,
                     new WebServer.Settings(bind, port, reports, pseudonymKey))) {
            spec.commandLine().getOut().println("kyosei: serving " + graph.target().describe() + " at " + server.url()
                    + " (audit trail: " + auditDir + "; Ctrl-C stops)");
            spec.commandLine().getOut().flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "kyosei-serve-stop"));
            stopped.await();
        }
        return ExitCodes.OK;
    }
}
