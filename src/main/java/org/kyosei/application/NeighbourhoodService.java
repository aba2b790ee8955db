package org.kyosei.application;

import java.time.LocalDate;
import java.util.Optional;

import org.kyosei.application.port.NeighbourhoodReads;
import org.kyosei.query.Neighbourhood;
import org.kyosei.query.NeighbourhoodExpansion;

/** The capped neighbourhood of an entity as of a day, strongest and most recent ties first. */
public final class NeighbourhoodService {
    private final NeighbourhoodReads stored;
    private final LiveTieSnapshot screens;

    /** @param screens the in-memory graph the service reads once it is loaded; null: the database answers */
    public NeighbourhoodService(NeighbourhoodReads stored, LiveTieSnapshot screens) {
        this.stored = stored;
        this.screens = screens;
    }

    /** The neighbourhood with how many more entities the cap left out, or empty when there is no such entity. */
    public Optional<NeighbourhoodExpansion.Expansion> expand(String id, int hops, LocalDate asOf, int cap) {
        return screens != null ? screens.expand(id, hops, asOf, cap) : stored.expand(id, hops, asOf, cap);
    }

    /** The neighbourhood, or empty when there is no such entity. */
    public Optional<Neighbourhood> around(String id, int hops, LocalDate asOf, int cap) {
        return expand(id, hops, asOf, cap).map(NeighbourhoodExpansion.Expansion::neighbourhood);
    }

    /** Forgets what was kept between reads and reads the graph into memory again (after it changed in this process). */
    public void reload() {
        stored.forgetCached();
        if (screens != null) {
            screens.reloadNow();
        }
    }
}
