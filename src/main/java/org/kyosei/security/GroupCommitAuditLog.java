package org.kyosei.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;

import org.kyosei.audit.AuditEvent;
import org.kyosei.audit.AuditLog;
import org.kyosei.audit.PreparedEvent;

/**
 * Group commit in front of a synchronous audit log: concurrent requests queue their events, and a thread that finds
 * no other writing takes the write lock and writes everything queued so far with one {@link AuditLog#recordAllPrepared}
 * (one forced write instead of one per request), again and again while more is queued. The others only wait for their
 * own event: the writer completes each one, so a caller never queues on the lock behind callers whose events are
 * already written (a convoy that, on few cores, made each of them wait for its turn on a processor). Every caller
 * still returns only once its own event is durable, and gets the failure when it is not, so the trail stays
 * synchronous. Each caller renders its own event's line ({@link PreparedEvent}) before it queues it, so the writer
 * holds the lock only for the numbering, chaining, hashing and the write.
 *
 * <p>No event is left behind: a caller that cannot take the lock queued its event before it tried, and the thread
 * holding the lock looks at the queue again after releasing it.
 */
final class GroupCommitAuditLog implements AuditLog {
    private record Pending(PreparedEvent event, CompletableFuture<Void> written) {
    }

    private final AuditLog delegate;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();

    GroupCommitAuditLog(AuditLog delegate) {
        this.delegate = delegate;
    }

    @Override
    public void record(AuditEvent event) {
        Pending mine = new Pending(PreparedEvent.of(event), new CompletableFuture<>()); // rendered before the lock
        queue.add(mine);
        writeWhileQueued();
        try {
            mine.written().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the audit trail", e);
        }
    }

    /** Writes what is queued, batch by batch, unless another thread is writing (which then looks again itself). */
    private void writeWhileQueued() {
        while (!queue.isEmpty() && writer.tryLock()) {
            List<Pending> batch = new ArrayList<>();
            Throwable outcome = null;
            try {
                for (Pending next = queue.poll(); next != null; next = queue.poll()) {
                    batch.add(next);
                }
                if (!batch.isEmpty()) {
                    delegate.recordAllPrepared(batch.stream().map(Pending::event).toList());
                }
            } catch (RuntimeException | Error e) {
                outcome = e;
            } finally {
                writer.unlock();
            }
            for (Pending written : batch) { // woken after the lock is free, so a woken writer finds it free
                if (outcome == null) {
                    written.written().complete(null);
                } else {
                    written.written().completeExceptionally(outcome);
                }
            }
        }
    }
}
