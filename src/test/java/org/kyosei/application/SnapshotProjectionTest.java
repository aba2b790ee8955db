package org.kyosei.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.application.port.ProjectionSource;
import org.kyosei.projection.Projection;
import org.kyosei.projection.ProjectionSpec;
import org.kyosei.query.TieSnapshot;
import org.kyosei.store.Neo4jProjector;
import org.kyosei.store.Neo4jDatedGraphLoader;
import org.kyosei.support.CliRun;
import org.kyosei.support.SharedNeo4j;

/**
 * The whole graph as of a day taken from the in-memory graph equals the one read from the store, on a generated
 * network with odd relationships added by hand; and the service's cache takes it from there once it is read.
 */
class SnapshotProjectionTest {
    @TempDir
    static Path tmp;

    private static TieSnapshot snapshot;
    private static Neo4jProjector store;

    @BeforeAll
    static void importGeneratedNetworkWithOddRelationships() {
        SharedNeo4j.emptied();
        Path data = tmp.resolve("g");
        assertThat(CliRun.of("generate", "--out", data.toString(), "--individuals", "500", "--weeks", "8", "--seed", "5",
                "--end", "2026-11-29").exitCode()).isZero();
        CliRun imported = CliRun.external("import", data.toString());
        assertThat(imported.exitCode()).as(imported.err()).isIn(0, 3);
        SharedNeo4j.driver().executableQuery("""
                MATCH (a:Individual) WITH a ORDER BY a.id LIMIT 2
                WITH collect(a) AS two WITH two[0] AS a, two[1] AS b
                CREATE (a)-[:CONTACT {since: date('2026-01-01'), until: date('9999-12-31'), weight: 2.0, confidence: 0.5}]->(a)
                CREATE (a)-[:CONTACT {since: date('2026-01-01'), until: date('9999-12-31')}]->(b)
                CREATE (b)-[:CONTACT {since: date('2025-01-01'), until: date('2026-10-31')}]->(a)
                CREATE (a)-[:CONTACT {until: date('9999-12-31')}]->(b)
                CREATE (a)-[:CONTACT {since: date('2026-01-01')}]->(b)
                CREATE (a)-[:KNOWS_OF {since: date('2026-01-01'), until: date('9999-12-31')}]->(b)
                CREATE (m:Entity:Mystery {id: 'ZZ-MYSTERY', name: 'Not a known label'})
                CREATE (a)-[:CONTACT {since: date('2026-01-01'), until: date('9999-12-31')}]->(m)
                CREATE (n:Entity {id: 'ZZ-NO-LABEL'})
                CREATE (n)-[:CONTACT {since: date('2026-01-01'), until: date('9999-12-31')}]->(b)
                """).execute();
        snapshot = TieSnapshot.of(new Neo4jDatedGraphLoader(SharedNeo4j.driver()).whole(), 0);
        store = new Neo4jProjector(SharedNeo4j.driver());
        assertThat(snapshot.search("ZZ-MYSTERY", 1)).hasSize(1); // held for the screens, but not a node of a projection
        assertThat(snapshot.search("ZZ-NO-LABEL", 1)).hasSize(1);
    }

    @Test
    void equalsTheStoresProjectionOnEveryDate() {
        for (LocalDate day : List.of(LocalDate.of(1900, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 29), LocalDate.of(2999, 12, 31))) {
            Projection read = store.project(ProjectionSpec.wholeGraph(day));
            Projection taken = SnapshotProjection.wholeGraph(snapshot, day);
            assertThat(taken.spec()).isEqualTo(read.spec());
            assertThat(ids(taken)).as("nodes on %s", day).containsExactly(ids(read));
            for (int v = 0; v < read.ids().size(); v++) {
                assertThat(taken.ids().label(v)).isEqualTo(read.ids().label(v));
            }
            assertSameGraph(taken.graph(), read.graph(), day);
            assertThat(taken.relationshipsRead()).as("relationships on %s", day).isEqualTo(read.relationshipsRead());
        }
        assertThat(store.project(ProjectionSpec.wholeGraph(LocalDate.of(2026, 11, 29))).graph().edgeCount()).isPositive();
    }

    @Test
    void theCacheTakesTheGraphFromMemoryOnceItIsReadAndFollowsItsReloads() {
        AtomicInteger storeReads = new AtomicInteger();
        ProjectionSource counting = spec -> {
            storeReads.incrementAndGet();
            return store.project(spec);
        };
        AtomicReference<TieSnapshot> current = new AtomicReference<>();
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
        ProjectionCache cache = new ProjectionCache(counting, () -> Optional.ofNullable(current.get()), clock);
        LocalDate day = LocalDate.of(2026, 11, 29);

        Projection beforeTheRead = cache.asOf(day);
        assertThat(cache.asOf(day)).isSameAs(beforeTheRead);
        assertThat(storeReads).hasValue(1);

        current.set(snapshot);
        Projection fromMemory = cache.asOf(day);
        assertThat(fromMemory).isNotSameAs(beforeTheRead);
        assertThat(cache.asOf(day)).isSameAs(fromMemory);
        assertThat(ids(fromMemory)).containsExactly(ids(beforeTheRead));
        assertSameGraph(fromMemory.graph(), beforeTheRead.graph(), day);

        current.set(LiveTieSnapshot.reading(new Neo4jDatedGraphLoader(SharedNeo4j.driver()), clock).get());
        Projection afterAReload = cache.asOf(day);
        assertThat(afterAReload).isNotSameAs(fromMemory);
        assertSameGraph(afterAReload.graph(), fromMemory.graph(), day);
        assertThat(storeReads).hasValue(1);
    }

    private static String[] ids(Projection projection) {
        String[] ids = new String[projection.ids().size()];
        Arrays.setAll(ids, projection.ids()::id);
        return ids;
    }

    private static void assertSameGraph(CsrGraph taken, CsrGraph read, LocalDate day) {
        assertThat(taken.offsets()).as("degrees on %s", day).containsExactly(read.offsets());
        assertThat(taken.targets()).as("neighbours on %s", day).containsExactly(read.targets());
        assertThat(taken.weights()).as("weights on %s", day).containsExactly(read.weights());
    }
}
