package org.kyosei.application.port;

/**
 * A cheap answer to "has anything been committed since I last read the graph?" for readers that keep a copy of it.
 */
public interface GraphVersions {
    /**
     * Where the database stands now, as text that can be kept on disk: equal texts mean nothing was committed in
     * between.
     */
    String current();
}
