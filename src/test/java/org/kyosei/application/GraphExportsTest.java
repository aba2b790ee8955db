package org.kyosei.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.kyosei.query.Neighbourhood;

/**
 * Hostile text in names and types (markup, quotes, line breaks, formulas, Japanese) survives every format: the XML
 * formats read back to the same strings, CSV cells never start a spreadsheet formula; parallel ties and self-ties stay.
 */
class GraphExportsTest {
    private static final List<String> NAMES = List.of("<script>alert(1)</script>", "O'Brien & \"Sons\"", "line\nbreak, comma",
            "=HYPERLINK(\"http://x\",\"y\")", "+1-555", "@SUM(A1)", "-2", "佐藤 健（さとう）", "\u00e9t\u00e9");

    private static Neighbourhood hostile() {
        List<Neighbourhood.Member> members = new java.util.ArrayList<>();
        members.add(new Neighbourhood.Member("C", "Broker", "centre", 0));
        for (int i = 0; i < NAMES.size(); i++) {
            members.add(new Neighbourhood.Member("N" + i, "Individual", NAMES.get(i), 1));
        }
        members.add(new Neighbourhood.Member("NONAME", "Identifier", null, 1));
        List<Neighbourhood.Tie> ties = new java.util.ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            ties.add(new Neighbourhood.Tie("C", "PLACED", "N" + i, "2026-01-0" + (1 + i % 9), i, 0.5));
        }
        ties.add(new Neighbourhood.Tie("C", "PLACED", "N0", "2026-02-01", 3, 1)); // parallel to the first
        ties.add(new Neighbourhood.Tie("N1", "CONTACT", "N1", null, 0, 0.25)); // a self-tie, no start
        ties.add(new Neighbourhood.Tie("C", "USES", "NONAME", null, 1, 1));
        return new Neighbourhood(members, ties, 100, false);
    }

    private static String write(GraphExports.Format format) {
        StringWriter out = new StringWriter();
        GraphExports.write(hostile(), format, out);
        return out.toString();
    }

    @Test
    void xmlFormatsReadBackToTheSameNamesAndTies() {
        for (GraphExports.Format format : List.of(GraphExports.Format.GRAPHML, GraphExports.Format.GEXF)) {
            boolean gexf = format == GraphExports.Format.GEXF;
            String xml = write(format);
            assertThat(xml).doesNotContain("<script>");
            Graph<String, Integer> graph = GraphTypeBuilder.<String, Integer>directed().allowingMultipleEdges(true)
                    .allowingSelfLoops(true).weighted(gexf).vertexSupplier(SupplierUtil.createStringSupplier())
                    .edgeSupplier(SupplierUtil.createIntegerSupplier()).buildGraph();
            Map<String, String> names = new HashMap<>();
            if (gexf) {
                SimpleGEXFImporter<String, Integer> importer = new SimpleGEXFImporter<>();
                importer.setVertexFactory(id -> id);
                importer.addVertexAttributeConsumer((p, a) -> {
                    if (p.getSecond().equals("name")) {
                        names.put(p.getFirst(), a.getValue());
                    }
                });
                importer.importGraph(graph, new StringReader(xml));
            } else {
                GraphMLImporter<String, Integer> importer = new GraphMLImporter<>();
                importer.setVertexFactory(id -> id);
                importer.setSchemaValidation(true);
                importer.addVertexAttributeConsumer((p, a) -> {
                    if (p.getSecond().equals("name")) {
                        names.put(p.getFirst(), a.getValue());
                    }
                });
                importer.importGraph(graph, new StringReader(xml));
            }
            for (int i = 0; i < NAMES.size(); i++) {
                assertThat(names.get("N" + i)).as(format + " N" + i).isEqualTo(NAMES.get(i));
            }
            assertThat(graph.vertexSet()).hasSize(NAMES.size() + 2);
            assertThat(graph.edgeSet()).as(format.name()).hasSize(hostile().ties().size());
            assertThat(graph.getAllEdges("C", "N0")).as("parallel ties").hasSize(2);
            assertThat(graph.getAllEdges("N1", "N1")).as("a self-tie").hasSize(1);
        }
    }

    @Test
    void csvCellsNeverStartAFormulaAndOtherwiseReadBackUnchanged() throws java.io.IOException {
        List<CSVRecord> nodes = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(write(GraphExports.Format.CSV_NODES))).getRecords();
        Map<String, String> names = new HashMap<>();
        nodes.forEach(r -> names.put(r.get("id"), r.get("name")));
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            String expected = "=+-@".indexOf(name.charAt(0)) >= 0 ? "'" + name : name;
            assertThat(names.get("N" + i)).isEqualTo(expected);
        }
        assertThat(names.get("NONAME")).isEmpty();
        List<CSVRecord> ties = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(write(GraphExports.Format.CSV_TIES))).getRecords();
        assertThat(ties).hasSize(hostile().ties().size());
        assertThat(ties.getFirst().toMap()).containsEntry("src", "C").containsEntry("type", "PLACED").containsEntry("dst", "N0")
                .containsEntry("since", "2026-01-01").containsEntry("weight", "0.0").containsEntry("confidence", "0.5");
        assertThat(ties.get(NAMES.size() + 1).get("since")).isEmpty();
    }

    @Test
    void formatsAreNamedCaseInsensitivelyAndNothingElseIsAFormat() {
        assertThat(GraphExports.Format.named(" GraphML ")).contains(GraphExports.Format.GRAPHML);
        assertThat(GraphExports.Format.named("csv-ties")).contains(GraphExports.Format.CSV_TIES);
        for (String other : new String[] {null, "", "xml", "csv", "graphml\u0000", "GRAPHML;gexf", "../gexf"}) {
            assertThat(GraphExports.Format.named(other)).as(String.valueOf(other)).isEmpty();
        }
    }
}
