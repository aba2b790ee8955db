package org.kyosei.store;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Applies the versioned schema files {@code cypher/schema/V###__name.cypher} in order. Each
 * applied version is recorded as a {@code :KyoseiSchemaVersion} node, so a file runs once per
 * store; the statements themselves are idempotent ({@code IF NOT EXISTS}) so a crash between a
 * statement and its record is harmless.
 */
final class SchemaMigrator {
    private final Driver driver;

    SchemaMigrator(Driver driver) {
        this.driver = driver;
    }

    void migrate() {
        List<CypherResources.CypherFile> files = CypherResources.list("schema");
        if (files.isEmpty()) {
            throw new IllegalStateException("no schema files under cypher/schema in the application");
        }
        try (Session session = driver.session()) {
            List<String> applied = session.executeRead(tx -> tx.run(
                    "MATCH (v:KyoseiSchemaVersion) RETURN v.version AS version").list(r -> r.get("version").asString()));
            for (CypherResources.CypherFile file : files) {
                if (applied.contains(file.name())) {
                    continue;
                }
                for (String statement : CypherResources.statements(file.text())) {
                    session.run(statement).consume();
                }
                session.run("MERGE (v:KyoseiSchemaVersion {version: $version}) SET v.appliedAt = datetime()",
                        Map.of("version", file.name())).consume();
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
    }
}
