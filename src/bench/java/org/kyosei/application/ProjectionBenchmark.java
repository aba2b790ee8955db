package org.kyosei.application;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.kyosei.analytics.bench.CommunityGraphGenerator;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.ingest.ImportProgress;
import org.kyosei.projection.Projection;
import org.kyosei.projection.ProjectionSpec;
import org.kyosei.store.GraphConnection;
import org.kyosei.application.port.GraphTarget;
import org.kyosei.wiring.KyoseiContext;
import org.kyosei.store.Neo4jProjector;

/**
 * Benchmark of loading a projection from the embedded store: builds (once, and keeps) a store of {@code N}
 * people joined by {@code M} CONTACT relationships shaped like community contact graphs, then times the
 * whole-graph projection a few times and reports memory per edge.
 *
 * <p>Run: {@code java -Xmx12g -Dkyosei.pagecache.mb=4096 --add-opens=java.base/java.nio=ALL-UNNAMED
 * --add-opens=java.base/sun.nio.ch=ALL-UNNAMED -cp … org.kyosei.application.ProjectionBenchmark [NODES RELATIONSHIPS [STORE]]}
 * (defaults 1,000,000 and 10,000,000; the store defaults to a folder under the system temp dir). Pass the
 * {@code --add-opens} flags the {@code kyosei} launcher passes: without them Neo4j's page cache runs in its slower
 * fallback mode (a heap buffer per page read). Each run prints wall, process CPU (embedded server included) and GC
 * time; on a shared machine compare CPU. Projection 1 is the one a one-shot command such as {@code kyosei analyze}
 * gets (a fresh JVM: JIT compilation of the Cypher planner and runtime, Bolt and the driver competes with the
 * reading for the cores); the store's start is timed apart. {@code -Dkyosei.bench.repeats=N} (default 3) and
 * {@code -Dkyosei.bench.sessions=N} (default: one per core) change how many projections run and how many
 * sessions read in parallel; {@code -Dkyosei.pagecache.mb=N} sizes the store's page cache (default 1024), as
 * {@code KYOSEI_PAGECACHE_MB} does for the product.
 */
public final class ProjectionBenchmark {
    private static final long SEED = 7;
    private static final int REPEATS = 3;
    private static final long PAGE_CACHE_MB = Long.getLong("kyosei.pagecache.mb", GraphTarget.DEFAULT_PAGE_CACHE_MB);

    private ProjectionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long relationships = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        Path store = args.length > 2 ? Path.of(args[2])
                : Path.of(System.getProperty("java.io.tmpdir"), "kyosei-projection-" + nodes + "-" + relationships);
        System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (!Files.exists(store.resolve("data/databases/neo4j"))) {
            build(nodes, relationships, store);
        }
        long openStart = System.nanoTime();
        try (GraphConnection graph = GraphConnection.open(GraphTarget.embedded(store, PAGE_CACHE_MB))) {
            System.out.printf(Locale.ROOT, "store started in %.1f s%n", (System.nanoTime() - openStart) / 1e9);
            Neo4jProjector projector = new Neo4jProjector(graph.driver(),
                    Integer.getInteger("kyosei.bench.sessions", Runtime.getRuntime().availableProcessors()));
            for (int run = 1; run <= Integer.getInteger("kyosei.bench.repeats", REPEATS); run++) {
                long cpuBefore = processCpuNanos();
                long gcBefore = gcMillis();
                Projection projection = projector.project(ProjectionSpec.wholeGraph(LocalDate.now()));
                System.out.printf(Locale.ROOT, "projection %d: %,d nodes, %,d relationships read, %,d edges, %.1f s wall, "
                                + "%.1f s CPU, %.1f s GC, %.1f bytes/edge%n",
                        run, projection.ids().size(), projection.relationshipsRead(), projection.graph().edgeCount(),
                        projection.loadMillis() / 1000.0, (processCpuNanos() - cpuBefore) / 1e9,
                        (gcMillis() - gcBefore) / 1000.0, projection.bytesPerEdge());
            }
        }
    }

    private static void build(int nodes, long relationships, Path store) throws IOException {
        long start = System.nanoTime();
        CsrGraph graph = CommunityGraphGenerator.generate(nodes, relationships, SEED).graph();
        Path dataset = Files.createDirectories(store.resolveSibling(store.getFileName() + "-dataset"));
        try (Writer people = Files.newBufferedWriter(dataset.resolve("individuals.csv"), StandardCharsets.UTF_8);
             Writer contacts = Files.newBufferedWriter(dataset.resolve("relations.csv"), StandardCharsets.UTF_8)) {
            people.write("id\n");
            contacts.write("src,type,dst,since,until,weight,source,confidence\n");
            for (int u = 0; u < graph.nodeCount(); u++) {
                people.write(id(u) + "\n");
                for (int e = graph.firstEdge(u); e < graph.endEdge(u); e++) {
                    int v = graph.targets()[e];
                    if (u < v) {
                        contacts.write(id(u) + ",CONTACT," + id(v) + ",2025-01-0" + (1 + (u + v) % 9) + ",,"
                                + (graph.weights() == null ? 1 : (int) graph.weights()[e]) + ",bench,1\n");
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "dataset written in %.1f s; importing into %s%n", (System.nanoTime() - start) / 1e9, store);
        long importStart = System.nanoTime();
        ImportService.Outcome outcome = KyoseiContext.importer(GraphTarget.embedded(store, PAGE_CACHE_MB), 10_000, 1)
                .importDataset(dataset, dataset.resolve("rejects.csv"), ImportProgress.NONE, ImportService.Mode.BULK);
        System.out.printf(Locale.ROOT, "imported %,d rows in %.1f s%n", outcome.report().imported(),
                (System.nanoTime() - importStart) / 1e9);
    }

    /**
     * CPU time (user + system) of the whole process, embedded server included: on a shared machine this is
     * steadier than wall time.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Total time all collectors reported so far (pauses, and concurrent cycles for collectors that count them). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static String id(int node) {
        return String.format(Locale.ROOT, "N%07d", node);
    }
}
