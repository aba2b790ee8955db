package org.kyosei.analytics.centrality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.generate.BarabasiAlbertGraphGenerator;
import org.jgrapht.generate.GnpRandomGraphGenerator;
import org.jgrapht.generate.NamedGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.CsrGraphBuilder;
import org.kyosei.analytics.graph.EdgeAggregation;

/** Small named graphs and seeded random graphs, as {@link CsrGraph} and as JGraphT graphs. */
final class TestGraphs {

    private TestGraphs() {
    }

    /** A graph on {@code n} nodes from pairs {@code u, v, u, v, ...}. */
    static CsrGraph of(int n, int... pairs) {
        CsrGraphBuilder builder = CsrGraph.builder(n);
        for (int i = 0; i < pairs.length; i += 2) {
            builder.addEdge(pairs[i], pairs[i + 1]);
        }
        return builder.build(EdgeAggregation.MAX);
    }

    static CsrGraph empty() {
        return of(0);
    }

    static CsrGraph single() {
        return of(1);
    }

    static CsrGraph k2() {
        return of(2, 0, 1);
    }

    /** {@code 0 - 1 - ... - (n-1)}. */
    static CsrGraph path(int n) {
        CsrGraphBuilder builder = CsrGraph.builder(n);
        for (int v = 0; v + 1 < n; v++) {
            builder.addEdge(v, v + 1);
        }
        return builder.build(EdgeAggregation.MAX);
    }

    /** Centre 0 and leaves {@code 1..leaves}. */
    static CsrGraph star(int leaves) {
        CsrGraphBuilder builder = CsrGraph.builder(leaves + 1);
        for (int v = 1; v <= leaves; v++) {
            builder.addEdge(0, v);
        }
        return builder.build(EdgeAggregation.MAX);
    }

    static CsrGraph cycle(int n) {
        CsrGraphBuilder builder = CsrGraph.builder(n);
        for (int v = 0; v < n; v++) {
            builder.addEdge(v, (v + 1) % n);
        }
        return builder.build(EdgeAggregation.MAX);
    }

    /** Triangle {0,1,2}, path 3 - 4 - 5, isolated node 6. */
    static CsrGraph disconnected() {
        return of(7, 0, 1, 1, 2, 2, 0, 3, 4, 4, 5);
    }

    /**
     * Zachary's karate club (78 edges) numbered as in NetworkX's {@code karate_club_graph()} and
     * igraph's {@code Graph.Famous("Zachary")}: node 0 is the instructor, node 33 the
     * administrator. (JGraphT's {@code NamedGraphGenerator} numbers the same graph differently.)
     */
    static CsrGraph karateNetworkX() {
        return of(34, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0, 10, 0, 11, 0, 12, 0, 13, 0, 17, 0, 19,
                0, 21, 0, 31, 1, 2, 1, 3, 1, 7, 1, 13, 1, 17, 1, 19, 1, 21, 1, 30, 2, 3, 2, 7, 2, 27, 2, 28, 2, 32,
                2, 9, 2, 8, 2, 13, 3, 7, 3, 12, 3, 13, 4, 6, 4, 10, 5, 6, 5, 10, 5, 16, 6, 16, 8, 30, 8, 32, 8, 33,
                9, 33, 13, 33, 14, 32, 14, 33, 15, 32, 15, 33, 18, 32, 18, 33, 19, 33, 20, 32, 20, 33, 22, 32,
                22, 33, 23, 25, 23, 27, 23, 32, 23, 33, 23, 29, 24, 25, 24, 27, 24, 31, 25, 31, 26, 29, 26, 33,
                27, 33, 28, 31, 28, 33, 29, 32, 29, 33, 30, 32, 30, 33, 31, 32, 31, 33, 32, 33);
    }

    static Graph<Integer, DefaultEdge> karateJGraphT() {
        Graph<Integer, DefaultEdge> graph = simple();
        new NamedGraphGenerator<Integer, DefaultEdge>().generateZacharyKarateClubGraph(graph);
        return graph;
    }

    static Graph<Integer, DefaultEdge> simple() {
        return new SimpleGraph<>(SupplierUtil.createIntegerSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
    }

    static Graph<Integer, DefaultWeightedEdge> simpleWeighted() {
        return new SimpleWeightedGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_WEIGHTED_EDGE_SUPPLIER);
    }

    /** G(n, p) with a seed. */
    static Graph<Integer, DefaultEdge> gnp(int n, double p, long seed) {
        Graph<Integer, DefaultEdge> graph = simple();
        new GnpRandomGraphGenerator<Integer, DefaultEdge>(n, p, seed).generateGraph(graph);
        return graph;
    }

    /** Barabási–Albert: {@code m0} initial nodes, {@code m} edges per new node, {@code n} nodes. */
    static Graph<Integer, DefaultEdge> barabasiAlbert(int m0, int m, int n, long seed) {
        Graph<Integer, DefaultEdge> graph = simple();
        new BarabasiAlbertGraphGenerator<Integer, DefaultEdge>(m0, m, n, new Random(seed)).generateGraph(graph);
        return graph;
    }

    /** G(n, p) with weights from {@code weights} (a seeded draw per edge). */
    static Graph<Integer, DefaultWeightedEdge> weightedGnp(int n, double p, long seed, WeightDraw weights) {
        Graph<Integer, DefaultWeightedEdge> graph = simpleWeighted();
        new GnpRandomGraphGenerator<Integer, DefaultWeightedEdge>(n, p, seed).generateGraph(graph);
        Random random = new Random(seed + 1);
        for (DefaultWeightedEdge edge : graph.edgeSet()) {
            graph.setEdgeWeight(edge, weights.draw(random));
        }
        return graph;
    }

    /** How a random edge weight is drawn. */
    @FunctionalInterface
    interface WeightDraw {
        double draw(Random random);

        /** Integers 1..5: many ties between path lengths. */
        WeightDraw SMALL_INTEGERS = random -> 1 + random.nextInt(5);
        /** Uniform in [0.5, 3): ties are unlikely. */
        WeightDraw CONTINUOUS = random -> 0.5 + 2.5 * random.nextDouble();
    }

    /** A JGraphT graph as a {@link CsrGraph}; vertex {@code ids.get(i)} becomes node {@code i}. */
    static <E> Converted toCsr(Graph<Integer, E> graph) {
        List<Integer> ids = new ArrayList<>(graph.vertexSet());
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        CsrGraphBuilder builder = CsrGraph.builder(ids.size());
        for (E edge : graph.edgeSet()) {
            builder.addEdge(index.get(graph.getEdgeSource(edge)), index.get(graph.getEdgeTarget(edge)),
                    graph.getEdgeWeight(edge));
        }
        return new Converted(builder.build(EdgeAggregation.MAX), ids);
    }

    /** A converted graph and the JGraphT vertex of each node. */
    record Converted(CsrGraph csr, List<Integer> ids) {
        /** JGraphT's scores in node order. */
        double[] inNodeOrder(Map<Integer, ? extends Number> scores) {
            double[] values = new double[ids.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = scores.get(ids.get(i)).doubleValue();
            }
            return values;
        }
    }
}
