package org.kyosei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.support.CliRun;
import org.kyosei.support.DatasetFiles;
import org.kyosei.support.SharedNeo4j;
import org.neo4j.driver.Session;

/** analyze, path, ego and disrupt through the command line on a real store. */
class AnalysisCommandsTest {
    private static final String AS_OF = "2026-11-01";

    @TempDir
    Path tmp;

    @BeforeEach
    void tinyGraph() {
        SharedNeo4j.emptied();
        assertThat(CliRun.external("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString()).exitCode()).isZero();
    }

    @Test
    void analyzeWritesTheScoresCsvStoresScoresAndKeepsTheRun() throws Exception {
        Path csv = tmp.resolve("scores.csv");
        CliRun run = CliRun.external("analyze", "--as-of", AS_OF, "--out", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("projection", "betweenness", "write-back", "total");

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).isEqualTo("id,label,degree,pagerank,betweenness,harmonic,coreness,community,constraint,effective_size,"
                + "brokerage_coordinator,brokerage_itinerant,brokerage_gatekeeper,brokerage_liaison");
        assertThat(lines).hasSize(16);
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.split(",")[0]).isSorted();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("P1,Individual,6,"));
        double pagerankSum = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[3])).sum();
        assertThat(pagerankSum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));

        try (Session session = SharedNeo4j.driver().session()) {
            var p1 = session.run("MATCH (p:Individual {id:'P1'}) RETURN p.score_degree AS d, p.scores_as_of AS asOf").single();
            assertThat(p1.get("d").asDouble()).isEqualTo(6.0);
            assertThat(p1.get("asOf").asLocalDate()).isEqualTo(LocalDate.parse(AS_OF));
            assertThat(session.run("MATCH (r:AnalysisRun)-[:HAS_CHUNK]->(c:ScoreChunk) RETURN size(c.ids) AS n").single().get("n").asInt())
                    .isEqualTo(15);
        }
    }

    @Test
    void protectedAttributesNeverChangeTheScores() throws Exception {
        Path before = tmp.resolve("before.csv");
        assertThat(CliRun.external("analyze", "--as-of", AS_OF, "--out", before.toString(), "--no-write").exitCode()).isZero();
        try (Session session = SharedNeo4j.driver().session()) {
            session.run("""
                    MATCH (p:Individual) WITH collect(p) AS people,
                         reverse(collect(p.nationality)) AS n, reverse(collect(p.language)) AS l, reverse(collect(p.residence_status)) AS s
                    UNWIND range(0, size(people) - 1) AS i
                    WITH people[i] AS p, n[i] AS nationality, l[i] AS language, s[i] AS status
                    SET p.nationality = nationality, p.language = language, p.residence_status = status
                    """).consume();
        }
        Path after = tmp.resolve("after.csv");
        assertThat(CliRun.external("analyze", "--as-of", AS_OF, "--out", after.toString(), "--no-write").exitCode()).isZero();
        assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
    }

    @Test
    void pathPrintsTheKShortestPathsAndNamesUnknownIds() {
        CliRun run = CliRun.external("path", "P1", "O1", "--k", "2", "--as-of", AS_OF);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly("P1>E1>O1 (2 hops)", "P1>B1>E1>O1 (3 hops)");
        CliRun unknown = CliRun.external("path", "P1", "NOPE", "--as-of", AS_OF);
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("kyosei: no entity 'NOPE' in the graph as of " + AS_OF);
        assertThat(CliRun.external("path", "P1", "O1", "--k", "21").err()).contains("--k must be between 1 and 20");
    }

    @Test
    void egoShowsTheNeighbourhoodAndTheCap() {
        CliRun run = CliRun.external("ego", "B1", "--hops", "1", "--as-of", AS_OF);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 entities within 1 hop of B1").contains("P3", "E1", "P1", "PH1");
        CliRun capped = CliRun.external("ego", "B1", "--hops", "2", "--limit", "3", "--as-of", AS_OF);
        assertThat(capped.out()).contains("3 entities").contains("capped at 3");
        assertThat(CliRun.external("ego", "B1", "--hops", "5").err()).contains("--hops must be between 1 and 4");
        assertThat(CliRun.external("ego", "NOPE").err().strip()).isEqualTo("kyosei: no entity 'NOPE' in the graph");
    }

    @Test
    void disruptRemovesTheMostCentralActorsAndReportsTheLargestComponent() {
        CliRun run = CliRun.external("disrupt", "--as-of", AS_OF, "--removals", "2", "--strategy", "degree", "--mode", "block");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("step,removed_id,lcc_size,lcc_fraction");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).startsWith("1,P1,");
        int before = Integer.parseInt(lines.get(1).split(",")[2]);
        int after = Integer.parseInt(lines.get(3).split(",")[2]);
        assertThat(after).isLessThan(before);
        assertThat(CliRun.external("disrupt", "--removals", "99").err()).contains("more than the");
    }
}
