package org.kyosei.analytics.paths;

import java.util.List;

/**
 * The paths found by a bounded enumeration.
 *
 * @param paths the paths, in the order the enumeration defines
 * @param truncated whether the cap on the number of paths was hit: more paths within the length
 *     bound exist than were returned
 */
public record PathEnumeration(List<Path> paths, boolean truncated) {

    public PathEnumeration {
        paths = List.copyOf(paths);
    }
}
