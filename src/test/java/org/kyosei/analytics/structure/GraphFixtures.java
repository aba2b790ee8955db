package org.kyosei.analytics.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.generate.GnpRandomGraphGenerator;
import org.jgrapht.generate.NamedGraphGenerator;
import org.jgrapht.generate.PlantedPartitionGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.CsrGraphBuilder;
import org.kyosei.analytics.graph.EdgeAggregation;

/** Small graphs by shape, shared by the analytics tests. */
public final class GraphFixtures {

    private GraphFixtures() {
    }

    public static CsrGraph empty() {
        return CsrGraph.builder(0).build(EdgeAggregation.MAX);
    }

    public static CsrGraph single() {
        return CsrGraph.builder(1).build(EdgeAggregation.MAX);
    }

    public static CsrGraph k2() {
        return CsrGraph.builder(2).addEdge(0, 1).build(EdgeAggregation.MAX);
    }

    /** 0 - 1 - ... - (n-1). */
    public static CsrGraph path(int n) {
        CsrGraphBuilder b = CsrGraph.builder(n);
        for (int v = 0; v + 1 < n; v++) {
            b.addEdge(v, v + 1);
        }
        return b.build(EdgeAggregation.MAX);
    }

    /** Centre 0 joined to leaves 1..leaves. */
    public static CsrGraph star(int leaves) {
        CsrGraphBuilder b = CsrGraph.builder(leaves + 1);
        for (int v = 1; v <= leaves; v++) {
            b.addEdge(0, v);
        }
        return b.build(EdgeAggregation.MAX);
    }

    /** 0 - 1 - ... - (n-1) - 0. */
    public static CsrGraph cycle(int n) {
        CsrGraphBuilder b = CsrGraph.builder(n);
        for (int v = 0; v < n; v++) {
            b.addEdge(v, (v + 1) % n);
        }
        return b.build(EdgeAggregation.MAX);
    }

    /** Triangle {0, 1, 2}, edge {3, 4}, isolated node 5. */
    public static CsrGraph disconnected() {
        return CsrGraph.builder(6).addEdge(0, 1).addEdge(1, 2).addEdge(0, 2).addEdge(3, 4).build(EdgeAggregation.MAX);
    }

    /** Builds a graph from edges given as {u, v} pairs. */
    public static CsrGraph of(int n, int[]... edges) {
        CsrGraphBuilder b = CsrGraph.builder(n);
        for (int[] e : edges) {
            b.addEdge(e[0], e[1]);
        }
        return b.build(EdgeAggregation.MAX);
    }

    /**
     * Zachary's karate club (78 edges), members 1..34 as nodes 0..33: NetworkX's
     * {@code karate_club_graph()} numbering, so NetworkX's published values apply node by node.
     * {@code GraphFixturesTest} checks it is isomorphic to JGraphT's {@link #karateFromJGraphT()}.
     */
    public static CsrGraph karate() {
        return of(34, KARATE_EDGES);
    }

    private static final int[][] KARATE_EDGES = {
        {0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {0, 6}, {0, 7}, {0, 8}, {0, 10}, {0, 11}, {0, 12}, {0, 13},
        {0, 17}, {0, 19}, {0, 21}, {0, 31}, {1, 2}, {1, 3}, {1, 7}, {1, 13}, {1, 17}, {1, 19}, {1, 21},
        {1, 30}, {2, 3}, {2, 7}, {2, 8}, {2, 9}, {2, 13}, {2, 27}, {2, 28}, {2, 32}, {3, 7}, {3, 12},
        {3, 13}, {4, 6}, {4, 10}, {5, 6}, {5, 10}, {5, 16}, {6, 16}, {8, 30}, {8, 32}, {8, 33}, {9, 33},
        {13, 33}, {14, 32}, {14, 33}, {15, 32}, {15, 33}, {18, 32}, {18, 33}, {19, 33}, {20, 32},
        {20, 33}, {22, 32}, {22, 33}, {23, 25}, {23, 27}, {23, 29}, {23, 32}, {23, 33}, {24, 25},
        {24, 27}, {24, 31}, {25, 31}, {26, 29}, {26, 33}, {27, 33}, {28, 31}, {28, 33}, {29, 32},
        {29, 33}, {30, 32}, {30, 33}, {31, 32}, {31, 33}, {32, 33}};

    /** Zachary's karate club as JGraphT's {@code NamedGraphGenerator} numbers it (its own vertex order). */
    public static CsrGraph karateFromJGraphT() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new NamedGraphGenerator<Integer, DefaultEdge>().generateZacharyKarateClubGraph(g);
        return fromJGraphT(g);
    }

    /** G(n, p) from JGraphT's generator, seeded. */
    public static CsrGraph gnp(int n, double p, long seed) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new GnpRandomGraphGenerator<Integer, DefaultEdge>(n, p, seed).generateGraph(g);
        return fromJGraphT(g);
    }

    /** G(n, p) with weights drawn uniformly from [1, 10), seeded. */
    public static CsrGraph weightedGnp(int n, double p, long seed) {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_WEIGHTED_EDGE_SUPPLIER);
        new GnpRandomGraphGenerator<Integer, DefaultWeightedEdge>(n, p, seed).generateGraph(g);
        java.util.Random random = new java.util.Random(seed);
        for (DefaultWeightedEdge e : g.edgeSet()) {
            g.setEdgeWeight(e, 1 + 9 * random.nextDouble());
        }
        return fromJGraphT(g);
    }

    /** A planted partition graph and its planted groups. */
    public record Planted(CsrGraph graph, int[] groups) {
    }

    public static Planted plantedPartition(int groups, int size, double pIn, double pOut, long seed) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        PlantedPartitionGraphGenerator<Integer, DefaultEdge> generator =
                new PlantedPartitionGraphGenerator<>(groups, size, pIn, pOut, seed);
        generator.generateGraph(g);
        Map<Integer, Integer> index = index(g);
        int[] labels = new int[g.vertexSet().size()];
        List<java.util.Set<Integer>> communities = generator.getCommunities();
        for (int c = 0; c < communities.size(); c++) {
            for (int v : communities.get(c)) {
                labels[index.get(v)] = c;
            }
        }
        return new Planted(fromJGraphT(g), labels);
    }

    /** A JGraphT {@code SimpleGraph} copy (for algorithms that insist on a simple graph type). */
    public static Graph<Integer, DefaultEdge> toSimpleJGraphT(CsrGraph graph) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < graph.nodeCount(); v++) {
            g.addVertex(v);
        }
        for (int u = 0; u < graph.nodeCount(); u++) {
            for (int e = graph.firstEdge(u); e < graph.endEdge(u); e++) {
                if (u < graph.targets()[e]) {
                    g.addEdge(u, graph.targets()[e]);
                }
            }
        }
        return g;
    }

    /** Nodes numbered by ascending vertex, weights from the JGraphT graph. */
    public static <E> CsrGraph fromJGraphT(Graph<Integer, E> g) {
        Map<Integer, Integer> index = index(g);
        CsrGraphBuilder b = CsrGraph.builder(index.size());
        for (E e : g.edgeSet()) {
            b.addEdge(index.get(g.getEdgeSource(e)), index.get(g.getEdgeTarget(e)), g.getEdgeWeight(e));
        }
        return b.build(EdgeAggregation.MAX);
    }

    private static <E> Map<Integer, Integer> index(Graph<Integer, E> g) {
        List<Integer> vertices = new ArrayList<>(g.vertexSet());
        vertices.sort(null);
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        return index;
    }
}
