package org.kyosei.application.port;

/** A failure of storage the user can act on: its message is one line for them. */
public class StorageException extends RuntimeException {
    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether a statement was refused by the read-only policy (a write, a procedure...) rather than failing. */
    public boolean refused() {
        return false;
    }
}
