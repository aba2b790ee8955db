package org.kyosei.cli;

import java.util.concurrent.Callable;

import org.kyosei.audit.TrailVerifier;
import org.kyosei.audit.Verification;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei audit verify}: checks the hash chain, the archives and the head of the trail. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks that the audit trail is complete and untampered: every record's hash, sequence and link "
                + "to the record before, every archived segment, and that nothing was cut off the end.",
                "Exit codes: 0 intact, 1 broken (one line names the first broken record)."})
final class AuditVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/neo4j",
            description = "The embedded store whose trail (the 'audit' folder beside it) to check (default: ${DEFAULT-VALUE}).")
    String db;

    @Override
    public Integer call() {
        Verification result = new TrailVerifier(AuditSettings.dirFor(spec)).verify();
        if (!result.intact()) {
            throw new UserException("audit trail broken: " + result.problem().orElseThrow());
        }
        spec.commandLine().getOut().printf("audit trail intact: %d records (%d archived), last record %d, hash %s%n",
                result.records(), result.archived(), result.lastSeq(), result.lastHash());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
