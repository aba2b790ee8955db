package org.kyosei.application.port;

import java.time.LocalDate;

import org.kyosei.graph.DatedGraph;

/** Reads the stored graph into the one in-memory {@link DatedGraph} every in-memory model is built from. */
public interface DatedGraphSource {
    /** Every entity and every relationship between entities, as the store holds them now. */
    DatedGraph whole();

    /**
     * Every entity, and the relationships that started on or before {@code day} (what detection as of that day and
     * any earlier week reads; relationships without a start are left out).
     */
    DatedGraph startedBy(LocalDate day);
}
