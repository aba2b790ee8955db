package org.kyosei.application.port;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which graph database a command works on: an embedded store in a folder, or an external Neo4j
 * server or cluster reached by URI.
 */
public record GraphTarget(Path embeddedHome, Optional<String> uri, String user, String password) {

    public static final Path DEFAULT_HOME = Path.of("data", "neo4j");

    public static GraphTarget embedded(Path home) {
        return new GraphTarget(home, Optional.empty(), "", "");
    }

    public static GraphTarget external(String uri, String user, String password) {
        return new GraphTarget(null, Optional.of(uri), user, password);
    }

    public boolean isExternal() {
        return uri.isPresent();
    }

    /** A short description for summaries and log lines, without the password. */
    public String describe() {
        return uri.map(u -> "Neo4j at " + u).orElse("embedded Neo4j in " + embeddedHome);
    }
}
