package org.kyosei.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.kyosei.audit.Anchor;
import org.kyosei.audit.AnchorFiles;
import org.kyosei.audit.TrailAnchors;
import org.kyosei.audit.TrailVerifier;
import org.kyosei.audit.Verification;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei audit anchor}: checks the trail, then signs its head into the anchors folder (and a file). */
@Command(name = "anchor", mixinStandardHelpOptions = true,
        description = {"Checks the audit trail, then signs its head (the last record on the disk) with the audit "
                + "signing key into the anchors folder, and into FILE with --out: copy that file somewhere the audit "
                + "folder's writers cannot reach, and 'audit verify --anchor FILE' later shows whether records were "
                + "cut off or rewritten since.",
                "Exit codes: 0 signed, 1 the trail is broken (nothing signed)."})
final class AuditAnchorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/neo4j",
            description = "The embedded store whose trail (the 'audit' folder beside it) to anchor (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the anchor to this file (JSON).")
    Path out;

    @Override
    public Integer call() {
        Verification checked = new TrailVerifier(AuditSettings.dirFor(spec))
                .verify(AnchorFiles.read(AuditSettings.anchorsDir(spec), false), AuditSettings.publicKeys(spec));
        if (!checked.intact()) {
            throw new UserException("nothing signed: audit trail broken: " + checked.problem().orElseThrow());
        }
        TrailAnchors anchors = AuditSettings.anchors(spec);
        Anchor anchor = anchors.anchorHead().orElseThrow(() -> new UserException("nothing signed: the audit trail is empty"));
        List<String> written = new ArrayList<>(List.of(anchors.anchorsDir().toString()));
        if (out != null) {
            AnchorFiles.write(out, anchor);
            written.add(out.toString());
        }
        spec.commandLine().getOut().printf("signed record %d (hash %s) at %s with key %s into %s%n", anchor.seq(),
                anchor.hash(), anchor.time(), anchor.keyId(), String.join(" and ", written));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

}
