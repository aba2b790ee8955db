package org.kyosei.application.port;

import org.kyosei.projection.Projection;
import org.kyosei.projection.ProjectionSpec;

/** Reads the relationships a spec selects into an in-memory graph for the algorithms. */
public interface ProjectionSource {
    Projection project(ProjectionSpec spec);
}
