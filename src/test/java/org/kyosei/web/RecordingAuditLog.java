package org.kyosei.web;

import java.util.ArrayList;
import java.util.List;

import org.kyosei.audit.AuditEvent;
import org.kyosei.audit.AuditLog;

/** Keeps audit events in memory for assertions; can be told to fail, like a full disk. */
final class RecordingAuditLog implements AuditLog {
    private final List<AuditEvent> events = new ArrayList<>();
    private final AuditLog trail;
    private volatile boolean failing;

    RecordingAuditLog() {
        this(null);
    }

    /** Also writes every event to {@code trail} (a real hash-chained trail the AUDITOR endpoint reads). */
    RecordingAuditLog(AuditLog trail) {
        this.trail = trail;
    }

    @Override
    public synchronized void record(AuditEvent event) {
        if (failing) {
            throw new IllegalStateException("audit trail unavailable (test)");
        }
        events.add(event);
        if (trail != null) {
            trail.record(event);
        }
    }

    synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }

    synchronized AuditEvent last() {
        return events.getLast();
    }

    void failing(boolean failing) {
        this.failing = failing;
    }
}
