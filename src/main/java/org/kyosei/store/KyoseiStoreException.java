package org.kyosei.store;

import org.kyosei.application.port.StorageException;

/** A database problem the user can act on; its message is one line meant for the terminal. */
public class KyoseiStoreException extends StorageException {
    public KyoseiStoreException(String message) {
        super(message);
    }

    protected KyoseiStoreException(String message, String key, Object... args) {
        super(message, key, args);
    }

    public KyoseiStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
