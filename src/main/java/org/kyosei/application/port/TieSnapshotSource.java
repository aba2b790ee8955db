package org.kyosei.application.port;

import org.kyosei.query.TieSnapshot;

/** Reads the whole graph into the in-memory model of searches and neighbourhoods. */
public interface TieSnapshotSource {
    TieSnapshot load();
}
