package org.kyosei.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kyosei.query.SavedQueryCatalog;
import org.kyosei.store.KyoseiStoreException;
import org.kyosei.support.AnalystFixture;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever an analyst's statement does with protected properties (names, ids, identifier values, provenance, review
 * decisions, password hashes), wrapped in string, list and arithmetic functions, in RETURN or in WHERE: no real name,
 * id or identifier value of the fixture graph appears anywhere in the answer, nor in the error an invalid statement
 * gets. The statements are generated; each runs through the analysts' use case on a real embedded Neo4j.
 */
class AnalystQueriesLeakTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Set<String> SECRETS = AnalystFixture.secrets();
    private static AnalystQueries queries;

    @BeforeContainer
    static void build() throws Exception {
        Path tmp = Files.createTempDirectory("kyosei-leak");
        org.kyosei.store.Neo4jStores stores = new org.kyosei.store.Neo4jStores(AnalystFixture.load(tmp));
        queries = AnalystQueries.buildNow(stores.analystModels(), stores.versions(), AnalystFixture.PSEUDONYMS,
                org.kyosei.store.CypherResources.savedQueries());
    }

    @AfterContainer
    static void close() {
        if (queries != null) {
            queries.close();
        }
    }

    @Provide
    Arbitrary<String> statements() {
        Arbitrary<String> pattern = Arbitraries.of(
                "MATCH (n)", "MATCH (n:Individual)", "MATCH (n:Identifier)", "MATCH (n:Community)", "MATCH (n:Broker)",
                "MATCH (n:KyoseiUser)", "MATCH (n:LeadDecision)", "MATCH (n:AnalysisRun)", "MATCH (x)-[n]->(y)",
                "MATCH (x)-[n:USES]->(y)", "MATCH (n:Entity {id: 'P1'})", "MATCH (n) WHERE n.id IN ['P1', 'ADDR1', 'C1']");
        Arbitrary<String> property = Arbitraries.of("name", "id", "value", "source", "subjectId", "passwordHash", "reason",
                "user", "birth_year", "caseReference", "kind", "region");
        Arbitrary<String> access = Combinators.combine(property, Arbitraries.of("n.%s", "n['%s']", "properties(n)['%s']",
                        "[k IN keys(n) WHERE k = '%s' | n[k]][0]"))
                .as((p, form) -> form.formatted(p));
        Arbitrary<String> anyOf = Arbitraries.of("toString(n)", "properties(n)", "[k IN keys(n) | toString(n[k])]",
                "n", "[k IN keys(n) | k]");
        Arbitrary<String> inner = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, access), net.jqwik.api.Tuple.of(1, anyOf));
        Arbitrary<String> wrapped = inner.flatMap(e -> wrapper().list().ofMaxSize(3).map(ws -> {
            String expression = e;
            for (String w : ws) {
                expression = w.replace("E", expression);
            }
            return expression;
        }));
        Arbitrary<String> where = Arbitraries.of("", " WHERE %s IS NOT NULL", " WHERE toString(%s) STARTS WITH 'T'",
                " WHERE toString(%s) CONTAINS 'a'", " WHERE size(toString(%s)) > 3");
        return Combinators.combine(pattern, wrapped, access, where, Arbitraries.of("RETURN %s AS v", "RETURN collect(%s) AS v",
                        "WITH n, %s AS w RETURN w AS v, n.id AS id", "RETURN DISTINCT %s AS v ORDER BY v"))
                .as((match, expression, filterBy, filter, ret) -> (filter.isEmpty() || match.contains("WHERE") ? match
                        : match + filter.formatted(filterBy)) + " " + ret.formatted(expression));
    }

    private static Arbitrary<String> wrapper() {
        return Arbitraries.of("'x' + E", "E + 'y'", "toUpper(toString(E))", "toLower(toString(E))", "reverse(toString(E))",
                "split(toString(E), '')", "substring(toString(E), 1)", "left(toString(E), 4)", "trim(toString(E))",
                "replace(toString(E), 'a', 'b')", "[E]", "[E, E][1]", "size(toString(E))", "toString(E)",
                "coalesce(E, 'none')", "head([E])", "reduce(s = '', c IN split(toString(E), '') | s + c)",
                "CASE WHEN E IS NULL THEN 'null' ELSE toString(E) END", "size(toString(E)) * 3 + 1",
                "toInteger(E) + 1", "toFloat(E) / 2", "E STARTS WITH 'T'", "[c IN split(toString(E), '') | c + '.']",
                "btrim(toString(E), 'x')", "apoc.text.join([E], '')", "collect(E)");
    }

    @Property(tries = 300)
    void noRealValueReachesTheAnalyst(@ForAll("statements") String statement) {
        List<String> strings = new ArrayList<>();
        try {
            AnalystQueries.Answer answer = queries.adHoc(statement, Map.of(), 1000, TIMEOUT);
            Statistics.collect(answer.result().rows().isEmpty() ? "no rows" : "rows");
            answer.result().rows().forEach(row -> collect(row, strings));
            answer.result().columns().forEach(strings::add);
        } catch (KyoseiStoreException | AnalystQueries.RefusedException e) {
            Statistics.collect("error");
            strings.add(e.getMessage());
        }
        Statistics.coverage(coverage -> coverage.check("rows").percentage(p -> p > 25));
        strings.add(String.join("", strings));
        for (String text : strings) {
            for (String secret : SECRETS) {
                assertThat(text).as(statement).doesNotContain(secret);
            }
            assertThat(AnalystFixture.realIds()).as(statement).doesNotContain(text);
        }
    }

    @net.jqwik.api.Example
    void wrappedIdsComeBackAsPseudonymsNamedInTheAudit() {
        AnalystQueries.Answer answer = queries.adHoc("MATCH (n:Individual) RETURN 'x' + n.id AS a, toUpper(n.name) AS b ORDER BY a",
                Map.of(), 1000, TIMEOUT);
        assertThat(answer.result().rows()).hasSize(5).allSatisfy(row -> {
            assertThat((String) row.get(0)).matches("xP-[0-9a-f]{12}");
            assertThat(row.get(1)).isNull();
        });
        assertThat(answer.subjectsShown()).containsExactlyInAnyOrder("P1", "P2", "P3", "P4", "P5");
    }

    private static void collect(Object value, List<String> into) {
        if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, into));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                into.add(String.valueOf(k));
                collect(v, into);
            });
        } else if (value != null) {
            into.add(String.valueOf(value));
        }
    }
}
