package org.kyosei.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.support.CliRun;
import org.kyosei.support.DatasetFiles;
import org.kyosei.support.SharedNeo4j;

/**
 * {@code --uri}: the commands talk to a second Neo4j server (the shared test server, reached only
 * through its Bolt port) and start no embedded store of their own.
 */
class ExternalModeTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void emptyGraph() {
        SharedNeo4j.emptied();
    }

    @Test
    void importAndQueryGoToTheServerBehindTheUriAndNoLocalStoreIsCreated() {
        Path unusedStore = tmp.resolve("must-not-exist");
        String uri = "bolt://127.0.0.1:" + SharedNeo4j.boltPort();
        CliRun imported = CliRun.of("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString(), "--uri", uri, "--db", unusedStore.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported into Neo4j at " + uri);
        assertThat(Files.exists(unusedStore)).isFalse();

        try (var session = SharedNeo4j.driver().session()) {
            assertThat(session.run("MATCH (n:Entity) RETURN count(n) AS c").single().get("c").asLong()).isEqualTo(15);
        }
        CliRun viaNeo4jScheme = CliRun.of("cypher", "MATCH ()-[r]->() RETURN count(r) AS c", "--format", "csv",
                "--uri", "neo4j://127.0.0.1:" + SharedNeo4j.boltPort());
        assertThat(viaNeo4jScheme.out()).as(viaNeo4jScheme.err()).isEqualTo("c\n21\n");
    }
}
