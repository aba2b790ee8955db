package org.kyosei.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Applies the versioned schema files {@code cypher/schema/V###__name.cypher} in order. Each
 * applied version is recorded as a {@code :KyoseiSchemaVersion} node, so a file runs once per
 * store; the statements themselves are idempotent ({@code IF NOT EXISTS}) so a crash between a
 * statement and its record is harmless.
 *
 * <p>Consecutive index and constraint statements of the pending files run in one transaction, so that Neo4j
 * populates their indexes in one scan of the store instead of one scan per index: on a freshly bulk-imported
 * store that is most of the work. Any other statement runs in a transaction of its own, in file order.
 */
final class SchemaMigrator {
    private static final Pattern SCHEMA_COMMAND = Pattern.compile(
            "(?is)(CREATE|DROP)\\s+(OR\\s+REPLACE\\s+)?(CONSTRAINT|INDEX|(RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR)\\s+INDEX)\\b.*");

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
            List<CypherResources.CypherFile> pending = files.stream().filter(file -> !applied.contains(file.name())).toList();
            if (!pending.isEmpty()) {
                List<String> schemaCommands = new ArrayList<>();
                for (CypherResources.CypherFile file : pending) {
                    for (String statement : CypherResources.statements(file.text())) {
                        if (SCHEMA_COMMAND.matcher(statement).matches()) {
                            schemaCommands.add(statement);
                        } else {
                            runTogether(session, schemaCommands);
                            session.run(statement).consume();
                        }
                    }
                }
                runTogether(session, schemaCommands);
                session.executeWriteWithoutResult(tx -> pending.forEach(file -> tx.run(
                        "MERGE (v:KyoseiSchemaVersion {version: $version}) SET v.appliedAt = datetime()",
                        Map.of("version", file.name())).consume()));
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
    }

    /** Runs the statements in one transaction and empties the list. */
    private static void runTogether(Session session, List<String> statements) {
        if (!statements.isEmpty()) {
            List<String> batch = List.copyOf(statements);
            session.executeWriteWithoutResult(tx -> batch.forEach(statement -> tx.run(statement).consume()));
            statements.clear();
        }
    }
}
