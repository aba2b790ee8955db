package org.kyosei.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kyosei.detection.DetectionGraph;
import org.kyosei.detection.DetectionGraphAsOfTest;
import org.kyosei.domain.NodeLabel;
import org.kyosei.graph.DatedGraph;
import org.kyosei.support.SharedNeo4j;
import org.neo4j.driver.Session;

/** The one loader of the in-memory graph, on a real store holding awkward data. */
class Neo4jDatedGraphLoaderTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    @BeforeAll
    static void data() {
        SharedNeo4j.emptied();
        try (Session session = SharedNeo4j.driver().session()) {
            session.run("""
                    CREATE (p1:Entity:Individual {id: 'P1', name: 'Ama Mensah', nationality: 'GH', residence_status: 'student',
                                                  language: 'tw'})
                    CREATE (p2:Entity:Individual {id: 'P2', name: 'Kofi Mensah'})
                    CREATE (b1:Entity:Broker {id: 'B1', name: 'Quick Visa', kind: 'AGENCY', license_status: 'unlicensed'})
                    CREATE (x1:Entity {id: 'X1'})
                    CREATE (other:ScoreHistory {id: 'S1'})
                    CREATE (p1)-[:CONTACT {since: date('2026-11-29'), until: date('9999-12-31'), weight: 0.5, confidence: 0.8}]->(p2)
                    CREATE (b1)-[:PLACED {since: date('2026-10-01'), until: date('2026-11-01')}]->(p1)
                    CREATE (p2)-[:CONTACT {since: date('2026-11-30'), until: date('9999-12-31'), weight: 1.0, confidence: 1.0}]->(p1)
                    CREATE (p2)-[:OPERATES {weight: 2.0}]->(b1)
                    CREATE (p1)-[:NEW_KIND {since: date('2026-01-01'), until: date('2026-12-31')}]->(x1)
                    CREATE (p1)-[:CONTACT {since: date('2026-01-01'), until: date('2026-12-31')}]->(other)
                    """).consume();
        }
    }

    @Test
    void theWholeGraphHoldsEveryEntityAndEveryTieBetweenEntities() {
        DatedGraph g = new Neo4jDatedGraphLoader(SharedNeo4j.driver()).whole();
        assertThat(ids(g)).containsExactly("B1", "P1", "P2", "X1");
        assertThat(g.label(0)).isEqualTo("Broker");
        assertThat(g.kind(0)).isEqualTo("AGENCY");
        assertThat(g.license(0)).isEqualTo("unlicensed");
        assertThat(g.name(1)).isEqualTo("Ama Mensah");
        assertThat(g.label(3)).as("an entity with no other label").isEmpty();
        assertThat(g.name(3)).isNull();
        assertThat(ties(g)).containsExactlyInAnyOrder(
                "P1 CONTACT P2 2026-11-29 9999-12-31 0.5 0.8",
                "B1 PLACED P1 2026-10-01 2026-11-01 1.0 1.0",
                "P2 CONTACT P1 2026-11-30 9999-12-31 1.0 1.0",
                "P2 OPERATES B1 none none 2.0 1.0",
                "P1 NEW_KIND X1 2026-01-01 2026-12-31 1.0 1.0");
    }

    @Test
    void startedByKeepsEveryEntityAndOnlyTheTiesThatStartedByTheDay() {
        DatedGraph g = new Neo4jDatedGraphLoader(SharedNeo4j.driver()).startedBy(DAY);
        assertThat(ids(g)).containsExactly("B1", "P1", "P2", "X1");
        assertThat(ties(g)).containsExactlyInAnyOrder(
                "P1 CONTACT P2 2026-11-29 9999-12-31 0.5 0.8",
                "B1 PLACED P1 2026-10-01 2026-11-01 1.0 1.0",
                "P1 NEW_KIND X1 2026-01-01 2026-12-31 1.0 1.0");
    }

    @Test
    void detectionAsOfADayIsTheSameFromTheWholeGraphAndFromTheTiesStartedByThen() {
        Neo4jDatedGraphLoader loader = new Neo4jDatedGraphLoader(SharedNeo4j.driver(), 3);
        for (LocalDate day : List.of(DAY.minusMonths(2), DAY, DAY.plusDays(1))) {
            DetectionGraph fromWhole = DetectionGraph.asOf(loader.whole(), day);
            DetectionGraph fromStarted = DetectionGraph.asOf(new Neo4jDatedGraphLoader(SharedNeo4j.driver(), 1).startedBy(day), day);
            assertThat(DetectionGraphAsOfTest.dump(fromWhole)).as(day.toString()).isEqualTo(DetectionGraphAsOfTest.dump(fromStarted));
        }
        DetectionGraph asOf = DetectionGraph.asOf(loader.whole(), DAY);
        assertThat(asOf.nodeCount()).as("X1 has no known label").isEqualTo(3);
        assertThat(asOf.edgeCount()).as("P1-P2 contact and the placement").isEqualTo(2);
    }

    @Test
    void theQueryReadsNoPropertyButTheIdAndTheGraphsOwn() {
        Set<String> read = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\ba\\.(\\w+)").matcher(Neo4jDatedGraphLoader.QUERY);
        while (matcher.find()) {
            read.add(matcher.group(1));
        }
        Set<String> allowed = new TreeSet<>(DatedGraph.NODE_PROPERTIES);
        allowed.add("id");
        assertThat(read).isEqualTo(allowed).doesNotContainAnyElementsOf(NodeLabel.PROTECTED_PROPERTIES);
        Neo4jDatedGraphLoader.checkProperties();
    }

    @Test
    void aPartitionCountBelowOneIsRefused() {
        assertThatThrownBy(() -> new Neo4jDatedGraphLoader(SharedNeo4j.driver(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partitions must be at least 1, got 0");
    }

    private static List<String> ids(DatedGraph g) {
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < g.nodeCount(); k++) {
            ids.add(g.id(k));
        }
        return ids;
    }

    private static List<String> ties(DatedGraph g) {
        List<String> ties = new ArrayList<>();
        for (int e = 0; e < g.edgeCount(); e++) {
            ties.add(g.id(g.src(e)) + " " + g.typeName(g.typeCode(e)) + " " + g.id(g.dst(e)) + " " + date(g.since(e)) + " "
                    + date(g.until(e)) + " " + g.weight(e) + " " + g.confidence(e));
        }
        return ties;
    }

    private static String date(int day) {
        return day == DatedGraph.NO_DATE ? "none" : LocalDate.ofEpochDay(day).toString();
    }
}
