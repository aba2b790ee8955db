package org.kyosei.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.support.CliRun;
import org.kyosei.support.DatasetFiles;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same commands against a stand-alone Neo4j server in a container, with authentication.
 * Skipped (not failed) where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jServerContainerTest {
    private static final String PASSWORD = "kyosei-test-secret";

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08").withAdminPassword(PASSWORD);

    @TempDir
    Path tmp;

    @Test
    void importsAndQueriesAStandaloneServerWithCredentials() {
        String uri = NEO4J.getBoltUrl();
        DatasetFiles dataset = DatasetFiles.tiny(tmp.resolve("tiny"));
        CliRun imported = CliRun.of("import", dataset.dir().toString(), "--uri", uri, "--user", "neo4j", "--password", PASSWORD);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        CliRun count = CliRun.of("cypher", "MATCH (n:Individual) RETURN count(n) AS c", "--format", "csv",
                "--uri", uri, "--user", "neo4j", "--password", PASSWORD);
        assertThat(count.out()).isEqualTo("c\n5\n");
        CliRun refused = CliRun.of("cypher", "RETURN 1", "--uri", uri, "--user", "neo4j", "--password", "wrong");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("refused the credentials of user 'neo4j'");
    }
}
