package org.kyosei.audit;

/** The audit trail cannot be written or read; the one-line message names the file at fault. */
public class AuditException extends RuntimeException {
    public AuditException(String message) {
        super(message);
    }

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
