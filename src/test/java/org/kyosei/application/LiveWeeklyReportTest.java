package org.kyosei.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.application.port.DatedGraphSource;
import org.kyosei.detection.DetectionGraph;
import org.kyosei.detection.DetectionGraphAsOfTest;
import org.kyosei.generate.GeneratorSettings;
import org.kyosei.generate.SyntheticNetworkGenerator;
import org.kyosei.graph.DatedGraph;
import org.kyosei.privacy.Pseudonymizer;
import org.kyosei.store.GraphChanges;
import org.kyosei.store.GraphConnection;
import org.kyosei.store.Neo4jDatedGraphLoader;
import org.kyosei.store.Neo4jEntities;
import org.kyosei.store.Neo4jNeighbourhood;
import org.kyosei.support.CliRun;
import org.kyosei.support.SharedNeo4j;
import org.kyosei.wiring.KyoseiContext;

/**
 * The service's weekly report takes its detection graph from the in-memory graph it holds: the same report as from a
 * read of the store, and never an out-of-date one (a commit since the last read is read first).
 */
class LiveWeeklyReportTest {
    private static final LocalDate END = LocalDate.of(2026, 11, 29);

    @TempDir
    Path tmp;

    @Test
    void theReportFromTheHeldGraphIsTheReportFromTheStoreAndSeesEveryCommit() throws Exception {
        GraphConnection graph = SharedNeo4j.emptied();
        Path data = tmp.resolve("data");
        new SyntheticNetworkGenerator(new GeneratorSettings(1500, 8, 3, END)).generate(data, done -> { });
        assertThat(CliRun.external("import", data.toString()).exitCode()).isZero();
        DatedGraphSource store = new Neo4jDatedGraphLoader(graph.driver());
        try (LiveTieSnapshot live = live(graph, 5)) {
            awaitFirstRead(live);
            Pseudonymizer pseudonyms = Pseudonymizer.withKey("live-weekly-test-key-0123".getBytes());
            KyoseiContext context = KyoseiContext.over(graph);
            context.weeklyReport(pseudonyms).run(END, tmp.resolve("from-store"));
            int reads = live.reads();
            context.weeklyReport(pseudonyms, live).run(END, tmp.resolve("from-memory"));
            assertThat(live.reads()).as("the first report's stored run is a commit: read again first").isEqualTo(reads + 1);
            List<String> csv = Files.readAllLines(tmp.resolve("from-store/anomalies.csv"));
            assertThat(csv).as("the generated network has leads").hasSizeGreaterThan(1);
            assertThat(Files.readAllBytes(tmp.resolve("from-memory/anomalies.csv")))
                    .isEqualTo(Files.readAllBytes(tmp.resolve("from-store/anomalies.csv")));
            for (LocalDate day : List.of(END.minusWeeks(3), END)) {
                assertThat(DetectionGraphAsOfTest.dump(DetectionGraph.asOf(live.preferredOver(store).startedBy(day), day)))
                        .as(day.toString()).isEqualTo(DetectionGraphAsOfTest.dump(new DetectionService(store).load(day)));
            }

            DatedGraphSource fromMemory = live.preferredOver(store);
            reads = live.reads();
            assertThat(ids(fromMemory.startedBy(END))).doesNotContain("P-LATE");
            assertThat(live.reads()).as("nothing committed since: the held graph").isEqualTo(reads);
            try (var session = graph.driver().session()) {
                session.run("CREATE (:Entity:Individual {id: 'P-LATE', name: 'Late Arrival'})").consume();
            }
            assertThat(ids(fromMemory.startedBy(END))).contains("P-LATE");
            assertThat(live.reads()).isEqualTo(reads + 1);
        }
    }

    @Test
    void withReadingSwitchedOffTheStoreIsRead() {
        GraphConnection graph = SharedNeo4j.emptied();
        try (var session = graph.driver().session()) {
            session.run("CREATE (:Entity:Individual {id: 'P1'})-[:CONTACT {since: date('2026-11-01'), until: date('9999-12-31')}]"
                    + "->(:Entity:Individual {id: 'P2'})").consume();
        }
        try (LiveTieSnapshot off = live(graph, 0)) {
            assertThat(off.currentGraph()).isEmpty();
            DatedGraph read = off.preferredOver(new Neo4jDatedGraphLoader(graph.driver())).startedBy(END);
            assertThat(ids(read)).containsExactly("P1", "P2");
            assertThat(read.edgeCount()).isOne();
            assertThat(off.reads()).isZero();
            assertThat(off.current()).isEmpty();
        }
    }

    private static LiveTieSnapshot live(GraphConnection graph, long minutes) {
        var driver = graph.driver();
        return new LiveTieSnapshot(LiveTieSnapshot.reading(new Neo4jDatedGraphLoader(driver), Clock.systemUTC()),
                new Neo4jEntities(driver), new Neo4jNeighbourhood(driver), new GraphChanges(driver), minutes);
    }

    private static void awaitFirstRead(LiveTieSnapshot live) throws InterruptedException {
        for (int i = 0; i < 1200 && !live.firstReadEnded(); i++) {
            Thread.sleep(100);
        }
        assertThat(live.current()).as("the first read").isPresent();
    }

    private static List<String> ids(DatedGraph g) {
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < g.nodeCount(); k++) {
            ids.add(g.id(k));
        }
        return ids;
    }
}
