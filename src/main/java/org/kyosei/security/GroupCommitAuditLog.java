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
 * Group commit in front of a synchronous audit log: concurrent requests queue their events, and whichever
 * thread takes the write lock writes everything queued so far with one {@link AuditLog#recordAll} (one forced
 * write instead of one per request). Every caller still returns only once its own event is durable, and gets
 * the failure when it is not, so the trail stays synchronous. Each caller renders its own event's line
 * ({@link PreparedEvent}) before it queues it, so the writer's turn holds only the numbering, chaining and hashing.
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
        writer.lock();
        try {
            if (!mine.written().isDone()) {
                writeQueued();
            }
        } finally {
            writer.unlock();
        }
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

    private void writeQueued() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next = queue.poll(); next != null; next = queue.poll()) {
            batch.add(next);
        }
        try {
            delegate.recordAllPrepared(batch.stream().map(Pending::event).toList());
            batch.forEach(p -> p.written().complete(null));
        } catch (RuntimeException | Error e) {
            batch.forEach(p -> p.written().completeExceptionally(e));
        }
    }
}
