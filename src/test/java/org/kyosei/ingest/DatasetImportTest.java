package org.kyosei.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.store.Neo4jEntityStore;
import org.kyosei.support.DatasetFiles;
import org.kyosei.support.GraphFingerprint;
import org.kyosei.support.SharedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

class DatasetImportTest {
    @TempDir
    Path tmp;

    private Driver driver;

    @BeforeEach
    void emptyGraph() {
        driver = SharedNeo4j.emptied().driver();
    }

    private ImportReport importTiny(int batchSize) {
        DatasetFiles dataset = DatasetFiles.tiny(tmp.resolve("tiny"));
        return new DatasetImporter(new Neo4jEntityStore(driver), batchSize)
                .importDataset(dataset.dir(), tmp.resolve("rejects.csv"), ImportProgress.NONE);
    }

    private long count(String cypher) {
        try (Session session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    @Test
    void importsEveryNodeAndRelationshipWithExactCounts() {
        ImportReport report = importTiny(3);

        assertThat(report.rejected()).isZero();
        assertThat(report.imported()).isEqualTo(2 + 5 + 1 + 1 + 1 + 4 + 1 + 21);
        assertThat(count("MATCH (n:Entity) RETURN count(n)")).isEqualTo(15);
        assertThat(count("MATCH (n:Individual) RETURN count(n)")).isEqualTo(5);
        assertThat(count("MATCH (n:Identifier) RETURN count(n)")).isEqualTo(4);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(21);
        assertThat(count("MATCH ()-[r:TRANSFER]->() RETURN count(r)")).as("two dated transfers are two relationships").isEqualTo(2);
        assertThat(count("MATCH ()-[r:USES]->() RETURN count(r)")).isEqualTo(5);
        assertThat(report.files()).extracting(FileStats::file)
                .containsExactly("communities.csv", "individuals.csv", "employers.csv", "brokers.csv",
                        "organizations.csv", "identifiers.csv", "incidents.csv", "relations.csv");
    }

    @Test
    void keepsProvenanceAndTypedValuesOnEveryRelationship() {
        importTiny(100);
        try (Session session = driver.session()) {
            Record placed = session.run("MATCH (:Broker {id:'B1'})-[r:PLACED]->(:Individual {id:'P1'}) RETURN r").single();
            Map<String, Object> r = placed.get("r").asRelationship().asMap();
            assertThat(r).containsEntry("since", LocalDate.of(2026, 1, 20))
                    .containsEntry("until", LocalDate.of(9999, 12, 31))
                    .containsEntry("weight", 450000.0)
                    .containsEntry("source", "interview")
                    .containsEntry("confidence", 0.8);
            Map<String, Object> member = session.run("MATCH (:Individual {id:'P2'})-[r:MEMBER_OF]->() RETURN r")
                    .single().get("r").asRelationship().asMap();
            assertThat(member).as("empty since, weight and confidence take their defaults")
                    .containsEntry("since", LocalDate.of(1, 1, 1)).containsEntry("weight", 1.0).containsEntry("confidence", 1.0);
            assertThat(count("MATCH ()-[r]->() WHERE r.source IS NULL OR r.confidence IS NULL OR r.since IS NULL OR r.until IS NULL RETURN count(r)"))
                    .isZero();
            Map<String, Object> person = session.run("MATCH (p:Individual {id:'P1'}) RETURN p").single().get("p").asNode().asMap();
            assertThat(person).containsEntry("name", "Tran, An").containsEntry("birth_year", 1995L).containsEntry("language", "vi");
            assertThat(session.run("MATCH (b:Broker {id:'B1'}) RETURN b.license_status AS s").single().get("s").asString())
                    .as("empty license_status means UNKNOWN").isEqualTo("UNKNOWN");
            assertThat(session.run("MATCH (i:Incident {id:'INC1'}) RETURN i.date AS d").single().get("d").asLocalDate())
                    .isEqualTo(LocalDate.of(2026, 10, 5));
        }
    }

    @Test
    void secondImportOfTheSameFolderChangesNothing() {
        importTiny(4);
        List<String> first = GraphFingerprint.of(driver);
        ImportReport again = importTiny(7);
        assertThat(again.rejected()).isZero();
        assertThat(GraphFingerprint.of(driver)).isEqualTo(first);
    }

    @Test
    void overlappingDatasetAddsOnlyWhatIsNewAndUpdatesChangedValues() {
        importTiny(100);
        DatasetFiles more = new DatasetFiles(tmp.resolve("more"))
                .file("individuals.csv", "id,name\nP6,New Person\nP2,Maria S. Santos\n")
                .file("relations.csv", """
                        src,type,dst,since,until,weight,source,confidence
                        P6,MEMBER_OF,C1,2026-11-01,,,registry:residence,1
                        P1,MEMBER_OF,C1,2026-01-05,,,registry:residence,1
                        """);
        ImportReport report = new DatasetImporter(new Neo4jEntityStore(driver), 100)
                .importDataset(more.dir(), tmp.resolve("rejects2.csv"), ImportProgress.NONE);
        assertThat(report.rejected()).isZero();
        assertThat(count("MATCH (n:Individual) RETURN count(n)")).isEqualTo(6);
        assertThat(count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)")).as("the repeated P1 row merged").isEqualTo(4);
        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (p:Individual {id:'P2'}) RETURN p.name AS n, p.language AS l").single())
                    .satisfies(r -> {
                        assertThat(r.get("n").asString()).isEqualTo("Maria S. Santos");
                        assertThat(r.get("l").isNull()).as("a column the new file leaves out is cleared").isTrue();
                    });
        }
    }

    @Test
    void writesAHeaderOnlyRejectsFileWhenEverythingIsGood() throws Exception {
        importTiny(10);
        assertThat(Files.readAllLines(tmp.resolve("rejects.csv"))).containsExactly("file,line,code,reason,row");
    }
}
