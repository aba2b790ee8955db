package org.kyosei.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.support.CliRun;
import org.kyosei.support.DatasetFiles;
import org.kyosei.support.SharedNeo4j;
import org.kyosei.store.ReadOnlyQueries;

/** Every saved query parses, runs read-only on a real store and returns the columns its header declares. */
class SavedQueriesTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    @TempDir
    Path tmp;

    private final SavedQueryCatalog catalog = org.kyosei.store.CypherResources.savedQueries();

    @BeforeEach
    void tinyGraph() {
        SharedNeo4j.emptied();
        assertThat(CliRun.external("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString()).exitCode()).isZero();
    }

    private QueryResult run(String name, Map<String, String> parameters) {
        SavedQuery query = catalog.find(name).orElseThrow();
        return new ReadOnlyQueries(SharedNeo4j.driver())
                .run(query.statement(), SavedQueryCatalog.bind(query, parameters, AS_OF), 1000, Duration.ofSeconds(30));
    }

    @Test
    void catalogueHasTheSavedQueriesWithHeaders() {
        assertThat(catalog.all()).extracting(SavedQuery::name).contains(
                "community-organization-links", "broker-placements-by-week", "shared-identifiers",
                "fastest-growing-brokers", "ties-to-organizations", "community-profile", "community-languages");
        assertThat(catalog.all()).allSatisfy(q -> {
            assertThat(q.purpose()).isNotBlank();
            assertThat(q.columns()).isNotEmpty();
        });
    }

    @Test
    void everySavedQueryReturnsItsDeclaredColumns() {
        Map<String, Map<String, String>> parameters = Map.of(
                "community-organization-links", Map.of("community", "C1"),
                "broker-placements-by-week", Map.of("broker", "B1"),
                "ties-to-organizations", Map.of("id", "P1"),
                "community-languages", Map.of("community", "C1"));
        for (SavedQuery query : catalog.all()) {
            QueryResult result = run(query.name(), parameters.getOrDefault(query.name(), Map.of()));
            assertThat(result.columns()).as(query.name()).isEqualTo(query.columns());
        }
    }

    @Test
    void communityOrganizationLinksPrefersTheMostConfidentOfTheShortestChains() {
        QueryResult result = run("community-organization-links", Map.of("community", "C1"));
        assertThat(result.rows()).as("via the broker that placed P1 (0.7), not the shared address (0.6)")
                .containsExactly(List.of("P1", "O1", List.of("P1", "B1", "P3", "P5", "O1"), 4L, 0.7));
    }

    @Test
    void asOfDateHidesTiesThatDidNotExistYet() {
        assertThat(run("community-organization-links", Map.of("community", "C1", "asOf", "2026-04-15")).rows())
                .as("P3 met P5 in May and moved into the shared address in June").isEmpty();
    }

    @Test
    void tiesToOrganizationsFollowsShortestChains() {
        QueryResult result = run("ties-to-organizations", Map.of("id", "B1"));
        assertThat(result.rows()).containsExactly(List.of("O1", 2L, List.of("B1", "E1", "O1"), 0.5));
        assertThat(run("ties-to-organizations", Map.of("id", "B1", "asOf", "2026-03-01")).rows())
                .as("before the organization took control of E1 and before the contact").isEmpty();
    }

    @Test
    void brokerPlacementsAreCountedPerIsoWeek() {
        QueryResult result = run("broker-placements-by-week", Map.of("broker", "B1"));
        assertThat(result.rows()).containsExactly(List.of("2026-W04", 1L, 450000.0, 450000.0));
    }

    @Test
    void bindingNamesUnknownMissingAndMalformedParameters() {
        SavedQuery query = catalog.find("community-languages").orElseThrow();
        assertThatThrownBy(() -> SavedQueryCatalog.bind(query, Map.of(), AS_OF))
                .hasMessageContaining("needs --param community=<string>");
        assertThatThrownBy(() -> SavedQueryCatalog.bind(query, Map.of("community", "C1", "colour", "red"), AS_OF))
                .hasMessageContaining("has no parameter 'colour'");
        assertThatThrownBy(() -> SavedQueryCatalog.bind(query, Map.of("community", "C1", "asOf", "1st May"), AS_OF))
                .hasMessage("parameter 'asOf': '1st May' is not a date YYYY-MM-DD from 1900-01-01 to 2999-12-31");
        assertThatThrownBy(() -> SavedQueryCatalog.bind(query, Map.of("community", "C1", "asOf", "-2026-05-01"), AS_OF))
                .hasMessage("parameter 'asOf': '-2026-05-01' is not a date YYYY-MM-DD from 1900-01-01 to 2999-12-31");
        assertThat(SavedQueryCatalog.bind(query, Map.of("community", "C1"), AS_OF)).containsEntry("asOf", AS_OF);
    }

    @Test
    void malformedHeaderFailsFast() {
        assertThatThrownBy(() -> SavedQueryCatalog.parse("broken", "MATCH (n) RETURN n"))
                .hasMessageContaining("broken.cypher");
        assertThatThrownBy(() -> SavedQueryCatalog.parse("broken", "// purpose: x\n// columns: a\n// param: p colour\nRETURN 1 AS a"))
                .hasMessageContaining("malformed parameter line");
    }

    @Test
    void queryCommandPrintsCsvAndNamesAnUnknownQuery() {
        CliRun run = CliRun.external("query", "community-languages", "--param", "community=" + CliRun.pseudonym("C1"),
                "--param", "asOf=2026-11-01", "--format", "csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("language,members\ntl,1\nvi,1\n");
        CliRun unknown = CliRun.external("query", "no-such-query");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("kyosei: no saved query 'no-such-query'");
    }
}
