package org.kyosei.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.kyosei.audit.AnchorFiles;
import org.kyosei.audit.SigningKeys;
import org.kyosei.audit.TrailVerifier;
import org.kyosei.audit.Verification;
import org.kyosei.audit.VerifyingKey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei audit verify}: checks the hash chain, the archives, the head and the signed anchors of the trail. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks that the audit trail is complete and untampered: every record's hash, sequence and link "
                + "to the record before, every archived segment, that nothing was cut off the end, and that the trail "
                + "holds the record every signed anchor saw (the anchors folder beside the audit folder, and every "
                + "--anchor given).",
                "Exit codes: 0 intact, 1 broken (one line names the first problem)."})
final class AuditVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/neo4j",
            description = "The embedded store whose trail (the 'audit' folder beside it) to check (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--anchor", paramLabel = "FILE|DIR",
            description = "Also check against these anchors: a file, or a folder searched for anchor files (a weekly "
                    + "report's audit-anchor.json, a reports folder, a copy of the anchors folder). Repeatable.")
    List<Path> anchors = new ArrayList<>();

    @Option(names = "--public-key", paramLabel = "FILE",
            description = "The public key anchors must be signed with; keep a copy where the audit folder's writers "
                    + "cannot change it (default: audit-signing.pub beside the signing key). Repeatable.")
    List<Path> publicKeys = new ArrayList<>();

    @Override
    public Integer call() {
        List<AnchorFiles.Found> found = new ArrayList<>(AnchorFiles.read(AuditSettings.anchorsDir(spec), false));
        anchors.forEach(place -> found.addAll(AnchorFiles.read(place, true)));
        List<VerifyingKey> trusted = trustedKeys();
        Verification result = new TrailVerifier(AuditSettings.dirFor(spec)).verify(found, trusted);
        if (!result.intact()) {
            throw new UserException("audit trail broken: " + result.problem().orElseThrow());
        }
        spec.commandLine().getOut().printf("audit trail intact: %d records (%d archived), last record %d, hash %s; %s%n",
                result.records(), result.archived(), result.lastSeq(), result.lastHash(), anchorNote(result, trusted));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private List<VerifyingKey> trustedKeys() {
        return publicKeys.isEmpty() ? AuditSettings.publicKeys(spec) : publicKeys.stream().map(SigningKeys::loadPublic).toList();
    }

    private static String anchorNote(Verification result, List<VerifyingKey> trusted) {
        if (result.anchors() == 0) {
            return "no signed anchor found, so records cut off the end together with the head would go unnoticed";
        }
        return result.anchors() + " signed anchor" + (result.anchors() == 1 ? "" : "s") + " checked (key "
                + String.join(", ", trusted.stream().map(VerifyingKey::id).toList()) + ")";
    }
}
