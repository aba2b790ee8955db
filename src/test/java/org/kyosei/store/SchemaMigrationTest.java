package org.kyosei.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.kyosei.application.port.GraphTarget;

/**
 * The schema files on a real embedded store: a new store gets the constraints and indexes the application reads
 * and not the full-text index version 21 retired; a store made before version 21 loses that index when opened.
 */
class SchemaMigrationTest {
    @TempDir
    Path tmp;

    @Test
    void aNewStoreHasTheLookupIndexesAndNoFullTextIndex() {
        try (GraphConnection graph = GraphConnection.open(GraphTarget.embedded(tmp.resolve("db")))) {
            List<String> indexes = indexNames(graph.driver());
            assertThat(indexes).contains("entity_id_unique", "entity_name", "kyosei_user_name").doesNotContain("entity_search");
            assertThat(versions(graph.driver())).contains("V020__web_search_and_users", "V021__no_full_text_index");
        }
    }

    @Test
    void openingAStoreMadeBeforeVersion21DropsItsFullTextIndex() {
        Path db = tmp.resolve("old");
        try (GraphConnection graph = GraphConnection.open(GraphTarget.embedded(db))) {
            Driver driver = graph.driver();
            driver.executableQuery("CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.id, n.name]").execute();
            driver.executableQuery("MATCH (v:KyoseiSchemaVersion {version: 'V021__no_full_text_index'}) DELETE v").execute();
            assertThat(indexNames(driver)).contains("entity_search");
        }
        try (GraphConnection reopened = GraphConnection.open(GraphTarget.embedded(db))) {
            assertThat(indexNames(reopened.driver())).doesNotContain("entity_search").contains("entity_id_unique");
            assertThat(versions(reopened.driver())).contains("V021__no_full_text_index");
        }
    }

    private static List<String> indexNames(Driver driver) {
        return driver.executableQuery("SHOW INDEXES YIELD name RETURN name").execute().records().stream()
                .map(r -> r.get("name").asString()).toList();
    }

    private static List<String> versions(Driver driver) {
        return driver.executableQuery("MATCH (v:KyoseiSchemaVersion) RETURN v.version AS version").execute().records().stream()
                .map(r -> r.get("version").asString()).toList();
    }
}
