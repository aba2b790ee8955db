package org.kyosei.application.port;

import java.time.LocalDate;
import java.util.Map;

import org.kyosei.analysis.ScoreTable;

/** Where an analysis run's scores go: onto the nodes, and into the run history. */
public interface ScoreStore {
    /** Writes the scores of run {@code runId}; returns how many nodes were written. */
    long write(String runId, LocalDate asOf, ScoreTable table, Map<String, Object> runProperties);
}
