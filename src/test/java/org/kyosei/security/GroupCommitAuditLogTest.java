package org.kyosei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.audit.AuditEvent;
import org.kyosei.audit.AuditLog;
import org.kyosei.audit.PreparedEvent;
import org.kyosei.audit.FileAuditLog;
import org.kyosei.audit.TrailReader;
import org.kyosei.audit.TrailVerifier;

/** Group commit: every concurrent event lands in an intact chain, in fewer forced writes, and failures reach every caller. */
class GroupCommitAuditLogTest {
    private static AuditEvent event(int i) {
        return new AuditEvent(Instant.now(), "user" + (i % 4), "INVESTIGATOR", "GET /api/entities/{id}", Map.of("n", String.valueOf(i)),
                "CASE-1", List.of("P" + i), "OK");
    }

    @Test
    void concurrentEventsAreAllWrittenToAnIntactChainInBatches(@TempDir Path dir) throws Exception {
        FileAuditLog file = new FileAuditLog(dir);
        AtomicInteger writes = new AtomicInteger();
        AuditLog counting = new AuditLog() {
            @Override
            public void record(AuditEvent event) {
                recordAll(List.of(event));
            }

            @Override
            public void recordAll(List<AuditEvent> events) {
                throw new AssertionError("the group commit hands over events it prepared");
            }

            @Override
            public void recordAllPrepared(List<PreparedEvent> events) {
                writes.incrementAndGet();
                file.recordAllPrepared(events);
            }
        };
        GroupCommitAuditLog log = new GroupCommitAuditLog(counting);
        int threads = 16;
        int each = 25;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int base = t * each;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        log.record(event(base + i));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        assertThat(new TrailVerifier(dir).verify().intact()).isTrue();
        assertThat(new TrailReader(dir).read(r -> true)).hasSize(threads * each)
                .extracting(r -> r.parameters().get("n")).doesNotHaveDuplicates();
        assertThat(writes.get()).isPositive().isLessThan(threads * each);
    }

    @Test
    void aFailedWriteFailsTheCallerAndTheNextCallsStillTry() {
        AtomicInteger calls = new AtomicInteger();
        GroupCommitAuditLog log = new GroupCommitAuditLog(event -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });
        assertThatThrownBy(() -> log.record(event(1))).isInstanceOf(IllegalStateException.class).hasMessageContaining("disk full");
        log.record(event(2));
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void eventsQueuedWhileAnotherThreadWritesAreWrittenByItInOneBatchWhileTheirCallersWait() throws Exception {
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        List<String> writes = new CopyOnWriteArrayList<>();
        GroupCommitAuditLog log = new GroupCommitAuditLog(new AuditLog() {
            @Override
            public void record(AuditEvent event) {
                throw new AssertionError("the group commit hands over events it prepared");
            }

            @Override
            public void recordAllPrepared(List<PreparedEvent> events) {
                writes.add(Thread.currentThread().getName() + " " + events.stream().map(e -> e.event().parameters().get("n")).toList());
                if (writes.size() == 1) {
                    firstWriteStarted.countDown();
                    await(releaseFirstWrite);
                }
            }
        });
        Thread first = Thread.ofPlatform().name("first").start(() -> log.record(event(1)));
        await(firstWriteStarted);
        // The second thread is waiting before the third starts, so the batch's order (the queue's) is known.
        Thread second = Thread.ofPlatform().name("second").start(() -> log.record(event(2)));
        awaitWaiting(second);
        Thread third = Thread.ofPlatform().name("third").start(() -> log.record(event(3)));
        awaitWaiting(third);
        releaseFirstWrite.countDown();
        for (Thread thread : List.of(first, second, third)) {
            thread.join(10_000);
            assertThat(thread.isAlive()).as(thread.getName() + " returned").isFalse();
        }
        assertThat(writes).containsExactly("first [1]", "first [2, 3]");
    }

    private static void awaitWaiting(Thread waiting) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (waiting.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(waiting.getState()).as(waiting.getName() + " waits for its event").isEqualTo(Thread.State.WAITING);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
