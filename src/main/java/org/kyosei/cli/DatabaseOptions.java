package org.kyosei.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.kyosei.application.port.GraphTarget;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    /** The command these options belong to, whose command line holds the environment. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The target these options and the environment select (page cache: {@code KYOSEI_PAGECACHE_MB}). */
    public GraphTarget target() {
        KyoseiEnvironment environment = KyoseiEnvironment.of(command);
        Optional<String> selectedUri = Optional.ofNullable(uri).or(() -> environment.get("KYOSEI_NEO4J_URI"));
        if (selectedUri.isPresent()) {
            String name = Optional.ofNullable(user).or(() -> environment.get("KYOSEI_NEO4J_USER")).orElse("");
            String secret = Optional.ofNullable(password).or(() -> environment.get("KYOSEI_NEO4J_PASSWORD")).orElse("");
            return GraphTarget.external(selectedUri.get(), name, secret);
        }
        return GraphTarget.embedded(db, environment.pageCacheMb());
    }
}
