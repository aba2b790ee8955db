package org.kyosei.detection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kyosei.store.GraphConnection;
import org.kyosei.store.GraphTarget;
import org.kyosei.store.Neo4jDetectionGraphLoader;

/** Temporary: scores of chosen indicators on a store, marked with the truth file. args: db data indicator... */
public class DebugScoresMain {
    public static void main(String[] args) throws Exception {
        Map<String, String> truth = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1], "truth.csv"))) {
            String[] f = line.split(",", 4);
            truth.merge(f[0], f[1], (a, b) -> a + "+" + b);
        }
        for (String line : Files.readAllLines(Path.of(args[1], "lookalikes.csv"))) {
            String[] f = line.split(",", 4);
            truth.merge(f[0], "LOOKALIKE:" + f[1], (a, b) -> a + "+" + b);
        }
        try (GraphConnection c = GraphConnection.open(GraphTarget.embedded(Path.of(args[0])))) {
            LocalDate asOf = LocalDate.parse("2026-11-29");
            long t0 = System.nanoTime();
            DetectionGraph g = new Neo4jDetectionGraphLoader(c.driver()).load(asOf);
            System.out.printf("load %d ms: %d nodes %d edges%n", (System.nanoTime() - t0) / 1_000_000, g.nodeCount(), g.edgeCount());
            if (System.getenv("OLD") != null) {
                t0 = System.nanoTime();
                DetectionGraph g2 = new OldLoader(c.driver()).load(asOf);
                System.out.printf("old load %d ms: %d nodes %d edges%n", (System.nanoTime() - t0) / 1_000_000, g2.nodeCount(), g2.edgeCount());
                t0 = System.nanoTime();
                g2 = new Neo4jDetectionGraphLoader(c.driver()).load(asOf);
                System.out.printf("new load again %d ms%n", (System.nanoTime() - t0) / 1_000_000);
                t0 = System.nanoTime();
                g2 = new OldLoader(c.driver()).load(asOf);
                System.out.printf("old load again %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            }
            t0 = System.nanoTime();
            List<Lead> all = new Detector().all(new DetectionContext(g, asOf));
            System.out.printf("detect %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            List<String> wanted = List.of(args).subList(2, args.length);
            for (Lead l : all) {
                if ((wanted.isEmpty() || wanted.contains(l.indicator())) && l.score() >= 0.05) {
                    System.out.printf("%.3f %s %s [%s] %s%n", l.score(), l.indicator(), l.subjectId(),
                            truth.getOrDefault(l.subjectId(), "-"), l.explanation().substring(0, Math.min(260, l.explanation().length())));
                }
            }
        }
    }
}
