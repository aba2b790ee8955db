package org.kyosei.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kyosei.application.port.DatedGraphSource;
import org.kyosei.detection.DetectionContext;
import org.kyosei.detection.DetectionGraph;
import org.kyosei.detection.Detector;
import org.kyosei.detection.Lead;
import org.kyosei.report.AnomalyRow;
import org.kyosei.report.LeadStatus;

/** The detect use case: load the dated graph once, run every indicator as of a day. */
public final class DetectionService {
    private final DatedGraphSource graphs;
    private final Detector detector;
    private final boolean timings;

    public DetectionService(DatedGraphSource graphs) {
        this(graphs, Detector.Diagnostics.NONE);
    }

    /** With {@code diagnostics.timings()}, the load's time and size are printed to stderr too. */
    public DetectionService(DatedGraphSource graphs, Detector.Diagnostics diagnostics) {
        this.graphs = graphs;
        this.detector = new Detector(diagnostics);
        this.timings = diagnostics.timings();
    }

    /** The detection graph as of the day, from the relationships that started by then. */
    public DetectionGraph load(LocalDate asOf) {
        return DetectionGraph.asOf(graphs.startedBy(asOf), asOf);
    }

    /** The leads as of the day, ranked, each NEW and first seen this week. */
    public List<AnomalyRow> detect(LocalDate asOf) {
        long start = System.nanoTime();
        DetectionGraph loaded = load(asOf);
        if (timings) {
            System.err.printf("load %d ms, %d nodes, %d relationships%n", (System.nanoTime() - start) / 1_000_000,
                    loaded.nodeCount(), loaded.edgeCount());
        }
        List<Lead> leads = detector.detect(new DetectionContext(loaded, asOf));
        List<AnomalyRow> rows = new ArrayList<>(leads.size());
        for (int k = 0; k < leads.size(); k++) {
            rows.add(new AnomalyRow(k + 1, leads.get(k), LeadStatus.NEW, asOf));
        }
        return rows;
    }
}
