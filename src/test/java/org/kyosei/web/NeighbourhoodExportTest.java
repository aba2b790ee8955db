package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.audit.AuditEvent;
import org.kyosei.security.Role;

import tools.jackson.databind.JsonNode;

/**
 * Exports of a neighbourhood read back with JGraphT's own importers hold the same entities and ties as the JSON
 * neighbourhood; pages of the JSON neighbourhood are disjoint and together the whole; every read is audited.
 */
class NeighbourhoodExportTest {
    @TempDir
    static Path tmp;

    private static final WebFixture.Request INVESTIGATOR = WebFixture.as(Role.INVESTIGATOR);
    private static final String PARAMETERS = "hops=3&asOf=" + WebFixture.AS_OF;

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
    }

    /** A tie as "src TYPE dst since weight confidence". */
    private static String tie(String src, String type, String dst, String since, double weight, double confidence) {
        return src + " " + type + " " + dst + " " + (since == null ? "" : since) + " " + weight + " " + confidence;
    }

    private static Set<String> jsonTies(JsonNode ties) {
        Set<String> found = new HashSet<>();
        ties.forEach(t -> found.add(tie(t.path("src").asString(), t.path("type").asString(), t.path("dst").asString(),
                t.path("since").isNull() ? null : t.path("since").asString(), t.path("weight").asDouble(), t.path("confidence").asDouble())));
        return found;
    }

    private static Set<String> jsonIds(JsonNode nodes) {
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.path("id").asString()));
        return ids;
    }

    /** The vertices and edges (with their attributes) a JGraphT importer read. */
    private record Imported(Set<String> ids, Map<String, Map<String, String>> nodeAttributes, Set<String> ties) {
    }

    private static Imported read(String body, boolean gexf) {
        Graph<String, Integer> graph = GraphTypeBuilder.<String, Integer>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).weighted(gexf).vertexSupplier(SupplierUtil.createStringSupplier()).edgeSupplier(SupplierUtil.createIntegerSupplier())
                .buildGraph();
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Map<Integer, Map<String, String>> edges = new HashMap<>();
        if (gexf) {
            SimpleGEXFImporter<String, Integer> importer = new SimpleGEXFImporter<>();
            importer.setVertexFactory(id -> id);
            importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), value(a)));
            importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), value(a)));
            importer.importGraph(graph, new StringReader(body));
        } else {
            GraphMLImporter<String, Integer> importer = new GraphMLImporter<>();
            importer.setVertexFactory(id -> id);
            importer.setSchemaValidation(true);
            importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), value(a)));
            importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), value(a)));
            importer.importGraph(graph, new StringReader(body));
        }
        Set<String> ties = new HashSet<>();
        for (Integer e : graph.edgeSet()) {
            Map<String, String> a = edges.getOrDefault(e, Map.of());
            String since = a.getOrDefault("since", "");
            // GEXF: the tie's type is the edge's label and the attribute relationship, its weight GEXF's own
            String type = gexf ? a.get("relationship") : a.get("type");
            if (gexf) {
                assertThat(a.get("label")).isEqualTo(type);
            }
            double weight = gexf ? graph.getEdgeWeight(e) : Double.parseDouble(a.get("weight"));
            ties.add(tie(graph.getEdgeSource(e), type, graph.getEdgeTarget(e), since.isEmpty() ? null : since,
                    weight, Double.parseDouble(a.get("confidence"))));
        }
        if (gexf) { // the entity's kind is the attribute kind; its label (what tools show) is its name
            nodes.values().forEach(n -> n.put("label", n.get("kind")));
        }
        return new Imported(graph.vertexSet(), nodes, ties);
    }

    private static String value(Attribute a) {
        return a.getValue();
    }

    private static List<CSVRecord> csv(String body) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
    }

    @Test
    void graphMlAndGexfReadBackAsTheJsonNeighbourhood() {
        for (String centre : List.of("P1", "B1", "ACC1")) {
            JsonNode json = INVESTIGATOR.get("/api/entities/" + centre + "/neighbourhood?" + PARAMETERS).json();
            assertThat(json.path("ties").size()).isPositive();
            for (String format : List.of("graphml", "gexf")) {
                WebFixture.Answer answer = INVESTIGATOR.get("/api/entities/" + centre + "/neighbourhood/export?format=" + format + "&" + PARAMETERS);
                assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
                assertThat(answer.header("Content-Type")).startsWith("application/" + format + "+xml");
                assertThat(answer.header("Content-Disposition"))
                        .isEqualTo("attachment; filename=\"neighbourhood-" + centre + "-" + WebFixture.AS_OF + "." + format + "\"");
                Imported imported = read(answer.response().body(), format.equals("gexf"));
                assertThat(imported.ids()).as(centre + " " + format).isEqualTo(jsonIds(json.path("nodes")));
                assertThat(imported.ties()).as(centre + " " + format).isEqualTo(jsonTies(json.path("ties")));
                assertThat(imported.nodeAttributes().get("P1")).as(format).containsEntry("label", "Individual")
                        .containsEntry("name", "Tran, An");
                AuditEvent read = WebFixture.audit().last();
                assertThat(read.user()).isEqualTo("investigator");
                assertThat(read.caseReference()).isEqualTo("CASE-2026-001");
                assertThat(read.resultIds()).containsExactlyInAnyOrderElementsOf(jsonIds(json.path("nodes")));
            }
        }
    }

    @Test
    void csvOfNodesAndTiesHoldsTheSameAsTheJson() throws IOException {
        JsonNode json = INVESTIGATOR.get("/api/entities/P1/neighbourhood?" + PARAMETERS).json();
        WebFixture.Answer nodes = INVESTIGATOR.get("/api/entities/P1/neighbourhood/export?format=csv-nodes&" + PARAMETERS);
        assertThat(nodes.header("Content-Type")).startsWith("text/csv");
        assertThat(nodes.header("Content-Disposition")).contains("neighbourhood-P1-" + WebFixture.AS_OF + ".nodes.csv");
        assertThat(nodes.response().body()).startsWith("id,label,name,hop\r\n");
        Set<String> ids = new HashSet<>();
        for (CSVRecord r : csv(nodes.response().body())) {
            ids.add(r.get("id"));
        }
        assertThat(ids).isEqualTo(jsonIds(json.path("nodes")));
        WebFixture.Answer ties = INVESTIGATOR.get("/api/entities/P1/neighbourhood/export?format=CSV-TIES&" + PARAMETERS);
        Set<String> read = new HashSet<>();
        for (CSVRecord r : csv(ties.response().body())) {
            read.add(tie(r.get("src"), r.get("type"), r.get("dst"), r.get("since").isEmpty() ? null : r.get("since"),
                    Double.parseDouble(r.get("weight")), Double.parseDouble(r.get("confidence"))));
        }
        assertThat(read).isEqualTo(jsonTies(json.path("ties")));
    }

    @Test
    void pagesAreDisjointTogetherTheWholeAndTheExportHoldsThePagesSoFar() {
        for (String centre : List.of("P1", "C2", "O1")) {
            for (int hops = 1; hops <= 4; hops++) {
                JsonNode whole = INVESTIGATOR.get("/api/entities/" + centre + "/neighbourhood?hops=" + hops + "&asOf=" + WebFixture.AS_OF).json();
                for (int limit = 1; limit <= 3; limit++) {
                    List<String> order = new ArrayList<>();
                    Set<String> ties = new HashSet<>();
                    int pages = 0;
                    for (int offset = 0; ; offset += limit) {
                        String query = "hops=" + hops + "&limit=" + limit + "&offset=" + offset + "&asOf=" + WebFixture.AS_OF;
                        JsonNode page = INVESTIGATOR.get("/api/entities/" + centre + "/neighbourhood?" + query).json();
                        assertThat(WebFixture.audit().last().resultIds()).contains(centre);
                        pages++;
                        List<String> ids = new ArrayList<>();
                        page.path("nodes").forEach(n -> ids.add(n.path("id").asString()));
                        assertThat(ids.getFirst()).isEqualTo(centre);
                        assertThat(ids.subList(1, ids.size())).noneMatch(order::contains);
                        order.addAll(ids.subList(1, ids.size()));
                        Set<String> pageTies = jsonTies(page.path("ties"));
                        assertThat(pageTies).noneMatch(ties::contains);
                        ties.addAll(pageTies);
                        // the export of this page holds every page so far
                        Imported soFar = read(INVESTIGATOR.get("/api/entities/" + centre + "/neighbourhood/export?format=graphml&" + query)
                                .response().body(), false);
                        assertThat(soFar.ids()).containsExactlyInAnyOrderElementsOf(concat(centre, order));
                        assertThat(soFar.ties()).isEqualTo(ties);
                        if (page.path("more").asLong() == 0) {
                            break;
                        }
                    }
                    List<String> all = new ArrayList<>();
                    whole.path("nodes").forEach(n -> all.add(n.path("id").asString()));
                    assertThat(concat(centre, order)).as(centre + " hops " + hops + " limit " + limit).containsExactlyElementsOf(all);
                    assertThat(ties).as(centre + " hops " + hops + " limit " + limit).isEqualTo(jsonTies(whole.path("ties")));
                    assertThat(pages).isGreaterThanOrEqualTo((all.size() - 1 + limit - 1) / limit);
                }
            }
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    @Test
    void hostileFormatsIdsAndParametersAreOneLineProblems() {
        record Bad(String path, int status, String parameter) {
        }
        for (Bad bad : List.of(
                new Bad("/api/entities/P1/neighbourhood/export", 400, "format"),
                new Bad("/api/entities/P1/neighbourhood/export?format=", 400, "format"),
                new Bad("/api/entities/P1/neighbourhood/export?format=pdf", 400, "format"),
                new Bad("/api/entities/P1/neighbourhood/export?format=%3Cscript%3Ealert(1)%3C/script%3E", 400, "format"),
                new Bad("/api/entities/P1/neighbourhood/export?format=graphml%00", 400, "format"),
                new Bad("/api/entities/P1/neighbourhood/export?format=graphml&hops=9", 400, "hops"),
                new Bad("/api/entities/P1/neighbourhood/export?format=graphml&limit=0", 400, "limit"),
                new Bad("/api/entities/P1/neighbourhood/export?format=graphml&offset=-1", 400, "offset"),
                new Bad("/api/entities/P1/neighbourhood/export?format=gexf&asOf=2026-02-30", 400, "asOf"),
                new Bad("/api/entities/NOPE/neighbourhood/export?format=gexf", 404, null),
                new Bad("/api/entities/%3Cx%3E%22'/neighbourhood/export?format=gexf", 404, null))) {
            WebFixture.Answer answer = INVESTIGATOR.get(bad.path());
            assertThat(answer.status()).as(bad.path()).isEqualTo(bad.status());
            assertThat(answer.header("Content-Type")).as(bad.path()).contains("application/problem+json");
            assertThat(answer.header("Content-Disposition")).as(bad.path()).isNull();
            assertThat(answer.detail()).as(bad.path()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("<script>");
            if (bad.parameter() != null) {
                assertThat(answer.json().path("parameter").asString()).as(bad.path()).isEqualTo(bad.parameter());
            }
        }
        assertThat(INVESTIGATOR.withoutCase().get("/api/entities/P1/neighbourhood/export?format=gexf").json().path("parameter").asString())
                .isEqualTo("X-Kyosei-Case");
        for (Role role : List.of(Role.ANALYST, Role.OFFICE, Role.AUDITOR, Role.ADMIN)) {
            assertThat(WebFixture.as(role).get("/api/entities/P1/neighbourhood/export?format=gexf").status()).as(role.name()).isEqualTo(403);
        }
    }
}
