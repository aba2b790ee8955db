package org.kyosei.application.port;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which graph database a command works on: an embedded store in a folder with its page cache in MiB, or an
 * external Neo4j server or cluster reached by URI (page cache 0: the server's own).
 */
public record GraphTarget(Path embeddedHome, Optional<String> uri, String user, String password, long pageCacheMb) {

    public static final Path DEFAULT_HOME = Path.of("data", "neo4j");
    /** The embedded store's page cache when nothing says otherwise (the launcher's {@code KYOSEI_PAGECACHE_MB}). */
    public static final long DEFAULT_PAGE_CACHE_MB = 1024;

    public static GraphTarget embedded(Path home) {
        return embedded(home, DEFAULT_PAGE_CACHE_MB);
    }

    public static GraphTarget embedded(Path home, long pageCacheMb) {
        return new GraphTarget(home, Optional.empty(), "", "", pageCacheMb);
    }

    public static GraphTarget external(String uri, String user, String password) {
        return new GraphTarget(null, Optional.of(uri), user, password, 0);
    }

    public boolean isExternal() {
        return uri.isPresent();
    }

    /** A short description for summaries and log lines, without the password. */
    public String describe() {
        return uri.map(u -> "Neo4j at " + u).orElse("embedded Neo4j in " + embeddedHome);
    }
}
