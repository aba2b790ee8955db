package org.kyosei.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.kyosei.application.port.GraphTarget;

import picocli.CommandLine.Option;

/** The database selection shared by every command that touches the graph (CLI.md). */
public final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "Embedded store folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/neo4j")
    Path db;

    @Option(names = "--uri", paramLabel = "URI",
            description = "External Neo4j server or cluster (bolt://HOST:PORT or neo4j://HOST:PORT); env KYOSEI_NEO4J_URI.")
    String uri;

    @Option(names = "--user", paramLabel = "NAME", description = "User for --uri; env KYOSEI_NEO4J_USER.")
    String user;

    @Option(names = "--password", paramLabel = "SECRET", arity = "0..1", interactive = true,
            description = "Password for --uri (prompted when given without a value); env KYOSEI_NEO4J_PASSWORD.")
    String password;

    /** The target these options and the environment select. */
    public GraphTarget target() {
        Optional<String> selectedUri = Optional.ofNullable(uri).or(() -> env("KYOSEI_NEO4J_URI"));
        if (selectedUri.isPresent()) {
            String name = Optional.ofNullable(user).or(() -> env("KYOSEI_NEO4J_USER")).orElse("");
            String secret = Optional.ofNullable(password).or(() -> env("KYOSEI_NEO4J_PASSWORD")).orElse("");
            return GraphTarget.external(selectedUri.get(), name, secret);
        }
        return GraphTarget.embedded(db);
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
