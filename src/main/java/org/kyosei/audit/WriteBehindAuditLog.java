package org.kyosei.audit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The service's audit trail: each event is appended to the trail (chained, in order, visible to
 * {@code audit show}) before {@link #record} returns, and forced to the disk at most {@code interval} later by a
 * background flusher, which then moves the head. This is the durability of auditd's default
 * ({@code flush = incremental_async}): an answer is never sent before its record is written, a crash of the
 * process loses nothing, and a power cut loses at most the last {@code interval} of records; the head never
 * names a record that did not reach the disk, so {@code audit verify} stays clean after such a cut.
 *
 * <p>Fails closed: once a force fails, every later {@link #record} throws (so the service answers 503) until
 * a force succeeds again.
 */
public final class WriteBehindAuditLog implements AuditLog, AutoCloseable {
    private final FileAuditLog trail;
    private final ScheduledExecutorService flusher;
    private final AtomicBoolean unforced = new AtomicBoolean();
    private volatile AuditException forceFailure;

    public WriteBehindAuditLog(FileAuditLog trail, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the audit flush interval must be positive, got " + interval);
        }
        this.trail = trail;
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kyosei-audit-flush");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        flusher.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** The trail's folder. */
    public java.nio.file.Path dir() {
        return trail.dir();
    }

    @Override
    public void record(AuditEvent event) {
        recordAll(List.of(event));
    }

    @Override
    public void recordAll(List<AuditEvent> events) {
        recordAllPrepared(PreparedEvent.ofAll(events));
    }

    @Override
    public void recordAllPrepared(List<PreparedEvent> events) {
        AuditException failure = forceFailure;
        if (failure != null) {
            throw new AuditException("the audit trail could not be forced to the disk: " + failure.getMessage(), failure);
        }
        trail.appendWithoutForce(events);
        unforced.set(true);
    }

    /** Forces everything appended so far and moves the head; remembers a failure so that records are refused. */
    public void flush() {
        if (!unforced.getAndSet(false)) {
            return;
        }
        try {
            trail.forceAndAdvanceHead();
            forceFailure = null;
        } catch (AuditException e) {
            unforced.set(true);
            forceFailure = e;
        }
    }

    /** Stops the flusher and forces what is left; throws when that last force fails. */
    @Override
    public void close() {
        flusher.shutdown();
        try {
            flusher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (unforced.getAndSet(false)) {
            trail.forceAndAdvanceHead();
        }
    }
}
