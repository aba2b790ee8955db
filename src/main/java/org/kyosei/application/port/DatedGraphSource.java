package org.kyosei.application.port;

import java.time.LocalDate;

import org.kyosei.graph.DatedGraph;

/** Reads the stored graph into the one in-memory {@link DatedGraph} every in-memory model is built from. */
public interface DatedGraphSource {
    /** Every entity and every relationship between entities, as the store holds them now. */
    DatedGraph whole();

    /**
     * Every entity, and at least the relationships that started on or before {@code day} (what detection as of that
     * day and any earlier week reads): the store reads only those, a source holding the whole graph may return it.
     */
    DatedGraph startedBy(LocalDate day);
}
