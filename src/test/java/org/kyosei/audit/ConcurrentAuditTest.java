package org.kyosei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many writers at once, in this JVM and in other processes: no lost, duplicated or unchained record. */
class ConcurrentAuditTest {
    @TempDir
    Path dir;

    @Test
    void threadsWithSeparateLogObjectsNeverBreakTheChain() throws Exception {
        int threads = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String user = "thread" + t;
            done.add(pool.submit(() -> {
                FileAuditLog log = new FileAuditLog(dir);
                for (int i = 0; i < each; i++) {
                    log.record(new AuditEvent(Instant.now(), user, "CLI", "ego", Map.of("i", "" + i), "", List.of(), "OK"));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Verification result = new TrailVerifier(dir).verify();
        assertThat(result.intact()).as(result.problem().orElse("")).isTrue();
        assertThat(result.records()).isEqualTo(threads * each);
        assertThat(new TrailReader(dir).read(r -> r.user().equals("thread3"))).hasSize(each);
    }

    @Test
    void processesShareTheTrailThroughTheFileLock() throws Exception {
        int each = 25;
        List<Process> children = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            children.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), AppendRecords.class.getName(),
                    dir.toString(), "process" + p, String.valueOf(each))
                    .redirectErrorStream(true).start());
        }
        FileAuditLog log = new FileAuditLog(dir);
        for (int i = 0; i < each; i++) {
            log.record(new AuditEvent(Instant.now(), "parent", "CLI", "ego", Map.of(), "", List.of(), "OK"));
        }
        for (Process child : children) {
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(new String(child.getInputStream().readAllBytes())).isZero();
        }
        Verification result = new TrailVerifier(dir).verify();
        assertThat(result.intact()).as(result.problem().orElse("")).isTrue();
        assertThat(result.records()).isEqualTo(3L * each);
        assertThat(new TrailReader(dir).read(r -> r.user().equals("process1"))).hasSize(each);
    }

    /** The other process: appends N records as USER to the trail in DIR. */
    public static final class AppendRecords {
        public static void main(String[] args) {
            FileAuditLog log = new FileAuditLog(Path.of(args[0]));
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                log.record(new AuditEvent(Instant.now(), args[1], "CLI", "ego", Map.of("i", "" + i), "", List.of(), "OK"));
            }
        }
    }
}
