package org.kyosei.store;

/** A database problem the user can act on; its message is one line meant for the terminal. */
public class KyoseiStoreException extends RuntimeException {
    public KyoseiStoreException(String message) {
        super(message);
    }

    public KyoseiStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
