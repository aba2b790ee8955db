package org.kyosei.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.kyosei.application.WeeklySchedule;
import org.kyosei.wiring.KyoseiContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei serve}: the HTTP API, the investigators' web UI and the weekly report schedule, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the HTTP API (OpenAPI at /v3/api-docs) and the investigators' web UI at http://ADDRESS:PORT/ "
                + "until stopped, and writes the weekly report on its schedule into REPORTS/YYYY-Www/.",
                "Users come from 'kyosei user add'."})
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
            description = "Where the weekly reports go and the anomaly lists are read from (default: ${DEFAULT-VALUE}).")
    Path reports;

    @Option(names = "--schedule", paramLabel = "CRON", defaultValue = WeeklySchedule.DEFAULT_CRON,
            description = "When the weekly report runs: second minute hour day month weekday (default: '${DEFAULT-VALUE}', Monday 06:00).")
    String schedule;

    @Option(names = "--no-schedule", description = "Do not run the weekly report while serving.")
    boolean noSchedule;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserException("--port must be between 0 and 65535, got " + port);
        }
        try (KyoseiContext graph = KyoseiContext.open(database.target())) {
            ServiceRunner.serveUntilStopped(spec, graph,
                    new ServiceRunner.Options(bind, port, reports, noSchedule ? null : schedule), List.of());
        }
        return ExitCodes.OK;
    }
}
