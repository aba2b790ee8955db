package org.kyosei.application.port;

import java.time.LocalDate;
import java.util.Optional;

import org.kyosei.query.Neighbourhood;
import org.kyosei.query.NeighbourhoodExpansion.Expansion;

/** Capped neighbourhoods read from the stored graph. */
public interface NeighbourhoodReads {
    /** The neighbourhood of {@code id}, or empty when no such entity exists. */
    default Optional<Neighbourhood> around(String id, int hops, LocalDate asOf, int cap) {
        return expand(id, hops, asOf, cap).map(Expansion::neighbourhood);
    }

    /** The neighbourhood of {@code id} with how many more entities the cap left out, or empty when there is no such entity. */
    Optional<Expansion> expand(String id, int hops, LocalDate asOf, int cap);

    /** Forgets what was kept between reads (after the graph changed in this process). */
    void forgetCached();
}
