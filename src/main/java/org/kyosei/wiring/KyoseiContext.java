package org.kyosei.wiring;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.kyosei.application.AnalysisService;
import org.kyosei.application.AnalystQueries;
import org.kyosei.application.DetectionService;
import org.kyosei.application.DisruptionService;
import org.kyosei.application.ImportService;
import org.kyosei.application.LiveTieSnapshot;
import org.kyosei.application.NeighbourhoodService;
import org.kyosei.application.PathService;
import org.kyosei.application.WeeklyReportJob;
import org.kyosei.application.port.DatedGraphSource;
import org.kyosei.application.port.GraphContents;
import org.kyosei.application.port.GraphTarget;
import org.kyosei.application.port.ProjectionSource;
import org.kyosei.detection.Detector;
import org.kyosei.privacy.Pseudonymizer;
import org.kyosei.projection.Projection;
import org.kyosei.projection.ProjectionSpec;
import org.kyosei.query.SavedQueryCatalog;
import org.kyosei.security.UserAccounts;
import org.kyosei.security.UserDirectory;
import org.kyosei.store.GraphConnection;
import org.kyosei.store.Neo4jImportStores;
import org.kyosei.store.Neo4jStores;

/**
 * One open graph and the application's use cases over it, for a command (the service gets the same use cases from
 * {@link ServiceConfiguration}). Closing it closes the graph when it opened it.
 */
public final class KyoseiContext implements AutoCloseable {
    private final Neo4jStores stores;
    private final boolean owned;

    private KyoseiContext(GraphConnection graph, boolean owned) {
        this.stores = new Neo4jStores(graph);
        this.owned = owned;
    }

    /** Opens the graph at {@code target} (an embedded store is started, its schema applied). */
    public static KyoseiContext open(GraphTarget target) {
        return new KyoseiContext(GraphConnection.open(target), true);
    }

    /** The use cases over a graph someone else opened and closes (tests, the shared test database). */
    public static KyoseiContext over(GraphConnection graph) {
        return new KyoseiContext(graph, false);
    }

    /** The import of a dataset folder into {@code target}, which it opens itself (or builds, with the bulk importer). */
    public static ImportService importer(GraphTarget target, int batchSize, int writers) {
        return importer(target, new ImportService.Options(batchSize, writers, false));
    }

    /** The import of a dataset folder into {@code target}, with its options. */
    public static ImportService importer(GraphTarget target, ImportService.Options options) {
        return new ImportService(new Neo4jImportStores(), target, options);
    }

    /** The saved queries shipped with Kyosei. */
    public static SavedQueryCatalog savedQueries() {
        return Neo4jStores.savedQueries();
    }

    /** Where the graph is, for summaries and log lines (no password). */
    public String describe() {
        return stores.connection().target().describe();
    }

    public AnalysisService analysis() {
        return new AnalysisService(stores.projections(), stores.scores());
    }

    public DetectionService detection() {
        return detection(Detector.Diagnostics.NONE);
    }

    /** Detection, writing the given diagnostics to stderr. */
    public DetectionService detection(Detector.Diagnostics diagnostics) {
        return new DetectionService(stores.graphs(), diagnostics);
    }

    /** The weekly report, with report.html showing pseudonyms made with {@code pseudonyms}. */
    public WeeklyReportJob weeklyReport(Pseudonymizer pseudonyms) {
        return new WeeklyReportJob(reportStorage(stores.graphs()), pseudonyms);
    }

    /**
     * The service's weekly report: its detection graph is taken from the in-memory graph {@code live} holds (read
     * again first when the store changed) instead of a second read of the store.
     */
    public WeeklyReportJob weeklyReport(Pseudonymizer pseudonyms, LiveTieSnapshot live) {
        return new WeeklyReportJob(reportStorage(live.preferredOver(stores.graphs())), pseudonyms);
    }

    /** The weekly report; {@code pseudonyms} empty shows real ids in report.html. */
    public WeeklyReportJob weeklyReport(Detector detector, Optional<Pseudonymizer> pseudonyms, Clock clock) {
        return new WeeklyReportJob(reportStorage(stores.graphs()), detector, pseudonyms, clock);
    }

    /** Paths on the whole graph as of a day, read for each question. */
    public PathService paths() {
        return new PathService(wholeGraph(), stores.entities());
    }

    public DisruptionService disruption() {
        return new DisruptionService(wholeGraph());
    }

    /** Neighbourhoods read from the database. */
    public NeighbourhoodService neighbourhoods() {
        return new NeighbourhoodService(stores.neighbourhoods(), null);
    }

    /** The analysts' read model kept in {@code folder} between commands, built anew when the graph or the key changed. */
    public AnalystQueries analystQueriesKeptIn(Path folder, Pseudonymizer pseudonyms) {
        return AnalystQueries.keptIn(folder, stores.analystModels(), stores.versions(), pseudonyms, savedQueries());
    }

    public UserAccounts users() {
        return new UserAccounts(stores.users());
    }

    public UserDirectory userDirectory() {
        return stores.users();
    }

    public GraphContents contents() {
        return stores.contents();
    }

    Neo4jStores stores() {
        return stores;
    }

    private WeeklyReportJob.Storage reportStorage(DatedGraphSource graphs) {
        return new WeeklyReportJob.Storage(graphs, stores.detectionRuns(), stores.leadDecisions());
    }

    private java.util.function.Function<LocalDate, Projection> wholeGraph() {
        ProjectionSource projections = stores.projections();
        return date -> projections.project(ProjectionSpec.wholeGraph(date));
    }

    @Override
    public void close() {
        if (owned) {
            stores.connection().close();
        }
    }
}
