package org.kyosei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.audit.AuditRecord;
import org.kyosei.audit.TrailReader;
import org.kyosei.support.CliRun;
import org.kyosei.support.DatasetFiles;
import org.kyosei.support.SharedNeo4j;

/** Every audited command leaves its trace; audit verify and show keep to the CLI contract. */
class AuditCommandsTest {
    @TempDir
    Path tmp;

    private Path audit;

    @BeforeEach
    void emptyGraph() {
        SharedNeo4j.emptied();
        audit = tmp.resolve("audit");
    }

    /** The command against the shared server, its trail in this test's folder (given first, so usage errors use it). */
    private CliRun run(String... args) {
        return CliRun.external(CliRun.withAuditDir(audit, 1, args));
    }

    private CliRun auditCommand(String... args) {
        return CliRun.of(CliRun.withAuditDir(audit, 2, args));
    }

    private List<AuditRecord> trail() {
        return new TrailReader(audit).read(r -> true);
    }

    @Test
    void readsAndChangesAreRecordedBeforeAndAfterWithUserCaseAndReturnedIds() {
        assertThat(run("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString()).exitCode()).isZero();
        CliRun ego = run("ego", "P1", "--case", "CASE-2026-17");
        assertThat(ego.exitCode()).as(ego.err()).isZero();

        List<AuditRecord> records = trail();
        assertThat(records).extracting(r -> r.action() + " " + r.outcome())
                .containsExactly("import STARTED", "import OK", "ego STARTED", "ego OK");
        AuditRecord egoDone = records.get(3);
        assertThat(egoDone.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(egoDone.role()).isEqualTo("CLI");
        assertThat(egoDone.caseReference()).isEqualTo("CASE-2026-17");
        assertThat(egoDone.parameters()).containsEntry("ID", "P1").doesNotContainKeys("--case", "--audit-dir", "--password");
        assertThat(egoDone.ids()).contains("P1", "C1", "E1", "B1").doesNotHaveDuplicates();
        assertThat(egoDone.parameters().get("run")).isEqualTo(records.get(2).parameters().get("run"));
        assertThat(records.get(1).parameters()).containsKey("DIR");
    }

    @Test
    void refusalsFailuresAndUsageErrorsAreRecordedToo() {
        run("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString());
        CliRun write = run("cypher", "CREATE (n:Entity {id: 'X'}) RETURN n");
        assertThat(write.exitCode()).isEqualTo(1);
        assertThat(run("ego", "NOBODY").exitCode()).isEqualTo(1);
        assertThat(run("ego", "P1", "--hops", "many").exitCode()).isEqualTo(2);
        CliRun rows = run("cypher", "MATCH (p:Individual) RETURN p.id AS id ORDER BY id LIMIT 2", "--format", "csv");
        assertThat(rows.exitCode()).isZero();

        List<AuditRecord> records = trail();
        assertThat(records).extracting(r -> r.action() + " " + r.outcome()).containsSubsequence(
                "cypher STARTED", "cypher REFUSED", "ego STARTED", "ego FAILED", "ego USAGE_ERROR", "cypher STARTED", "cypher OK");
        AuditRecord refused = records.stream().filter(r -> r.outcome().equals("REFUSED")).findFirst().orElseThrow();
        assertThat(refused.parameters()).containsEntry("STATEMENT", "CREATE (n:Entity {id: 'X'}) RETURN n")
                .hasEntrySatisfying("error", e -> assertThat(e).startsWith("refused"));
        assertThat(records.stream().filter(r -> r.outcome().equals("FAILED")).findFirst().orElseThrow().parameters())
                .containsEntry("error", "no entity 'NOBODY' in the graph");
        assertThat(records.getLast().ids()).as("the real subjects behind the pseudonyms shown").hasSize(2).isSubsetOf("P1", "P2", "P3", "P4", "P5");
    }

    @Test
    void commandsThatTouchNoDataAreNotRecorded() {
        assertThat(CliRun.of("generate", "--out", tmp.resolve("g").toString(), "--individuals", "60", "--weeks", "2",
                "--audit-dir", audit.toString()).exitCode()).as("generate has no --audit-dir").isEqualTo(2);
        assertThat(CliRun.of("ego", "--help").exitCode()).isZero();
        assertThat(audit).doesNotExist();
    }

    @Test
    void verifyExitsZeroWhenIntactAndOneNamingTheFirstBrokenRecord() throws Exception {
        run("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString());
        run("ego", "P2");
        CliRun intact = auditCommand("audit", "verify");
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).startsWith("audit trail intact: 4 records (0 archived), last record 4, hash ");

        Path file = audit.resolve("trail.jsonl");
        List<String> lines = new ArrayList<>(java.nio.file.Files.readAllLines(file));
        lines.set(3, lines.get(3).replace("\"P2\"", "\"P3\""));
        java.nio.file.Files.write(file, lines);
        CliRun broken = auditCommand("audit", "verify");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err().strip()).startsWith("kyosei: audit trail broken: record 4 (line 4 of ")
                .contains("altered").doesNotContain("\n");
        assertThat(trail().getLast().action()).isEqualTo("audit verify");
        assertThat(trail().getLast().outcome()).isEqualTo("FAILED");
    }

    @Test
    void aTrailWithRecordsCutOffItsEndStopsEveryAuditedCommand() throws Exception {
        run("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString());
        Path file = audit.resolve("trail.jsonl");
        List<String> lines = java.nio.file.Files.readAllLines(file);
        java.nio.file.Files.write(file, lines.subList(0, 1));
        CliRun ego = run("ego", "P1");
        assertThat(ego.exitCode()).isEqualTo(1);
        assertThat(ego.out()).as("nothing shown").isEmpty();
        assertThat(ego.err().strip()).contains("audit trail is damaged").doesNotContain("\n");
        CliRun verify = auditCommand("audit", "verify");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.err()).contains("record 2 is missing");
    }

    @Test
    void showFiltersBySubjectUserAndDateInEveryFormatAndIsItselfRecorded() {
        run("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString());
        run("path", "P1", "O1", "--k", "1", "--as-of", "2026-11-01", "--case", "OP-9");
        CliRun csv = auditCommand("audit", "show", "--subject", "O1", "--format", "csv");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        List<String> csvLines = csv.out().lines().toList();
        assertThat(csvLines.getFirst()).isEqualTo("seq,time,user,role,action,case,outcome,id_count,ids,parameters");
        assertThat(csvLines).hasSize(4);
        assertThat(csvLines.get(2)).contains(",path,OP-9,OK,").contains("O1");
        assertThat(csvLines.get(3)).as("searching the trail for O1 is itself a look at O1")
                .contains(",audit show,,STARTED,").contains("--subject=O1");

        CliRun json = auditCommand("audit", "show", "--user", System.getProperty("user.name"), "--since", "2000-01-01",
                "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"action\" : \"import\"", "\"action\" : \"audit show\"", "\"case\" : \"OP-9\"");
        assertThat(auditCommand("audit", "show", "--user", "nobody-at-all", "--format", "csv").out().lines()).hasSize(1);
        assertThat(auditCommand("audit", "show", "--since", "2999-01-01", "--format", "csv").out().lines()).hasSize(1);
        assertThat(auditCommand("audit", "show", "--since", "yesterday").exitCode()).isEqualTo(2);

        assertThat(trail()).filteredOn(r -> r.action().equals("audit show")).extracting(AuditRecord::outcome)
                .contains("STARTED", "OK", "USAGE_ERROR");
    }

    @Test
    void theTrailLivesBesideTheEmbeddedStoreByDefault() {
        Path store = tmp.resolve("site/neo4j");
        CliRun verify = CliRun.in(CliRun.ENVIRONMENT.without("KYOSEI_AUDIT_DIR"), "audit", "verify", "--db", store.toString());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.err().strip()).isEqualTo("kyosei: no audit trail in " + tmp.resolve("site/audit").toAbsolutePath());
        assertThat(tmp.resolve("site/audit/trail.jsonl")).as("the failed verify is recorded there").exists();
    }
}
