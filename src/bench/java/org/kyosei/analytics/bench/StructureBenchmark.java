package org.kyosei.analytics.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.kyosei.analytics.community.Communities;
import org.kyosei.analytics.community.LabelPropagation;
import org.kyosei.analytics.community.Louvain;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.structure.BfsConnectedComponents;
import org.kyosei.analytics.structure.Components;
import org.kyosei.analytics.structure.CutElements;
import org.kyosei.analytics.structure.HopcroftTarjanCutElements;

/**
 * Times connected components, Louvain, label propagation and articulation points on planted
 * partition graphs (groups of 100, 80% of edges inside), ours against JGraphT where JGraphT has
 * the algorithm and finishes in reasonable time, and prints a table.
 *
 * <p>Usage: {@code java -Xmx8g -cp ... org.kyosei.analytics.bench.StructureBenchmark [nodes:edges ...]
 * [--repeats R] [--jgrapht-greedy-max-nodes N] [--jgrapht-lpa-max-nodes N]}; default sizes {@code 100000:490000} and
 * {@code 1000000:5000000}. Each of our timings is the best of R runs (default 3) after one warm-up
 * run; JGraphT runs once. JGraphT 1.5.3 has no Louvain: its greedy modularity
 * (Clauset–Newman–Moore) stands in, only up to the node limit given (default 0: skipped — on the
 * 100,000-node graph it had not finished after ten minutes); JGraphT's label propagation runs up
 * to 100,000 nodes by default (about 40 s there).
 */
public final class StructureBenchmark {

    private static final int GROUP_SIZE = 100;
    private static final double P_INSIDE = 0.8;
    private static final long SEED = 1;

    private StructureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<long[]> sizes = new ArrayList<>();
        int repeats = 3;
        int greedyMaxNodes = 0;
        int jgraphtLpaMaxNodes = 100_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--jgrapht-greedy-max-nodes" -> greedyMaxNodes = Integer.parseInt(args[++i]);
                case "--jgrapht-lpa-max-nodes" -> jgraphtLpaMaxNodes = Integer.parseInt(args[++i]);
                default -> {
                    String[] parts = args[i].split(":");
                    sizes.add(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
                }
            }
        }
        if (sizes.isEmpty()) {
            sizes.add(new long[] {100_000, 490_000});
            sizes.add(new long[] {1_000_000, 5_000_000});
        }
        System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (long[] size : sizes) {
            run((int) size[0], size[1], repeats, greedyMaxNodes, jgraphtLpaMaxNodes);
        }
    }

    private static void run(int nodes, long edges, int repeats, int greedyMaxNodes, int jgraphtLpaMaxNodes) {
        long t0 = System.nanoTime();
        CsrGraph graph = new PlantedPartitionGenerator(nodes, GROUP_SIZE, edges, P_INSIDE, SEED).generate();
        double generateMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf(Locale.ROOT, "%n== planted partition: %,d nodes, %,d edges (groups of %d, %.0f%% inside), "
                + "generated in %.0f ms%n", graph.nodeCount(), graph.edgeCount(), GROUP_SIZE, P_INSIDE * 100, generateMs);
        System.out.printf(Locale.ROOT, "%-28s %12s  %s%n", "algorithm", "best ms", "result");

        Timed<Components> cc = best(repeats, () -> new BfsConnectedComponents().compute(graph));
        row("components (ours, BFS)", cc.ms, cc.value.count() + " components, largest " + cc.value.largestSize());
        Timed<CutElements> cut = best(repeats, () -> new HopcroftTarjanCutElements().compute(graph));
        row("articulation+bridges (ours)", cut.ms, cut.value.articulationPoints().length + " cut vertices, "
                + cut.value.bridges().size() + " bridges");
        Timed<Communities> louvain = best(repeats, () -> new Louvain(SEED).detect(graph));
        row("Louvain (ours, seq.)", louvain.ms, describe(louvain.value));
        Timed<Communities> lpa = best(repeats, () -> new LabelPropagation(SEED).detect(graph));
        row("label propagation (ours, 1t)", lpa.ms, describe(lpa.value));
        int cores = Runtime.getRuntime().availableProcessors();
        Timed<Communities> lpaParallel = best(repeats,
                () -> new LabelPropagation(SEED, LabelPropagation.MAX_ITERATIONS_DEFAULT, false, cores).detect(graph));
        row("label propagation (ours, " + cores + "t)", lpaParallel.ms, describe(lpaParallel.value));

        long tView = System.nanoTime();
        Graph<Integer, Integer> view = graph.asJGraphT();
        row("JGraphT view (asJGraphT)", (System.nanoTime() - tView) / 1e6, "SparseIntUndirectedWeightedGraph");
        Timed<Integer> jcc = once(() -> new ConnectivityInspector<>(view).connectedSets().size());
        row("components (JGraphT)", jcc.ms, jcc.value + " components");
        Timed<Integer> jcut = once(() -> onBigStack(() -> new BiconnectivityInspector<>(view).getCutpoints().size()));
        row("articulation (JGraphT)", jcut.ms, jcut.value + " cut vertices");
        if (graph.nodeCount() <= greedyMaxNodes) {
            Timed<Double> greedy = once(() -> {
                var clusters = new GreedyModularityAlgorithm<>(view).getClustering().getClusters();
                return new UndirectedModularityMeasurer<>(view).modularity(clusters);
            });
            row("greedy modularity (JGraphT)", greedy.ms, String.format(Locale.ROOT, "Q=%.4f", greedy.value));
        } else {
            row("greedy modularity (JGraphT)", Double.NaN, "skipped (--jgrapht-greedy-max-nodes " + greedyMaxNodes + ")");
        }
        if (graph.nodeCount() <= jgraphtLpaMaxNodes) {
            Timed<Integer> jlpa = once(() -> new LabelPropagationClustering<>(view, new Random(SEED))
                    .getClustering().getNumberClusters());
            row("label propagation (JGraphT)", jlpa.ms, jlpa.value + " communities");
        } else {
            row("label propagation (JGraphT)", Double.NaN, "skipped (--jgrapht-lpa-max-nodes " + jgraphtLpaMaxNodes + ")");
        }
    }

    private static String describe(Communities c) {
        return String.format(Locale.ROOT, "Q=%.4f, %d communities", c.modularity(), c.count());
    }

    private static void row(String name, double ms, String result) {
        System.out.printf(Locale.ROOT, "%-28s %12s  %s%n", name, Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.0f", ms),
                result);
    }

    private record Timed<T>(double ms, T value) {
    }

    private static <T> Timed<T> best(int repeats, Supplier<T> task) {
        task.get(); // warm-up
        double best = Double.POSITIVE_INFINITY;
        T value = null;
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            value = task.get();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return new Timed<>(best, value);
    }

    private static <T> Timed<T> once(Supplier<T> task) {
        long start = System.nanoTime();
        T value = task.get();
        return new Timed<>((System.nanoTime() - start) / 1e6, value);
    }

    /** JGraphT's biconnectivity search recurses once per DFS level: give it a large stack. */
    private static <T> T onBigStack(Supplier<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(task.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "big-stack", 4L << 30);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("JGraphT run failed: " + failure.get(), failure.get());
        }
        return result.get();
    }
}
