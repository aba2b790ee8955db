package org.kyosei.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.kyosei.analysis.AnalysisOptions;
import org.kyosei.analysis.PhaseTimer;
import org.kyosei.analysis.ScoreTable;
import org.kyosei.application.ImportService;
import org.kyosei.application.WeeklyReportJob;
import org.kyosei.application.WeeklySchedule;
import org.kyosei.generate.GenerationSummary;
import org.kyosei.generate.GeneratorSettings;
import org.kyosei.ingest.DatasetImporter;
import org.kyosei.ingest.ImportReport;
import org.kyosei.application.port.GraphContents;
import org.kyosei.application.port.GraphTarget;
import org.kyosei.query.QueryResult;
import org.kyosei.security.Role;
import org.kyosei.security.UserAccounts;
import org.kyosei.wiring.KyoseiContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kyosei demo}: generates a sample network, imports it into a demo store of its own (never
 * the default store, which may hold real data), and shows what is there and what to run next.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates a sample network, imports it into a separate demo store, analyses it, and shows what is there, the top actors by each measure, and what to run next.")
final class DemoCommand implements Callable<Integer> {
    private static final Path DEMO_HOME = Path.of("data", "demo");

    @Spec
    CommandSpec spec;

    @Option(names = "--individuals", paramLabel = "N", defaultValue = "5000", description = "People in the sample (default: ${DEFAULT-VALUE}).")
    int individuals;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "7", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--weeks", paramLabel = "W", defaultValue = "12", description = "Weeks of history (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/demo/neo4j", description = "Demo store folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080",
            description = "Port of the web UI it ends by serving, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Stop after writing the report instead of serving the web UI.")
    boolean noServe;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate end = GenerateCommand.lastSunday(LocalDate.now());
        Path dataset = DEMO_HOME.resolve("dataset");
        out.printf(Locale.ROOT, "1/6 Generating %,d people over %d weeks ending %s into %s%n", individuals, weeks, end, dataset);
        out.flush();
        GenerationSummary generated = GenerateCommand.generate(new GeneratorSettings(individuals, weeks, seed, end), dataset,
                TerminalProgress.isInteractive(KyoseiEnvironment.of(spec)));
        out.println("    " + generated.plantedCases() + " planted cases (truth.csv), " + generated.lookalikes() + " benign look-alikes");
        out.println("2/6 Importing into the embedded Neo4j in " + db);
        GraphTarget store = GraphTarget.embedded(db, KyoseiEnvironment.of(spec).pageCacheMb());
        out.flush();
        ImportService.Outcome imported = KyoseiContext.importer(store, DatasetImporter.DEFAULT_BATCH_SIZE,
                Runtime.getRuntime().availableProcessors()).importDataset(dataset, dataset.resolve("rejects.csv"),
                new TerminalProgress(spec.commandLine().getErr(), KyoseiEnvironment.of(spec)), ImportService.Mode.AUTO);
        ImportReport report = imported.report();
        out.printf(Locale.ROOT, "    %,d rows imported (%s), %d set aside, in %.1f s%n", report.imported(),
                imported.bulk() ? "Neo4j bulk importer" : "batched transactions", report.rejected(),
                report.elapsed().toMillis() / 1000.0);
        try (KyoseiContext graph = KyoseiContext.open(store)) {
            out.println("3/6 What is in the graph");
            printContents(graph.contents(), out);
            out.println();
            out.println("4/6 Analysing the graph as of " + end);
            out.flush();
            PhaseTimer timer = new PhaseTimer();
            ScoreTable scores = graph.analysis().analyze(AnalysisOptions.defaults(end), true, timer);
            AnalyzeCommand.writeCsv(scores, DEMO_HOME.resolve("scores.csv"));
            long millis = timer.phases().stream().mapToLong(PhaseTimer.Phase::millis).sum();
            out.printf(Locale.ROOT, "    %,d nodes scored in %.1f s; scores in %s%n", scores.ids().size(), millis / 1000.0,
                    DEMO_HOME.resolve("scores.csv"));
            printTopActors(scores, out);
            out.println();
            out.println("5/6 This week's report for the office");
            out.flush();
            Path reports = DEMO_HOME.resolve("reports");
            Path reportDir = new WeeklySchedule(WeeklySchedule.DEFAULT_CRON, reports).folderFor(end);
            WeeklyReportJob.Result weekly = graph.weeklyReport(PseudonymKeyFile.pseudonymizer(spec)).run(end, reportDir);
            out.printf(Locale.ROOT, "    %d leads for review: %s%n", weekly.run().rows().size(),
                    reportDir.resolve("report.html").toAbsolutePath());
            printNextSteps(out, dataset);
            if (noServe) {
                return ExitCodes.OK;
            }
            out.println();
            out.println("6/6 The investigators' web UI, with one demo user per role (passwords made for this run):");
            TextTable users = new TextTable("user", "role", "password");
            UserAccounts accounts = graph.users();
            for (Role role : Role.values()) {
                String name = role.name().toLowerCase(Locale.ROOT);
                String password = DemoPasswords.next(name);
                accounts.addOrUpdate(name, role, password);
                users.row(name, role, password);
            }
            users.print(out);
            ServiceRunner.serveUntilStopped(spec, graph, new ServiceRunner.Options("127.0.0.1", port, reports, null),
                    List.of("        Log in as 'investigator' to explore a broker's links; 'office' opens the week's leads."));
        }
        return ExitCodes.OK;
    }

    private static void printContents(GraphContents contents, PrintWriter out) {
        QueryResult nodes = contents.nodesByLabel();
        TextTable nodeTable = new TextTable("label", "nodes");
        nodes.rows().forEach(r -> nodeTable.row(r.get(0), r.get(1)));
        nodeTable.print(out);
        out.println();
        QueryResult relationships = contents.relationshipsByType();
        TextTable relationshipTable = new TextTable("type", "relationships");
        relationships.rows().forEach(r -> relationshipTable.row(r.get(0), r.get(1)));
        relationshipTable.print(out);
    }

    /** People and businesses: the actors whose position matters (communities and identifiers are places and things). */
    private static final java.util.Set<org.kyosei.domain.NodeLabel> ACTORS = java.util.EnumSet.of(
            org.kyosei.domain.NodeLabel.INDIVIDUAL, org.kyosei.domain.NodeLabel.BROKER, org.kyosei.domain.NodeLabel.EMPLOYER);

    /** The five highest-scoring people, brokers and employers per measure (lowest for constraint, where low means brokerage). */
    private static void printTopActors(ScoreTable scores, PrintWriter out) {
        List<String> measures = List.of("degree", "pagerank", "betweenness", "harmonic", "coreness", "effective_size", "constraint");
        TextTable table = new TextTable("measure", "1", "2", "3", "4", "5");
        for (String measure : measures) {
            boolean ascending = measure.equals("constraint");
            Integer[] order = java.util.stream.IntStream.range(0, scores.ids().size())
                    .filter(i -> ACTORS.contains(scores.ids().label(i))).boxed().toArray(Integer[]::new);
            java.util.Comparator<Integer> byScore = java.util.Comparator.comparingDouble(i -> {
                double s = scores.score(measure, i);
                return Double.isNaN(s) ? (ascending ? Double.MAX_VALUE : -Double.MAX_VALUE) : s;
            });
            java.util.Arrays.sort(order, ascending ? byScore : byScore.reversed());
            Object[] row = new Object[6];
            row[0] = measure + (ascending ? " (lowest)" : "");
            for (int k = 0; k < 5 && k < order.length; k++) {
                row[k + 1] = scores.ids().id(order[k]);
            }
            table.row(row);
        }
        out.println();
        out.println("Top people, brokers and employers by measure (leads for review, never verdicts):");
        table.print(out);
    }

    private void printNextSteps(PrintWriter out, Path dataset) {
        String store = " --db " + db;
        List<String> next = List.of(
                "./kyosei analyze --as-of " + LocalDate.now() + store + " --out scores.csv",
                "./kyosei path P000001 O1 --k 3" + store,
                "./kyosei disrupt --removals 5 --strategy betweenness" + store,
                "./kyosei query --list",
                "./kyosei query fastest-growing-brokers --param weeks=4" + store,
                "./kyosei query shared-identifiers --param minUsers=8" + store,
                "./kyosei query community-profile" + store + " --limit 10",
                "./kyosei cypher \"MATCH (o:Organization)<-[:AFFILIATED_WITH]-(p) RETURN o.id, count(p)\"" + store,
                "./kyosei detect" + store + " --as-of " + GenerateCommand.lastSunday(LocalDate.now()),
                "./kyosei evaluate --truth " + dataset.resolve("truth.csv") + " --anomalies "
                        + new WeeklySchedule(WeeklySchedule.DEFAULT_CRON, DEMO_HOME.resolve("reports"))
                        .folderFor(GenerateCommand.lastSunday(LocalDate.now())).resolve("anomalies.csv"),
                "./kyosei audit show --db " + db + "   # who looked at what",
                "cat " + dataset.resolve("truth.csv") + "   # the planted cases to look for");
        out.println();
        out.println("Next, try:");
        next.forEach(line -> out.println("  " + line));
        out.flush();
    }
}
