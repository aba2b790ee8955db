package org.kyosei.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.query.QueryResult;
import org.kyosei.query.SavedQuery;
import org.kyosei.query.SavedQueryCatalog;
import org.kyosei.support.AnalystFixture;
import org.kyosei.support.SharedNeo4j;
import org.neo4j.driver.Session;

/**
 * The analysts' read model holds the investigated graph under pseudonyms and nothing else, and the statement
 * policy lets reads of it through and refuses everything else before it runs.
 */
class AnalystReadModelTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static AnalystReadModel model;

    @BeforeAll
    static void build(@TempDir Path tmp) {
        GraphConnection graph = AnalystFixture.load(tmp);
        model = AnalystReadModel.build(graph.driver(), AnalystFixture.PSEUDONYMS::pseudonym);
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    private static QueryResult run(String statement) {
        return model.run(statement, Map.of(), 1000, TIMEOUT);
    }

    @Test
    void holdsEveryEntityAndTieUnderPseudonymsAndNothingElse() {
        long entities;
        long ties;
        try (Session session = SharedNeo4j.driver().session()) {
            entities = session.run("MATCH (n:Entity) RETURN count(n) AS c").single().get("c").asLong();
            ties = session.run("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS c").single().get("c").asLong();
        }
        assertThat(model.size().entities()).isEqualTo(entities).isEqualTo(15);
        assertThat(model.size().ties()).isEqualTo(ties).isEqualTo(21);
        assertThat(run("MATCH (n) RETURN count(n) AS c").rows()).containsExactly(List.of(15L));
        assertThat(run("MATCH (n) WHERE NOT n:Entity RETURN count(n) AS c").rows()).containsExactly(List.of(0L));

        List<Object> ids = run("MATCH (n:Entity) RETURN n.id AS id ORDER BY id").rows().stream().map(r -> r.get(0)).toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(AnalystFixture.realIds().stream()
                .map(AnalystFixture.PSEUDONYMS::pseudonym).toList());

        List<Object> keys = run("MATCH (n) UNWIND keys(n) AS k RETURN DISTINCT k ORDER BY k").rows().stream().map(r -> r.get(0)).toList();
        assertThat(keys).containsExactlyInAnyOrder("id", "kind", "region", "language", "nationality", "residence_status",
                "industry", "date", "license_status", "score_pagerank");
        List<Object> tieKeys = run("MATCH ()-[r]->() UNWIND keys(r) AS k RETURN DISTINCT k ORDER BY k").rows().stream()
                .map(r -> r.get(0)).toList();
        assertThat(tieKeys).containsExactlyInAnyOrder("since", "until", "weight", "confidence");
        assertThat(run("CALL db.labels() YIELD label RETURN label ORDER BY label").rows().stream().map(r -> r.get(0)).toList())
                .doesNotContain("KyoseiUser", "LeadDecision", "AnalysisRun", "KyoseiSchemaVersion");
    }

    @Test
    void namesTheRealSubjectsBehindPseudonymsWhereverThePseudonymsAppear() {
        String p1 = AnalystFixture.PSEUDONYMS.pseudonym("P1");
        QueryResult wrapped = run("MATCH (n:Individual {id: '" + p1 + "'}) RETURN 'x' + n.id + 'y' AS a, [n.id] AS b, n AS c");
        assertThat(model.realIdsShown(wrapped)).containsExactly("P1");
        assertThat(model.realIdsShown(run("MATCH (n:Individual) RETURN reverse(n.id) AS r"))).isEmpty();
        assertThat(model.realId(p1)).contains("P1");
    }

    @Test
    void theSavedQueriesRunOnTheModelWithPseudonymsAsParameters() {
        SavedQueryCatalog catalog = org.kyosei.store.CypherResources.savedQueries();
        for (SavedQuery query : catalog.all()) {
            Map<String, String> given = new java.util.HashMap<>();
            query.parameters().forEach(p -> {
                if (p.defaultValue().isEmpty()) {
                    given.put(p.name(), AnalystFixture.PSEUDONYMS.pseudonym(p.name().equals("broker") ? "B1" : "C1"));
                }
            });
            Map<String, Object> bound = SavedQueryCatalog.bind(query, given, java.time.LocalDate.parse("2026-11-01"));
            assertThat(model.run(query.statement(), bound, 1000, TIMEOUT).columns()).as(query.name()).isEqualTo(query.columns());
        }
        QueryResult languages = model.run(catalog.find("community-languages").orElseThrow().statement(),
                Map.of("community", AnalystFixture.PSEUDONYMS.pseudonym("C1"), "asOf", java.time.LocalDate.parse("2026-11-01")),
                1000, TIMEOUT);
        assertThat(languages.rows()).containsExactly(List.of("tl", 1L), List.of("vi", 1L));
    }

    @Test
    void readsOfTheGraphPass() {
        for (String statement : List.of(
                "MATCH (n:Individual)-[:MEMBER_OF]->(c:Community) RETURN c.id, count(n) ORDER BY c.id",
                "MATCH p = shortestPath((a:Broker)-[*..4]-(b:Organization)) RETURN length(p)",
                "MATCH (a:Individual) OPTIONAL MATCH (a)-[r:USES]->(i:Identifier) RETURN a.id, collect(i.kind)",
                "MATCH (a) WHERE EXISTS { (a)-[:AFFILIATED_WITH]->(:Organization) } RETURN a.id",
                "MATCH (a:Individual) RETURN a.id AS x UNION MATCH (b:Broker) RETURN b.id AS x",
                "MATCH (a:Individual) CALL (a) { MATCH (a)--(m) RETURN count(m) AS degree } RETURN a.id, degree ORDER BY degree DESC LIMIT 3",
                "MATCH (a:Individual)((x)-[:CONTACT]-(y)){1,3}(b) RETURN count(*)",
                "MATCH (n:Entity {id: $id}) RETURN n.kind",
                "UNWIND range(1, 3) AS i RETURN i * 2, toString(i) + 'x', reverse('abc')",
                "CALL db.labels() YIELD label RETURN label",
                "CALL db.relationshipTypes()",
                "MATCH (n) RETURN labels(n)[0] AS label, count(*) ORDER BY label SKIP 1 LIMIT 3",
                "CYPHER 5 MATCH (n:Community) RETURN n.kind")) {
            assertThat(model.run(statement, Map.of("id", "P-000000000000"), 1000, TIMEOUT).columns()).as(statement).isNotEmpty();
        }
    }

    @Test
    void administrativeCommandsProceduresFilesAndWritesAreRefusedWithAReason() {
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("SHOW TRANSACTIONS", "administrative commands (ShowTransactions)");
        refused.put("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery", "administrative commands (ShowTransactions)");
        refused.put("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "administrative commands (TerminateTransactions)");
        refused.put("SHOW SETTINGS", "administrative commands (ShowSettings)");
        refused.put("show   settings yield *", "administrative commands (ShowSettings)");
        refused.put("SHOW USERS", "");
        refused.put("SHOW CURRENT USER", "");
        refused.put("SHOW PROCEDURES", "administrative commands (ShowProcedures)");
        refused.put("SHOW FUNCTIONS", "administrative commands (ShowFunctions)");
        refused.put("SHOW INDEXES", "administrative commands (ShowIndexes)");
        refused.put("SHOW DATABASES", "");
        refused.put("CALL dbms.listConfig()", "the procedure dbms.listConfig is not available here");
        refused.put("CALL db.clearQueryCaches()", "the procedure db.clearQueryCaches is not available here");
        refused.put("CALL dbms.components() YIELD name RETURN name", "the procedure dbms.components is not available here");
        refused.put("MATCH (n) CALL (n) { CALL dbms.listConfig() YIELD name RETURN name } RETURN name", "dbms.listConfig");
        refused.put("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "LOAD CSV reads files");
        refused.put("/* hidden */ LOAD\nCSV FROM 'file:///etc/passwd' AS l RETURN l", "LOAD CSV reads files");
        refused.put("CREATE (:Entity {id: 'X'})", "writes to the graph");
        refused.put("MATCH (n) SET n.kind = 'x'", "writes to the graph");
        refused.put("MATCH (n) DETACH DELETE n", "writes to the graph");
        refused.put("MERGE (n:Entity {id: 'X'}) RETURN n", "writes to the graph");
        refused.put("CREATE INDEX x FOR (n:Individual) ON (n.kind)", "");
        refused.put("UNWIND [1] AS x CALL (x) { CREATE (:Entity {id: toString(x)}) } IN TRANSACTIONS", "");
        refused.put("EXPLAIN MATCH (n) RETURN n", "EXPLAIN and PROFILE are not available here");
        refused.put("PROFILE MATCH (n) RETURN n", "EXPLAIN and PROFILE are not available here");
        refused.put("USE system SHOW USERS", "");
        refused.put("   ", "the statement is empty");
        refused.forEach((statement, reason) -> assertThatThrownBy(() -> run(statement)).as(statement)
                .isInstanceOf(KyoseiStoreException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")));
        assertThat(run("MATCH (n:Entity {id: 'X'}) RETURN count(n) AS c").rows()).containsExactly(List.of(0L));
    }

    @Test
    void aKeptModelIsReopenedForTheSameStampAndBuiltAnewForAnother(@TempDir Path kept) throws Exception {
        var driver = SharedNeo4j.driver();
        java.util.function.UnaryOperator<String> pseudonym = AnalystFixture.PSEUDONYMS::pseudonym;
        String first;
        try (AnalystReadModel built = AnalystReadModel.keptIn(kept, "stamp-1", driver, pseudonym)) {
            first = String.valueOf(built.run("MATCH (n:Entity) RETURN collect(n.id) AS ids", Map.of(), 10, TIMEOUT).rows());
            assertThat(built.size().entities()).isEqualTo(15);
        }
        assertThat(java.nio.file.Files.readString(kept.resolve("stamp"))).isEqualTo("stamp-1");
        java.nio.file.Files.writeString(kept.resolve("neo4j").resolve("marker"), "left by the first build");
        try (AnalystReadModel reopened = AnalystReadModel.keptIn(kept, "stamp-1", driver, pseudonym)) {
            assertThat(String.valueOf(reopened.run("MATCH (n:Entity) RETURN collect(n.id) AS ids", Map.of(), 10, TIMEOUT).rows()))
                    .isEqualTo(first);
            assertThat(reopened.size().entities()).isEqualTo(15);
            assertThat(reopened.size().ties()).isEqualTo(21);
            assertThat(reopened.realId(AnalystFixture.PSEUDONYMS.pseudonym("P1"))).contains("P1");
        }
        assertThat(kept.resolve("neo4j").resolve("marker")).as("opened, not built again").exists();
        try (AnalystReadModel rebuilt = AnalystReadModel.keptIn(kept, "stamp-2", driver, pseudonym)) {
            assertThat(rebuilt.size().entities()).isEqualTo(15);
        }
        assertThat(kept.resolve("neo4j").resolve("marker")).as("built anew for another stamp").doesNotExist();
        assertThat(java.nio.file.Files.readString(kept.resolve("stamp"))).isEqualTo("stamp-2");
        assertThat(java.nio.file.Files.getPosixFilePermissions(kept)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void malformedStatementsAreOneLineErrors() {
        assertThatThrownBy(() -> run("MATC (n) RETURN n")).isInstanceOf(KyoseiStoreException.class)
                .hasMessageStartingWith("the statement is not valid Cypher");
        assertThatThrownBy(() -> run("CALL no.such.procedure()")).isInstanceOf(KyoseiStoreException.class);
    }
}
