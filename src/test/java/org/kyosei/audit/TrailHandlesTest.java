package org.kyosei.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer keeps the lock file and the trail open between its appends: it must still hold the lock only while
 * appending, follow a trail another writer replaced, and let go of its files when closed or when an append fails.
 */
class TrailHandlesTest {
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    @TempDir
    Path dir;

    private static AuditEvent event(String user, Instant time) {
        return new AuditEvent(time, user, "INVESTIGATOR", "GET /api/entities/{id}", Map.of("id", "P1"), "CASE-7",
                List.of("P1"), "200");
    }

    private void assertIntact(long records) {
        Verification result = new TrailVerifier(dir).verify();
        assertThat(result.intact()).as(result.problem().orElse("")).isTrue();
        assertThat(result.records()).isEqualTo(records);
    }

    /** The files of this process that point into the trail folder (Linux). */
    private long openFilesInFolder() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        try (Stream<Path> links = Files.list(fds)) {
            return links.filter(link -> {
                try {
                    return Files.readSymbolicLink(link).startsWith(dir.toRealPath());
                } catch (IOException e) {
                    return false; // the listing's own descriptor, already closed
                }
            }).count();
        }
    }

    @Test
    void aWriterKeepingItsFilesOpenHoldsTheLockOnlyWhileAppending() throws Exception {
        try (FileAuditLog service = new FileAuditLog(dir)) {
            service.record(event("service", Instant.now()));
            // The service keeps trail.lock open; a command in another process must still get the lock in between.
            Process command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ConcurrentAuditTest.AppendRecords.class.getName(),
                    dir.toString(), "command", "5")
                    .redirectErrorStream(true).start();
            assertThat(command.waitFor(60, TimeUnit.SECONDS)).as("the command got the lock").isTrue();
            assertThat(command.exitValue()).as(new String(command.getInputStream().readAllBytes())).isZero();
            service.record(event("service", Instant.now()));
        }
        assertIntact(7);
        assertThat(new TrailReader(dir).read(r -> true)).extracting(AuditRecord::user)
                .containsExactly("service", "command", "command", "command", "command", "command", "service");
    }

    @Test
    void aWriterAppendsToTheTrailAnotherWriterPutInPlaceOfTheOneItHasOpen() {
        Instant later = T0.plus(Duration.ofDays(500));
        try (FileAuditLog service = new FileAuditLog(dir, Duration.ofDays(400), Clock.fixed(T0, ZoneOffset.UTC));
             FileAuditLog command = new FileAuditLog(dir, Duration.ofDays(400), Clock.fixed(later, ZoneOffset.UTC))) {
            for (int i = 0; i < 3; i++) {
                service.record(event("service", T0));
            }
            // The command archives the service's three records: trail.jsonl is now a new file.
            command.record(event("command", later));
            service.record(event("service", T0));
        }
        assertIntact(6);
        List<AuditRecord> active = TrailIo.lines(dir.resolve("trail.jsonl")).stream()
                .map(line -> AuditLines.parse(line).record()).toList();
        assertThat(active).extracting(AuditRecord::action)
                .containsExactly("audit.archive", "GET /api/entities/{id}", "GET /api/entities/{id}");
        assertThat(active).extracting(AuditRecord::user).containsExactly(FileAuditLog.SYSTEM_USER, "command", "service");
    }

    @Test
    void closingReleasesTheFilesAndTheNextAppendOpensThemAgain() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc to see open files");
        FileAuditLog log = new FileAuditLog(dir);
        log.record(event("a", T0));
        assertThat(openFilesInFolder()).as("a first append checks the trail from its paths, then lets go").isZero();
        log.record(event("a", T0));
        assertThat(openFilesInFolder()).as("lock file and trail kept open").isEqualTo(2);
        log.close();
        assertThat(openFilesInFolder()).isZero();

        log.record(event("b", T0));
        log.record(event("b", T0));
        log.close();
        assertThat(openFilesInFolder()).isZero();
        assertIntact(4);
    }

    @Test
    void aFolderDeletedUnderAWriterFailsTheNextAppendAndTheOneAfterStartsAFreshTrail() throws Exception {
        try (FileAuditLog log = new FileAuditLog(dir)) {
            log.record(event("a", T0));
            log.record(event("a", T0));
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
            assertThatThrownBy(() -> log.record(event("b", T0)))
                    .isInstanceOf(AuditException.class).hasMessageContaining("cannot append to the audit trail");
            assertThat(dir).doesNotExist();

            log.record(event("c", T0));
        }
        assertIntact(1);
        assertThat(new TrailReader(dir).read(r -> true)).extracting(AuditRecord::user).containsExactly("c");
    }
}
