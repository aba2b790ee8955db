package org.kyosei.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.support.MovableClock;

/** The trail on disk: chaining, each kind of tampering, truncation, torn writes, permissions, retention. */
class FileAuditLogTest {
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    @TempDir
    Path dir;

    private static AuditEvent event(int i, List<String> ids) {
        return new AuditEvent(T0.plusSeconds(i), "officer" + (i % 2), "CLI", "ego", Map.of("ID", "P" + i, "--hops", "2"),
                "CASE-7", ids, "OK");
    }

    private FileAuditLog logWithFive() {
        FileAuditLog log = new FileAuditLog(dir);
        for (int i = 1; i <= 5; i++) {
            log.record(event(i, List.of("P" + i, "C1")));
        }
        return log;
    }

    private String problem() {
        Verification result = new TrailVerifier(dir).verify();
        assertThat(result.intact()).as("tampering must be detected").isFalse();
        return result.problem().orElseThrow();
    }

    @Test
    void recordsAreChainedNumberedAndReadBackWhole() {
        logWithFive();
        Verification result = new TrailVerifier(dir).verify();
        assertThat(result.intact()).as(result.problem().orElse("")).isTrue();
        assertThat(result.records()).isEqualTo(5);
        List<AuditRecord> records = new TrailReader(dir).read(r -> true);
        assertThat(records).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(records.getFirst().prev()).isEqualTo("0".repeat(64));
        for (int i = 1; i < records.size(); i++) {
            assertThat(records.get(i).prev()).isEqualTo(records.get(i - 1).hash());
        }
        AuditRecord third = records.get(2);
        assertThat(third.user()).isEqualTo("officer1");
        assertThat(third.caseReference()).isEqualTo("CASE-7");
        assertThat(third.parameters()).containsEntry("ID", "P3").containsEntry("--hops", "2");
        assertThat(third.ids()).containsExactly("P3", "C1");
        assertThat(third.time()).isEqualTo(T0.plusSeconds(3));
        assertThat(result.lastHash()).isEqualTo(records.getLast().hash());
    }

    @Test
    void largeResultsKeepCountAndDigestInsteadOfEveryId() {
        List<String> many = IntStream.range(0, AuditLines.MAX_INLINE_IDS + 1).mapToObj(i -> "P" + i).toList();
        new FileAuditLog(dir).record(event(1, many));
        AuditRecord record = new TrailReader(dir).read(r -> true).getFirst();
        assertThat(record.ids()).isEmpty();
        assertThat(record.idCount()).isEqualTo(many.size());
        assertThat(record.idDigest()).isEqualTo(ResultDigest.ofIds(many)).hasSize(64);
        assertThat(new TrailVerifier(dir).verify().intact()).isTrue();
    }

    @Test
    void anEditedRecordIsNamed() {
        logWithFive();
        TrailTampering.rewrite(dir.resolve("trail.jsonl"), lines -> {
            lines.set(2, lines.get(2).replace("\"P3\"", "\"P9\""));
            return lines;
        });
        assertThat(problem()).startsWith("record 3 (line 3 of").contains("was altered");
    }

    @Test
    void anEditOfOnlyWhiteSpaceIsNamed() {
        logWithFive();
        TrailTampering.rewrite(dir.resolve("trail.jsonl"), lines -> {
            lines.set(1, lines.get(1).replace("\"user\":", "\"user\": "));
            return lines;
        });
        assertThat(problem()).startsWith("record 2 ").contains("altered");
    }

    @Test
    void aDeletedRecordIsNamed() {
        logWithFive();
        TrailTampering.rewrite(dir.resolve("trail.jsonl"), lines -> {
            lines.remove(1);
            return lines;
        });
        assertThat(problem()).startsWith("record 2 is missing").contains("holds record 3");
    }

    @Test
    void anInsertedCopyIsNamed() {
        logWithFive();
        TrailTampering.rewrite(dir.resolve("trail.jsonl"), lines -> {
            lines.add(3, lines.get(1));
            return lines;
        });
        assertThat(problem()).startsWith("record 2 (line 4 of").contains("out of order or repeated");
    }

    @Test
    void aForgedInsertedRecordBreaksTheChainAtTheNextRecord() {
        logWithFive();
        List<String> original = TrailIo.lines(dir.resolve("trail.jsonl"));
        String prevOfThird = AuditLines.parse(original.get(1)).record().hash();
        String forged = AuditLines.format(3, event(99, List.of("X")), prevOfThird);
        TrailTampering.rewrite(dir.resolve("trail.jsonl"), lines -> {
            lines.add(2, forged);
            return lines;
        });
        assertThat(problem()).startsWith("record 3 (line 4 of").contains("out of order or repeated");
    }

    @Test
    void reorderedRecordsAreNamed() {
        logWithFive();
        TrailTampering.rewrite(dir.resolve("trail.jsonl"), lines -> {
            Collections.swap(lines, 1, 2);
            return lines;
        });
        assertThat(problem()).startsWith("record 2 is missing: (line 2 of").contains("holds record 3");
    }

    @Test
    void renumberedRecordsFailOnTheirHash() {
        logWithFive();
        TrailTampering.rewrite(dir.resolve("trail.jsonl"), lines -> {
            lines.remove(1);
            lines.set(1, lines.get(1).replace("\"seq\":3", "\"seq\":2"));
            return lines;
        });
        assertThat(problem()).startsWith("record 2 (line 2 of").contains("altered");
    }

    @Test
    void recordsCutOffTheEndAreDetectedAndNoMoreIsRecordedAfterThem() {
        FileAuditLog log = logWithFive();
        TrailTampering.rewrite(dir.resolve("trail.jsonl"), lines -> new ArrayList<>(lines.subList(0, 3)));
        assertThat(problem()).startsWith("record 4 is missing").contains("cut off the end");
        assertThatThrownBy(() -> log.record(event(6, List.of())))
                .isInstanceOf(AuditException.class).hasMessageContaining("damaged").hasMessageContaining("audit verify");
    }

    @Test
    void aDeletedHeadIsDetected() throws Exception {
        logWithFive();
        Files.delete(dir.resolve("head"));
        assertThat(problem()).contains("head").contains("missing");
    }

    @Test
    void aTornLastLineIsSetAsideAndTheChainContinues() throws Exception {
        FileAuditLog log = logWithFive();
        Files.writeString(dir.resolve("trail.jsonl"), "{\"seq\":6,\"time\":\"2026-", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        log.record(event(6, List.of()));
        Verification result = new TrailVerifier(dir).verify();
        assertThat(result.intact()).as(result.problem().orElse("")).isTrue();
        List<AuditRecord> records = new TrailReader(dir).read(r -> true);
        assertThat(records).extracting(AuditRecord::action).containsSubsequence("ego", "audit.repair", "ego");
        try (var files = Files.list(dir)) {
            Path fragment = files.filter(f -> f.getFileName().toString().endsWith(".fragment")).findFirst().orElseThrow();
            assertThat(fragment).content().isEqualTo("{\"seq\":6,\"time\":\"2026-");
        }
    }

    @Test
    void filesAreOwnerOnly() throws Exception {
        logWithFive();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("trail.jsonl")))).isEqualTo("rw-------");
        Path fresh = dir.resolve("sub/audit");
        new FileAuditLog(fresh).record(event(1, List.of()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
    }

    @Test
    void verifyingAFolderWithoutTrailSaysSo() {
        assertThatThrownBy(() -> new TrailVerifier(dir.resolve("nothing")).verify())
                .isInstanceOf(AuditException.class).hasMessageStartingWith("no audit trail in");
    }

    @Test
    void aWriterChainsToRecordsAnotherWriterAppendedInBetween() {
        FileAuditLog service = new FileAuditLog(dir);
        FileAuditLog command = new FileAuditLog(dir); // as a CLI command in another process would
        service.record(event(1, List.of()));
        service.record(event(2, List.of()));
        command.record(event(3, List.of()));
        command.record(event(4, List.of()));
        service.record(event(5, List.of()));
        Verification result = new TrailVerifier(dir).verify();
        assertThat(result.intact()).as(result.problem().orElse("")).isTrue();
        assertThat(new TrailReader(dir).read(r -> true)).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aHeadDeletedBetweenTwoAppendsOfOneWriterStopsTheSecond() throws Exception {
        FileAuditLog log = logWithFive();
        Files.delete(dir.resolve("head"));
        assertThatThrownBy(() -> log.record(event(6, List.of())))
                .isInstanceOf(AuditException.class).hasMessageContaining("head file is missing");
    }

    @Test
    void aWriterThatRunsPastTheRetentionArchivesOnItsNextAppend() {
        MovableClock clock = new MovableClock(T0);
        FileAuditLog log = new FileAuditLog(dir, Duration.ofDays(400), clock);
        for (int i = 1; i <= 3; i++) {
            log.record(event(i, List.of()));
        }
        clock.now = T0.plus(Duration.ofDays(401));
        log.record(new AuditEvent(clock.now, "officer0", "CLI", "path", Map.of(), "", List.of(), "OK"));
        assertThat(dir.resolve("archive/trail-000000000001-000000000003.jsonl")).exists();
        Verification result = new TrailVerifier(dir).verify();
        assertThat(result.intact()).as(result.problem().orElse("")).isTrue();
        assertThat(result.archived()).isEqualTo(3);
    }

    @Test
    void oldRecordsAreArchivedNotDroppedAndTheChainStaysVerifiable() throws Exception {
        Instant now = T0.plus(Duration.ofDays(500));
        FileAuditLog then = new FileAuditLog(dir, Duration.ofDays(400), Clock.fixed(T0, ZoneOffset.UTC));
        for (int i = 1; i <= 4; i++) {
            then.record(event(i, List.of("P" + i)));
        }
        // 500 days later the four records are beyond the retention: the next append archives them first.
        FileAuditLog later = new FileAuditLog(dir, Duration.ofDays(400), Clock.fixed(now, ZoneOffset.UTC));
        later.record(new AuditEvent(now, "officer0", "CLI", "path", Map.of(), "", List.of("P1", "P2"), "OK"));

        Path archive = dir.resolve("archive/trail-000000000001-000000000004.jsonl");
        assertThat(archive).exists();
        assertThat(TrailIo.lines(archive)).hasSize(4);
        List<String> active = TrailIo.lines(dir.resolve("trail.jsonl"));
        assertThat(active).hasSize(2);
        AuditRecord archival = AuditLines.parse(active.get(0)).record();
        assertThat(archival.action()).isEqualTo("audit.archive");
        assertThat(archival.seq()).isEqualTo(5);
        assertThat(archival.parameters()).containsEntry("first", "1").containsEntry("last", "4");
        Verification result = new TrailVerifier(dir).verify();
        assertThat(result.intact()).as(result.problem().orElse("")).isTrue();
        assertThat(result.records()).isEqualTo(6);
        assertThat(result.archived()).isEqualTo(4);
        assertThat(new TrailReader(dir).read(r -> r.concerns("P2"))).extracting(AuditRecord::seq).containsExactly(2L, 6L);

        TrailTampering.rewrite(archive, lines -> {
            lines.remove(0);
            return lines;
        });
        assertThat(problem()).contains("archive").contains("altered");
        Files.delete(archive);
        assertThat(problem()).contains("archived records 1..4 are missing");
    }

    @Test
    void anInterruptedArchivalIsFinishedOnTheNextAppend() {
        Instant now = T0.plus(Duration.ofDays(500));
        FileAuditLog then = new FileAuditLog(dir, Duration.ofDays(400), Clock.fixed(T0, ZoneOffset.UTC));
        for (int i = 1; i <= 3; i++) {
            then.record(event(i, List.of()));
        }
        List<String> before = TrailIo.lines(dir.resolve("trail.jsonl"));
        FileAuditLog later = new FileAuditLog(dir, Duration.ofDays(400), Clock.fixed(now, ZoneOffset.UTC));
        later.record(new AuditEvent(now, "officer0", "CLI", "ego", Map.of(), "", List.of(), "OK"));
        // A crash after the checkpoint was saved but before the active file was rewritten leaves both.
        List<String> crashed = new ArrayList<>(before);
        crashed.addAll(TrailIo.lines(dir.resolve("trail.jsonl")));
        TrailTampering.rewrite(dir.resolve("trail.jsonl"), lines -> crashed);
        Verification window = new TrailVerifier(dir).verify();
        assertThat(window.intact()).as(window.problem().orElse("verify tolerates the crash window")).isTrue();

        later.record(new AuditEvent(now, "officer0", "CLI", "ego", Map.of(), "", List.of(), "OK"));
        assertThat(TrailIo.lines(dir.resolve("trail.jsonl"))).hasSize(3).noneMatch(before::contains);
        Verification result = new TrailVerifier(dir).verify();
        assertThat(result.intact()).as(result.problem().orElse("")).isTrue();
        assertThat(result.records()).isEqualTo(6);
    }
}
