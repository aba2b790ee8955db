package org.kyosei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.audit.AuditRecord;
import org.kyosei.audit.TrailReader;
import org.kyosei.support.CliRun;
import org.kyosei.support.DatasetFiles;
import org.kyosei.support.SharedNeo4j;

/**
 * {@code audit verify} against signed anchors, {@code audit anchor}, and what {@code audit show} prints and the trail
 * stores of hostile text: the command line end to end, with the trail, keys and anchors in this test's folder.
 */
class AuditAnchorCommandsTest {
    @TempDir
    Path tmp;

    private Path audit;

    @BeforeEach
    void emptyGraph() {
        SharedNeo4j.emptied();
        audit = tmp.resolve("audit");
    }

    private CliRun run(String... args) {
        return CliRun.external(CliRun.withAuditDir(audit, 1, args));
    }

    private CliRun auditCommand(String... args) {
        return CliRun.of(CliRun.withAuditDir(audit, 2, args));
    }

    /** Six records (import, ego P1, ego P2: each STARTED and its outcome), each outcome anchored. */
    private void sixRecords() {
        assertThat(run("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString()).exitCode()).isZero();
        assertThat(run("ego", "P1").exitCode()).isZero();
        assertThat(run("ego", "P2").exitCode()).isZero();
    }

    /** Cuts the active trail back to {@code keep} records and rewrites the head to match, as an intruder would. */
    private void cutAndRewriteHead(int keep) throws Exception {
        Path trail = audit.resolve("trail.jsonl");
        List<String> lines = Files.readAllLines(trail, StandardCharsets.UTF_8);
        AuditRecord last = new TrailReader(audit).read(r -> r.seq() == keep).getFirst();
        Files.write(trail, lines.subList(0, keep), StandardCharsets.UTF_8);
        Files.writeString(audit.resolve("head"), keep + " " + last.hash() + "\n");
    }

    @Test
    void recordsCutOffWithTheHeadRewrittenFailVerifyAgainstTheAnchorsEveryCommandSigns() throws Exception {
        sixRecords();
        CliRun intact = auditCommand("audit", "verify");
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).startsWith("audit trail intact: 6 records (0 archived), last record 6, hash ")
                .contains("; 3 signed anchors checked (key ");          // and verify's own record 7 is anchored too
        assertThat(tmp.resolve("keys/audit-signing.key")).as("the key lives outside the audit folder").exists();

        cutAndRewriteHead(4);
        CliRun cut = auditCommand("audit", "verify");
        assertThat(cut.exitCode()).isEqualTo(1);
        assertThat(cut.err().strip()).startsWith("kyosei: audit trail broken: the trail ends at record 4 but an anchor signed ")
                .contains(" saw record 7: records were cut off (" + tmp.resolve("audit-anchors")).doesNotContain("\n");
    }

    @Test
    void anAnchorCopiedAwayCatchesTheCutEvenWhenTheLocalAnchorsAndKeyAreReplaced() throws Exception {
        sixRecords();
        Path away = tmp.resolve("elsewhere");
        CliRun anchor = auditCommand("audit", "anchor", "--out", away.resolve("anchor.json").toString());
        assertThat(anchor.exitCode()).as(anchor.err()).isZero();
        assertThat(anchor.out()).startsWith("signed record 7 (hash ").contains(away.resolve("anchor.json").toString());
        Files.copy(tmp.resolve("keys/audit-signing.pub"), away.resolve("trusted.pub"));

        // the intruder cuts, deletes the local anchors and makes a key of their own, which signs the cut trail anew
        cutAndRewriteHead(4);
        deleteTree(tmp.resolve("audit-anchors"));
        deleteTree(tmp.resolve("keys"));
        CliRun fooled = auditCommand("audit", "verify");
        assertThat(fooled.exitCode()).as("without anchors kept elsewhere the cut goes unnoticed").isZero();
        assertThat(fooled.out()).contains("no signed anchor found");
        assertThat(auditCommand("audit", "anchor").exitCode()).isZero();

        CliRun caught = auditCommand("audit", "verify", "--anchor", away.toString());
        assertThat(caught.exitCode()).isEqualTo(1);
        assertThat(caught.err()).contains("not signed by the audit key: forged or damaged");
        CliRun trusted = auditCommand("audit", "verify", "--anchor", away.resolve("anchor.json").toString(),
                "--public-key", away.resolve("trusted.pub").toString());
        assertThat(trusted.exitCode()).isEqualTo(1);
        assertThat(trusted.err()).as("the intruder's new anchors are not signed by the trusted key")
                .contains("not signed by the audit key: forged or damaged");
        deleteTree(tmp.resolve("audit-anchors"));
        CliRun cut = auditCommand("audit", "verify", "--anchor", away.resolve("anchor.json").toString(),
                "--public-key", away.resolve("trusted.pub").toString());
        assertThat(cut.exitCode()).isEqualTo(1);
        assertThat(cut.err()).as("the trail grew again after the cut, so its record 7 is another one")
                .contains("record 7 is not the one an anchor signed " + anchorTime(away.resolve("anchor.json"))
                        + " saw (" + away.resolve("anchor.json") + "): the trail was rewritten");
    }

    @Test
    void anAnchorForgedWithoutTheKeyFailsVerifyNamingItsFile() throws Exception {
        sixRecords();
        AuditRecord last = new TrailReader(audit).read(r -> true).getLast();
        String keyId = Files.readString(tmp.resolve("audit-anchors").toFile().listFiles()[0].toPath()).split("\"keyId\":\"")[1]
                .substring(0, 16);
        Path forged = tmp.resolve("audit-anchors/forged-anchor.json");
        Files.writeString(forged, "{\"anchor\":\"kyosei-audit-anchor/1\",\"seq\":" + (last.seq() + 100) + ",\"hash\":\""
                + last.hash() + "\",\"time\":\"2026-12-07T10:00:00Z\",\"keyId\":\"" + keyId + "\",\"signature\":\""
                + Base64.getEncoder().encodeToString(new byte[64]) + "\"}\n");
        CliRun verify = auditCommand("audit", "verify");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.err().strip()).isEqualTo("kyosei: audit trail broken: " + forged
                + " is not signed by the audit key: forged or damaged (its signature does not match its content)");
        CliRun anchor = auditCommand("audit", "anchor");
        assertThat(anchor.exitCode()).as("nothing is signed over a broken trail").isEqualTo(1);
        assertThat(anchor.err()).startsWith("kyosei: nothing signed: audit trail broken: ");
    }

    @Test
    void showPrintsNulAndAnsiEscapesAsTextInEveryFormat() {
        String hostile = "P1\u0000\u001b[2J\u001b]0;owned\u0007";
        run("ego", hostile, "--case", "\u001b[31mCASE\u001b[0m");
        for (String format : List.of("table", "csv", "json")) {
            CliRun show = auditCommand("audit", "show", "--format", format);
            assertThat(show.exitCode()).as(show.err()).isZero();
            assertThat(show.out().chars().filter(c -> c < 0x20 && c != '\n')).as(format).isEmpty();
            assertThat(show.out()).as(format).containsIgnoringCase("\\u001b[2J").containsIgnoringCase("\\u0000");
        }
        AuditRecord stored = new TrailReader(audit).read(r -> r.action().equals("ego")).getFirst();
        assertThat(stored.parameters().get("ID")).as("stored as given: escaping is for printing").isEqualTo(hostile);
    }

    @Test
    void aFiveThousandCharacterCaseReferenceIsStoredCut() {
        run("ego", "P1", "--case", "X".repeat(5000));
        AuditRecord stored = new TrailReader(audit).read(r -> r.action().equals("ego")).getFirst();
        assertThat(stored.caseReference()).isEqualTo("X".repeat(200) + "…(5000 characters)");
    }

    private static String anchorTime(Path file) throws Exception {
        return Files.readString(file).split("\"time\":\"")[1].split("\"")[0];
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
