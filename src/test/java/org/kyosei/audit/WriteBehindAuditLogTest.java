package org.kyosei.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's write-behind trail: written before record returns, forced later, head never ahead of the disk. */
class WriteBehindAuditLogTest {
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private static final Duration NEVER_BY_ITSELF = Duration.ofHours(1);

    @TempDir
    Path dir;

    private static AuditEvent event(int i) {
        return new AuditEvent(T0.plusSeconds(i), "officer", "INVESTIGATOR", "GET /api/entities/{id}",
                Map.of("path", "/api/entities/P" + i), "", List.of("P" + i), "OK");
    }

    private long headSeq() throws Exception {
        return Long.parseLong(Files.readString(dir.resolve("head"), StandardCharsets.UTF_8).strip().split(" ")[0]);
    }

    private Verification verify() {
        return new TrailVerifier(dir).verify();
    }

    @Test
    void aRecordIsInTheTrailWhenRecordReturnsAndTheHeadFollowsOnFlush() throws Exception {
        try (WriteBehindAuditLog log = new WriteBehindAuditLog(new FileAuditLog(dir), NEVER_BY_ITSELF)) {
            log.record(event(1));
            log.flush();
            log.recordAll(List.of(event(2), event(3)));

            assertThat(new TrailReader(dir).read(r -> true)).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L);
            assertThat(headSeq()).as("the head names only forced records").isEqualTo(1);
            assertThat(verify().intact()).as(verify().problem().orElse("")).isTrue();

            log.flush();
            assertThat(headSeq()).isEqualTo(3);
            assertThat(verify().intact()).isTrue();
            assertThat(verify().records()).isEqualTo(3);
        }
    }

    @Test
    void closingForcesWhatIsLeft() throws Exception {
        try (WriteBehindAuditLog log = new WriteBehindAuditLog(new FileAuditLog(dir), NEVER_BY_ITSELF)) {
            log.record(event(1));
            log.record(event(2));
        }
        assertThat(headSeq()).isEqualTo(2);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theFlusherForcesOnItsOwnWithinTheInterval() throws Exception {
        try (WriteBehindAuditLog log = new WriteBehindAuditLog(new FileAuditLog(dir), Duration.ofMillis(20))) {
            log.record(event(1));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while ((!Files.exists(dir.resolve("head")) || headSeq() < 1) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(headSeq()).isEqualTo(1);
        }
    }

    @Test
    void aFailedForceRefusesLaterRecordsUntilAForceSucceeds() throws Exception {
        FileAuditLog trail = new FileAuditLog(dir);
        try (WriteBehindAuditLog log = new WriteBehindAuditLog(trail, NEVER_BY_ITSELF)) {
            log.record(event(1));
            Path blocker = dir.resolve("head");
            Files.createDirectories(blocker.resolve("in-the-way")); // the head can no longer be written
            log.flush();

            assertThatThrownBy(() -> log.record(event(2))).isInstanceOf(AuditException.class)
                    .hasMessageContaining("could not be forced");
            assertThat(new TrailReader(dir).read(r -> true)).hasSize(1);

            Files.delete(blocker.resolve("in-the-way"));
            Files.delete(blocker);
            log.flush();
            log.record(event(2));
        }
        assertThat(headSeq()).isEqualTo(2);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void sharesTheTrailWithAForcedWriterInAnotherProcessOrThread() throws Exception {
        FileAuditLog cli = new FileAuditLog(dir);
        try (WriteBehindAuditLog service = new WriteBehindAuditLog(new FileAuditLog(dir), NEVER_BY_ITSELF)) {
            service.record(event(1));
            cli.record(event(2)); // a command run beside the service forces its own record and moves the head
            service.record(event(3));
            assertThat(headSeq()).isEqualTo(2);
        }
        assertThat(new TrailReader(dir).read(r -> true)).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L);
        assertThat(headSeq()).isEqualTo(3);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void refusesAnIntervalThatIsNotPositive() {
        assertThatThrownBy(() -> new WriteBehindAuditLog(new FileAuditLog(dir), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
