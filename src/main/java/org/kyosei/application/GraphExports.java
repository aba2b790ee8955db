package org.kyosei.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.kyosei.query.Neighbourhood;

/**
 * A neighbourhood as a file an investigator takes to another tool: GraphML or GEXF (written by JGraphT's exporters),
 * or CSV of its entities or its ties. Entities carry {@code label}, {@code name} and {@code hop}; ties {@code type},
 * {@code since}, {@code weight} and {@code confidence}. A CSV cell that a spreadsheet would run as a formula
 * ({@code = + - @}, tab, carriage return first) is written behind a single quote.
 */
public final class GraphExports {
    /** The formats, by the name a request gives. */
    public enum Format {
        GRAPHML("graphml", "application/graphml+xml", "graphml"),
        GEXF("gexf", "application/gexf+xml", "gexf"),
        CSV_NODES("csv-nodes", "text/csv", "nodes.csv"),
        CSV_TIES("csv-ties", "text/csv", "ties.csv");

        private final String name;
        private final String mediaType;
        private final String extension;

        Format(String name, String mediaType, String extension) {
            this.name = name;
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String formatName() {
            return name;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        /** The format a request names (case-insensitive), or empty. */
        public static Optional<Format> named(String name) {
            if (name == null) {
                return Optional.empty();
            }
            String lower = name.strip().toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (f.name.equals(lower)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    public static final List<String> NODE_COLUMNS = List.of("id", "label", "name", "hop");
    public static final List<String> TIE_COLUMNS = List.of("src", "type", "dst", "since", "weight", "confidence");

    private GraphExports() {
    }

    public static void write(Neighbourhood neighbourhood, Format format, Writer out) {
        try {
            switch (format) {
                case GRAPHML -> graphMl(neighbourhood, out);
                case GEXF -> gexf(neighbourhood, out);
                case CSV_NODES -> nodesCsv(neighbourhood, out);
                case CSV_TIES -> tiesCsv(neighbourhood, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
        }
    }

    /** The neighbourhood as a directed multigraph on entity ids, edges numbered in the order of its ties. */
    private record Built(Graph<String, Integer> graph, Map<String, Neighbourhood.Member> members, List<Neighbourhood.Tie> ties) {
    }

    private static Built build(Neighbourhood neighbourhood) {
        Graph<String, Integer> graph = GraphTypeBuilder.<String, Integer>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).weighted(false).buildGraph();
        Map<String, Neighbourhood.Member> members = new LinkedHashMap<>();
        for (Neighbourhood.Member m : neighbourhood.nodes()) {
            members.put(m.id(), m);
            graph.addVertex(m.id());
        }
        List<Neighbourhood.Tie> ties = neighbourhood.ties();
        for (int i = 0; i < ties.size(); i++) {
            Neighbourhood.Tie t = ties.get(i);
            graph.addEdge(t.src(), t.dst(), i); // every tie joins two members (NeighbourhoodExpansion)
        }
        return new Built(graph, members, ties);
    }

    private static Map<String, Attribute> nodeAttributes(Neighbourhood.Member m) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(m.label() == null ? "" : m.label()));
        attributes.put("name", DefaultAttribute.createAttribute(m.name() == null ? "" : m.name()));
        attributes.put("hop", DefaultAttribute.createAttribute(m.hop()));
        return attributes;
    }

    private static Map<String, Attribute> tieAttributes(Neighbourhood.Tie t) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("type", DefaultAttribute.createAttribute(t.type()));
        attributes.put("since", DefaultAttribute.createAttribute(t.since() == null ? "" : t.since()));
        attributes.put("weight", DefaultAttribute.createAttribute(t.weight()));
        attributes.put("confidence", DefaultAttribute.createAttribute(t.confidence()));
        return attributes;
    }

    private static void graphMl(Neighbourhood neighbourhood, Writer out) {
        Built built = build(neighbourhood);
        GraphMLExporter<String, Integer> exporter = new GraphMLExporter<>(id -> id);
        exporter.setEdgeIdProvider(i -> "t" + i);
        exporter.setEdgeWeightAttributeName("jgraphtWeight"); // "weight" is ours: the tie's recorded weight
        exporter.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("name", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("hop", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("type", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("since", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("weight", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        exporter.registerAttribute("confidence", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        exporter.setVertexAttributeProvider(id -> nodeAttributes(built.members().get(id)));
        exporter.setEdgeAttributeProvider(i -> tieAttributes(built.ties().get(i)));
        exporter.exportGraph(built.graph(), out);
    }

    /**
     * GEXF reserves a node's {@code label} and an edge's {@code label}, {@code type} and {@code weight}: the node's label
     * is its name (or id, for tools to show), its kind is the attribute {@code kind}; an edge's label and the attribute
     * {@code relationship} are the tie's type, its weight GEXF's own.
     */
    private static void gexf(Neighbourhood neighbourhood, Writer out) {
        Built built = build(neighbourhood);
        Graph<String, Integer> weighted = GraphTypeBuilder.<String, Integer>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).weighted(true).buildGraph();
        built.graph().vertexSet().forEach(weighted::addVertex);
        for (Integer i : built.graph().edgeSet()) {
            weighted.addEdge(built.graph().getEdgeSource(i), built.graph().getEdgeTarget(i), i);
            weighted.setEdgeWeight(i, built.ties().get(i).weight());
        }
        GEXFExporter<String, Integer> exporter = new GEXFExporter<>(id -> id, i -> "t" + i);
        exporter.setCreator("Kyosei");
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        exporter.registerAttribute("kind", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute("name", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute("hop", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
        exporter.registerAttribute("relationship", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute("since", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute("confidence", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
        exporter.setVertexAttributeProvider(id -> {
            Neighbourhood.Member m = built.members().get(id);
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", DefaultAttribute.createAttribute(m.name() == null || m.name().isBlank() ? m.id() : m.name()));
            attributes.put("kind", DefaultAttribute.createAttribute(m.label() == null ? "" : m.label()));
            attributes.put("name", DefaultAttribute.createAttribute(m.name() == null ? "" : m.name()));
            attributes.put("hop", DefaultAttribute.createAttribute(m.hop()));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(i -> {
            Neighbourhood.Tie t = built.ties().get(i);
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", DefaultAttribute.createAttribute(t.type()));
            attributes.put("relationship", DefaultAttribute.createAttribute(t.type()));
            attributes.put("since", DefaultAttribute.createAttribute(t.since() == null ? "" : t.since()));
            attributes.put("confidence", DefaultAttribute.createAttribute(t.confidence()));
            return attributes;
        });
        exporter.exportGraph(weighted, out);
    }

    private static void nodesCsv(Neighbourhood neighbourhood, Writer out) throws IOException {
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(NODE_COLUMNS.toArray(String[]::new)).get().print(out);
        for (Neighbourhood.Member m : neighbourhood.nodes()) {
            csv.printRecord(cell(m.id()), cell(m.label()), cell(m.name()), m.hop());
        }
        csv.flush();
    }

    private static void tiesCsv(Neighbourhood neighbourhood, Writer out) throws IOException {
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(TIE_COLUMNS.toArray(String[]::new)).get().print(out);
        for (Neighbourhood.Tie t : neighbourhood.ties()) {
            csv.printRecord(cell(t.src()), cell(t.type()), cell(t.dst()), cell(t.since()), t.weight(), t.confidence());
        }
        csv.flush();
    }

    /** A text cell, never read by a spreadsheet as a formula. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
