package org.kyosei.store;

import java.util.Set;

import org.kyosei.application.port.GraphVersions;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * A cheap answer to "has anything been committed since I last read the graph?" for readers that keep a copy of it in
 * memory: the bookmark Neo4j returns at the end of any transaction, a read one included, names the last transaction
 * committed before it. Equal bookmarks mean nothing was committed in between; a different one means something was
 * (perhaps not to what the reader holds, so it reads again for nothing, never the other way round). It works the
 * same against the embedded store and an external server; a cluster member that lags answers with an older bookmark,
 * which at worst causes one more read.
 */
public final class GraphChanges implements GraphVersions {
    /** Where the database stood at one moment; two positions are equal when nothing was committed in between. */
    public record Position(Set<Bookmark> bookmarks) {
        /** The position as text, to be kept on disk and compared in a later process (bookmarks outlive restarts). */
        public String text() {
            return String.join(",", bookmarks.stream().map(Bookmark::value).sorted().toList());
        }
    }

    private final Driver driver;

    public GraphChanges(Driver driver) {
        this.driver = driver;
    }

    /** The database's position now. */
    public Position position() {
        try (Session session = driver.session()) {
            session.executeRead(tx -> tx.run("RETURN 1").consume());
            return new Position(Set.copyOf(session.lastBookmarks()));
        }
    }

    @Override
    public String current() {
        return position().text();
    }
}
