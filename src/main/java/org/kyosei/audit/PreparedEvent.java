package org.kyosei.audit;

import java.util.List;

/**
 * An event with the body of its trail line already rendered ({@link #of}), so that the writer holding the trail's
 * lock only numbers, chains and hashes it. Request threads prepare their own events in parallel; before, the one
 * thread writing a group commit rendered every queued event while the others waited. Only {@link #of}
 * makes one, so a body is always the rendering of its event.
 */
public final class PreparedEvent {
    private final AuditEvent event;
    private final String body;

    private PreparedEvent(AuditEvent event, String body) {
        this.event = event;
        this.body = body;
    }

    /** Renders the event's body now, on the calling thread. */
    public static PreparedEvent of(AuditEvent event) {
        return new PreparedEvent(event, AuditLines.body(event));
    }

    /** {@link #of} each event, in order. */
    static List<PreparedEvent> ofAll(List<AuditEvent> events) {
        return events.stream().map(PreparedEvent::of).toList();
    }

    public AuditEvent event() {
        return event;
    }

    /** The fields of the event's line between its sequence number and the previous record's hash. */
    String body() {
        return body;
    }
}
