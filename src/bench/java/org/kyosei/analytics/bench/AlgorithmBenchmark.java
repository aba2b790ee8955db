package org.kyosei.analytics.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedGraph;
import org.kyosei.analytics.centrality.BetweennessCentrality;
import org.kyosei.analytics.centrality.ClosenessCentrality;
import org.kyosei.analytics.centrality.ConnectedComponents;
import org.kyosei.analytics.centrality.CoreDecomposition;
import org.kyosei.analytics.centrality.EigenvectorCentrality;
import org.kyosei.analytics.centrality.HarmonicCentrality;
import org.kyosei.analytics.centrality.KatzCentrality;
import org.kyosei.analytics.centrality.NodeScores;
import org.kyosei.analytics.centrality.PageRank;
import org.kyosei.analytics.centrality.SourceSelection;
import org.kyosei.analytics.centrality.Weighting;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.CsrGraphBuilder;
import org.kyosei.analytics.graph.EdgeAggregation;

/**
 * Times our centrality algorithms against JGraphT's on one generated community graph (see
 * {@link CommunityGraphGenerator}), checks that both agree, and prints a table. A runnable
 * program, not a unit test:
 *
 * <pre>
 * java -Xmx8g -cp target/classes:$(cat cp.txt) org.kyosei.analytics.bench.AlgorithmBenchmark \
 *     --nodes 10000 --edges 49000 --seed 1 --out target/bench-10k [--jgrapht-timeout-seconds 600]
 *     [--algorithms pagerank,coreness,...] [--concurrency N] [--sample 256] [--exact-limit 50000]
 *     [--runs 2] [--single-thread]
 * </pre>
 *
 * <p>{@code --runs R} reports the best of R runs of ours (JIT warm-up otherwise lands on the first
 * case); the JGraphT child also repeats runs shorter than {@value #REPEAT_BELOW_SECONDS} s.
 *
 * <p>Each JGraphT run happens in a child JVM (same classpath and heap limit) that reads
 * {@code DIR/edges.txt}, so one that exceeds {@code --jgrapht-timeout-seconds} is killed and
 * reported as skipped without disturbing later measurements. JGraphT runs single-threaded on
 * {@code jgrapht-opt}'s CSR graphs ({@code SparseIntUndirectedGraph}, or the weighted one for
 * weighted cases), its fastest representation. Times cover the algorithm only, not loading.
 *
 * <p>Writes {@code DIR/edges.txt} ({@code # nodes N edges M}, then {@code u v weight} per line, for
 * igraph: {@code src/bench/python/igraph_bench.py}), {@code DIR/ours-times.csv} and our scores as
 * little-endian doubles in {@code DIR/ours-CASE.bin} so the igraph script can check agreement.
 */
public final class AlgorithmBenchmark {

    private static final double KATZ_ALPHA_SHARE = 0.5;
    /** A JGraphT run taking longer than this is not repeated for --runs (JIT warm-up is noise then). */
    private static final double REPEAT_BELOW_SECONDS = 10.0;

    private final Options options;
    private final Map<String, double[]> ourScores = new HashMap<>();

    private AlgorithmBenchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("AlgorithmBenchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.worker != null) {
            runWorker(options);
        } else {
            new AlgorithmBenchmark(options).run();
        }
    }

    /** One benchmark case: ours, JGraphT's equivalent (or none), and how to compare them. */
    private record Case(String name, boolean exactOnly, Function<CsrGraph, NodeScores> ours,
            JGraphTRun jgrapht, double tolerance) {
    }

    @FunctionalInterface
    private interface JGraphTRun {
        double[] run(Graph<Integer, ?> graph, CsrGraph csr);
    }

    private List<Case> cases(int concurrency) {
        int k = options.sample;
        long seed = options.seed;
        List<Case> all = new ArrayList<>();
        all.add(new Case("pagerank", false,
                g -> new PageRank(0.85, 1e-9, 200, Weighting.UNWEIGHTED, concurrency).compute(g),
                // JGraphT stops on a per-node change of 1e-11, i.e. an L1 residual up to n * 1e-11 * d/(1-d)
                (j, g) -> scores(new org.jgrapht.alg.scoring.PageRank<>(j, 0.85, 200, 1e-11).getScores(), g),
                -1e-6));
        all.add(new Case("coreness", false, g -> new CoreDecomposition().compute(g),
                (j, g) -> scores(new org.jgrapht.alg.scoring.Coreness<>(j).getScores(), g), 0.0));
        all.add(new Case("components", false, AlgorithmBenchmark::ourComponents,
                (j, g) -> componentSizes(new ConnectivityInspector<>(j).connectedSets()), 0.0));
        all.add(new Case("betweenness", true,
                g -> new BetweennessCentrality(Weighting.UNWEIGHTED, SourceSelection.all(), concurrency).compute(g),
                (j, g) -> scores(new org.jgrapht.alg.scoring.BetweennessCentrality<>(j, false).getScores(), g),
                1e-9));
        all.add(new Case("betweenness-weighted", true,
                g -> new BetweennessCentrality(Weighting.WEIGHTED, SourceSelection.all(), concurrency).compute(g),
                (j, g) -> scores(new org.jgrapht.alg.scoring.BetweennessCentrality<>(j, false).getScores(), g),
                1e-9));
        all.add(new Case("betweenness-sampled", false,
                g -> new BetweennessCentrality(Weighting.UNWEIGHTED, SourceSelection.sample(k, seed), concurrency)
                        .compute(g),
                null, Double.NaN));
        all.add(new Case("closeness", true,
                g -> new ClosenessCentrality(Weighting.UNWEIGHTED, SourceSelection.all(), concurrency).compute(g),
                (j, g) -> scores(new org.jgrapht.alg.scoring.ClosenessCentrality<>(j, false, true).getScores(), g),
                1e-9));
        all.add(new Case("harmonic", true,
                g -> new HarmonicCentrality(Weighting.UNWEIGHTED, SourceSelection.all(), concurrency).compute(g),
                (j, g) -> scores(new org.jgrapht.alg.scoring.HarmonicCentrality<>(j, false, false).getScores(), g),
                1e-9));
        all.add(new Case("harmonic-sampled", false,
                g -> new HarmonicCentrality(Weighting.UNWEIGHTED, SourceSelection.sample(k, seed), concurrency)
                        .compute(g),
                null, Double.NaN));
        all.add(new Case("eigenvector", false,
                g -> new EigenvectorCentrality(1e-9, 1000, Weighting.UNWEIGHTED, concurrency).compute(g),
                (j, g) -> scores(new org.jgrapht.alg.scoring.EigenvectorCentrality<>(j, 1000, 1e-12).getScores(), g),
                1e-4));
        all.add(new Case("katz", false,
                g -> new KatzCentrality(katzAlpha(g), 1.0, 1e-9, 1000, Weighting.UNWEIGHTED, concurrency).compute(g),
                (j, g) -> scores(new org.jgrapht.alg.scoring.KatzCentrality<>(j, katzAlpha(g), 1000, 1e-12)
                        .getScores(), g),
                1e-6));
        return all;
    }

    /** Half of 1/(max degree): always convergent. */
    private static double katzAlpha(CsrGraph graph) {
        int max = 1;
        for (int v = 0; v < graph.nodeCount(); v++) {
            max = Math.max(max, graph.degree(v));
        }
        return KATZ_ALPHA_SHARE / max;
    }

    private static NodeScores ourComponents(CsrGraph graph) {
        ConnectedComponents components = ConnectedComponents.of(graph);
        double[] sizes = new double[components.count()];
        for (int c = 0; c < sizes.length; c++) {
            sizes[c] = components.size(c);
        }
        Arrays.sort(sizes);
        return new NodeScores("components", sizes, true, components.count() + " components");
    }

    private static double[] componentSizes(List<Set<Integer>> sets) {
        double[] sizes = new double[sets.size()];
        for (int c = 0; c < sizes.length; c++) {
            sizes[c] = sets.get(c).size();
        }
        Arrays.sort(sizes);
        return sizes;
    }

    private static double[] scores(Map<Integer, ? extends Number> scores, CsrGraph graph) {
        double[] values = new double[graph.nodeCount()];
        for (int v = 0; v < values.length; v++) {
            values[v] = scores.get(v).doubleValue();
        }
        return values;
    }

    private void run() throws Exception {
        Path out = options.out;
        Files.createDirectories(out);
        long start = System.nanoTime();
        CommunityGraphGenerator.Result generated = CommunityGraphGenerator.generate(options.nodes, options.edges,
                options.seed);
        CsrGraph graph = generated.graph();
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        writeEdges(graph, out.resolve("edges.txt"));
        ConnectedComponents components = ConnectedComponents.of(graph);
        int maxDegree = 0;
        for (int v = 0; v < graph.nodeCount(); v++) {
            maxDegree = Math.max(maxDegree, graph.degree(v));
        }
        System.out.printf(Locale.ROOT, "graph: %d nodes, %d edges, %d groups, %d components (largest %d),"
                        + " max degree %d, seed %d; generated in %.1f s; CSR %.1f MB%n",
                graph.nodeCount(), graph.edgeCount(), generated.groupCount(), components.count(),
                components.largestSize(), maxDegree, options.seed, generateSeconds, graph.memoryBytes() / 1e6);
        System.out.printf(Locale.ROOT, "machine: %d cores, heap max %.1f GB, Java %s; ours at concurrency %d%n%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e9,
                System.getProperty("java.version"), options.concurrency);

        List<String[]> rows = new ArrayList<>();
        StringBuilder times = new StringBuilder("algorithm,ours_seconds,nodes,edges\n");
        for (Case c : cases(options.concurrency)) {
            if (!options.algorithms.isEmpty() && !options.algorithms.contains(c.name)) {
                continue;
            }
            if (c.exactOnly && graph.nodeCount() > options.exactLimit) {
                continue;
            }
            Measured ours = measure(c, graph, options.concurrency);
            ourScores.put(c.name, ours.scores.scores());
            writeScores(out.resolve("ours-" + c.name + ".bin"), ours.scores.scores());
            String single = "";
            if (options.singleThread) {
                Measured one = measure(cases(1).stream().filter(x -> x.name.equals(c.name)).findFirst().orElseThrow(),
                        graph, 1);
                single = seconds(one.seconds);
            }
            String theirs;
            String theirsCpu = "-";
            String ratio;
            String check;
            if (c.jgrapht == null) {
                theirs = "n/a";
                ratio = "-";
                check = sampledCheck(c.name, ours.scores, graph.nodeCount());
            } else {
                JGraphTResult result = runJGraphT(c.name);
                if (result.seconds < 0) {
                    theirs = result.status;
                    ratio = "-";
                    check = "-";
                } else {
                    theirs = seconds(result.seconds);
                    theirsCpu = seconds(result.cpuSeconds);
                    // JGraphT's wall time over ours: > 1 means ours is faster
                    ratio = String.format(Locale.ROOT, "%.1fx", result.seconds / ours.seconds);
                    check = agreement(ours.scores.scores(), result.scores, c.tolerance);
                }
            }
            List<String> cells = new ArrayList<>(List.of(c.name, seconds(ours.seconds), seconds(ours.cpuSeconds)));
            if (options.singleThread) {
                cells.add(single);
            }
            cells.addAll(List.of(theirs, theirsCpu, ratio, check, String.format(Locale.ROOT, "%.0f", ours.peakHeapMb)));
            String[] row = cells.toArray(String[]::new);
            rows.add(row);
            System.out.println("  " + String.join(" | ", row) + "   [" + ours.scores.note() + "]");
            times.append(c.name).append(',').append(ours.seconds).append(',').append(graph.nodeCount()).append(',')
                    .append(graph.edgeCount()).append('\n');
        }
        Files.writeString(out.resolve("ours-times.csv"), times.toString());
        List<String> header = new ArrayList<>(List.of("algorithm", "ours (s)", "ours CPU (s)"));
        if (options.singleThread) {
            header.add("ours 1 thread (s)");
        }
        header.addAll(List.of("JGraphT (s)", "JGraphT CPU (s)", "ratio", "agreement", "heap peak ~MB"));
        System.out.println();
        System.out.println(table(header.toArray(String[]::new), rows));
    }

    private String sampledCheck(String name, NodeScores sampled, int n) {
        String exactName = name.replace("-sampled", "");
        double[] exact = ourScores.get(exactName);
        if (exact == null) {
            return "-";
        }
        double maxError = 0.0;
        for (int v = 0; v < exact.length; v++) {
            maxError = Math.max(maxError, Math.abs(sampled.scores()[v] - exact[v]));
        }
        if (name.startsWith("betweenness")) {
            double bound = BetweennessCentrality.errorBound(n, options.sample,
                    BetweennessCentrality.ERROR_BOUND_FAILURE_PROBABILITY / n);
            return String.format(Locale.ROOT, "max |err| %.3g vs exact (bound all nodes %.3g)", maxError, bound);
        }
        return String.format(Locale.ROOT, "max |err| %.3g vs exact", maxError);
    }

    /**
     * Largest relative difference, within {@code tolerance}; a negative tolerance means: compare
     * distributions by L1 distance, within {@code -tolerance} (PageRank converges in L1).
     */
    private static String agreement(double[] ours, double[] theirs, double tolerance) {
        if (ours.length != theirs.length) {
            return "DIFFER (length " + ours.length + " vs " + theirs.length + ")";
        }
        if (tolerance < 0) {
            double l1 = 0.0;
            for (int v = 0; v < ours.length; v++) {
                l1 += Math.abs(ours[v] - theirs[v]);
            }
            return String.format(Locale.ROOT, "%s (L1 distance %.1e)", l1 <= -tolerance ? "agree" : "DIFFER", l1);
        }
        double worst = 0.0;
        for (int v = 0; v < ours.length; v++) {
            double error = Math.abs(ours[v] - theirs[v]) / Math.max(1.0, Math.abs(theirs[v]));
            if (Math.abs(theirs[v]) < 1.0 && Math.abs(theirs[v]) > 0) {
                error = Math.abs(ours[v] - theirs[v]) / Math.abs(theirs[v]);
            }
            worst = Math.max(worst, error);
        }
        return String.format(Locale.ROOT, "%s (max rel err %.1e)", worst <= tolerance ? "agree" : "DIFFER", worst);
    }

    private record Measured(NodeScores scores, double seconds, double cpuSeconds, double peakHeapMb) {
    }

    /** CPU time of this process (all threads, including JIT and GC), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private Measured measure(Case c, CsrGraph graph, int concurrency) {
        NodeScores best = null;
        double bestSeconds = Double.POSITIVE_INFINITY;
        double bestCpu = Double.NaN;
        double peak = 0.0;
        for (int r = 0; r < options.runs; r++) {
            System.gc();
            List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            NodeScores scores = c.ours.apply(graph);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            peak = Math.max(peak, pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6);
            if (seconds < bestSeconds) {
                bestSeconds = seconds;
                bestCpu = cpu;
                best = scores;
            }
        }
        return new Measured(best, bestSeconds, bestCpu, peak);
    }

    private record JGraphTResult(double seconds, double cpuSeconds, double[] scores, String status) {
    }

    private JGraphTResult runJGraphT(String caseName) throws IOException, InterruptedException {
        Path log = options.out.resolve("jgrapht-" + caseName + ".log");
        Path scoresFile = options.out.resolve("jgrapht-" + caseName + ".bin");
        Files.deleteIfExists(scoresFile);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m", "-cp",
                System.getProperty("java.class.path"), AlgorithmBenchmark.class.getName(), "--worker", caseName,
                "--out", options.out.toString(), "--runs", String.valueOf(options.runs), "--sample",
                String.valueOf(options.sample), "--seed", String.valueOf(options.seed));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(options.jgraphtTimeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return new JGraphTResult(-1, -1, null, "skipped (>" + options.jgraphtTimeoutSeconds + " s)");
        }
        String output = Files.readString(log);
        int at = output.indexOf("JGRAPHT_SECONDS=");
        if (process.exitValue() != 0 || at < 0) {
            String last = output.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output");
            return new JGraphTResult(-1, -1, null, "failed: " + last);
        }
        double seconds = Double.parseDouble(output.substring(at + 16).lines().findFirst().orElseThrow().trim());
        int cpuAt = output.indexOf("JGRAPHT_CPU_SECONDS=");
        double cpu = Double.parseDouble(output.substring(cpuAt + 20).lines().findFirst().orElseThrow().trim());
        return new JGraphTResult(seconds, cpu, readScores(scoresFile), "ok");
    }

    /** Child JVM: load the edge list, run one JGraphT algorithm, report its time and scores. */
    private static void runWorker(Options options) throws IOException {
        AlgorithmBenchmark benchmark = new AlgorithmBenchmark(options);
        Case c = benchmark.cases(1).stream().filter(x -> x.name.equals(options.worker)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown case " + options.worker));
        CsrGraph csr = readEdges(options.out.resolve("edges.txt"));
        boolean weighted = c.name.endsWith("-weighted");
        Graph<Integer, ?> graph = weighted ? csr.asJGraphT() : unweightedJGraphT(csr);
        double seconds = Double.POSITIVE_INFINITY;
        double cpuSeconds = Double.NaN;
        double[] scores = null;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // like ours, the best of --runs, but a run longer than REPEAT_BELOW_SECONDS is not repeated
        for (int r = 0; r < options.runs; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            scores = c.jgrapht.run(graph, csr);
            double run = (System.nanoTime() - start) / 1e9;
            if (run < seconds) {
                seconds = run;
                cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            }
            if (run > REPEAT_BELOW_SECONDS) {
                break;
            }
        }
        writeScores(options.out.resolve("jgrapht-" + c.name + ".bin"), scores);
        System.out.println("JGRAPHT_SECONDS=" + seconds);
        System.out.println("JGRAPHT_CPU_SECONDS=" + cpuSeconds);
    }

    private static Graph<Integer, Integer> unweightedJGraphT(CsrGraph csr) {
        List<Pair<Integer, Integer>> edges = new ArrayList<>((int) csr.edgeCount());
        int[] targets = csr.targets();
        for (int u = 0; u < csr.nodeCount(); u++) {
            for (int e = csr.firstEdge(u); e < csr.endEdge(u); e++) {
                if (u < targets[e]) {
                    edges.add(Pair.of(u, targets[e]));
                }
            }
        }
        return new SparseIntUndirectedGraph(csr.nodeCount(), edges);
    }

    static void writeEdges(CsrGraph graph, Path file) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            writer.write("# nodes " + graph.nodeCount() + " edges " + graph.edgeCount() + "\n");
            int[] targets = graph.targets();
            double[] weights = graph.weights();
            StringBuilder line = new StringBuilder(32);
            for (int u = 0; u < graph.nodeCount(); u++) {
                for (int e = graph.firstEdge(u); e < graph.endEdge(u); e++) {
                    if (u < targets[e]) {
                        line.setLength(0);
                        line.append(u).append(' ').append(targets[e]).append(' ').append((long) weights[e])
                                .append('\n');
                        writer.append(line);
                    }
                }
            }
        }
    }

    static CsrGraph readEdges(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            String header = reader.readLine();
            String[] parts = header.split(" ");
            int nodes = Integer.parseInt(parts[2]);
            CsrGraphBuilder builder = CsrGraph.builder(nodes);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int a = line.indexOf(' ');
                int b = line.indexOf(' ', a + 1);
                builder.addEdge(Integer.parseInt(line, 0, a, 10), Integer.parseInt(line, a + 1, b, 10),
                        Double.parseDouble(line.substring(b + 1)));
            }
            return builder.build(EdgeAggregation.MAX);
        }
    }

    static void writeScores(Path file, double[] scores) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8 * scores.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asDoubleBuffer().put(scores);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    static double[] readScores(Path file) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            double[] scores = new double[buffer.remaining() / 8];
            buffer.asDoubleBuffer().get(scores);
            return scores;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, seconds < 0.01 ? "%.4f" : seconds < 10 ? "%.3f" : "%.1f", seconds);
    }

    static String table(String[] header, List<String[]> rows) {
        int[] widths = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            widths[i] = header[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, header, widths);
        String[] rule = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        appendRow(out, rule, widths);
        for (String[] row : rows) {
            appendRow(out, row, widths);
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String[] cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < cells.length; i++) {
            out.append(' ').append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" |");
        }
        out.append('\n');
    }

    /** Command-line options. */
    private static final class Options {
        int nodes = 10_000;
        long edges = 49_000;
        long seed = 1;
        Path out = Path.of("target", "bench");
        long jgraphtTimeoutSeconds = 600;
        int concurrency = Runtime.getRuntime().availableProcessors();
        int sample = 256;
        int exactLimit = 50_000;
        int runs = 1;
        boolean singleThread;
        List<String> algorithms = List.of();
        String worker;

        static Options parse(String[] args) {
            Options o = new Options();
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                String key = args[i];
                if (key.equals("--single-thread")) {
                    o.singleThread = true;
                    continue;
                }
                if (!key.startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --option value, got '" + key + "'");
                }
                values.put(key, args[++i]);
            }
            for (Map.Entry<String, String> entry : values.entrySet()) {
                String value = entry.getValue();
                try {
                    switch (entry.getKey()) {
                        case "--nodes" -> o.nodes = Integer.parseInt(value);
                        case "--edges" -> o.edges = Long.parseLong(value);
                        case "--seed" -> o.seed = Long.parseLong(value);
                        case "--out" -> o.out = Path.of(value);
                        case "--jgrapht-timeout-seconds" -> o.jgraphtTimeoutSeconds = Long.parseLong(value);
                        case "--concurrency" -> o.concurrency = Integer.parseInt(value);
                        case "--sample" -> o.sample = Integer.parseInt(value);
                        case "--exact-limit" -> o.exactLimit = Integer.parseInt(value);
                        case "--runs" -> o.runs = Integer.parseInt(value);
                        case "--algorithms" -> o.algorithms = List.of(value.split(","));
                        case "--worker" -> o.worker = value;
                        default -> throw new IllegalArgumentException("unknown option " + entry.getKey());
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(entry.getKey() + " needs a number, got '" + value + "'");
                }
            }
            if (o.runs < 1 || o.concurrency < 1 || o.sample < 1 || o.jgraphtTimeoutSeconds < 1) {
                throw new IllegalArgumentException(
                        "--runs, --concurrency, --sample and --jgrapht-timeout-seconds must be >= 1");
            }
            return o;
        }
    }
}
