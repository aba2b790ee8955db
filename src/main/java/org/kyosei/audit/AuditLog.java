package org.kyosei.audit;

/**
 * Where every read of a person's data, every refusal and every change is recorded. Implementations are
 * synchronous: {@link #record} returns only once the event is durably written, and throws when it cannot be,
 * so that no read goes unrecorded.
 */
public interface AuditLog {
    void record(AuditEvent event);

    /**
     * Records several events in order, as {@link #record} would one by one; an implementation may write them
     * with one forced write (group commit). Returns once all are durable; throws when any could not be.
     */
    default void recordAll(java.util.List<AuditEvent> events) {
        events.forEach(this::record);
    }

    /** {@link #recordAll} of events whose lines were prepared beforehand, outside any lock of the caller's. */
    default void recordAllPrepared(java.util.List<PreparedEvent> events) {
        recordAll(events.stream().map(PreparedEvent::event).toList());
    }
}
