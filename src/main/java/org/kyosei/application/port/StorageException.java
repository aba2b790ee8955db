package org.kyosei.application.port;

/** A failure of storage the user can act on: its message is one line for them. */
public class StorageException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public StorageException(String message) {
        this(message, null, new Object[0]);
    }

    /** A failure whose message is also the message {@code problem.<key>} of the bundles with {@code args}. */
    protected StorageException(String message, String key, Object... args) {
        super(message);
        this.key = key;
        this.args = args;
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
        this.key = null;
        this.args = new Object[0];
    }

    /** The message key of the bundles ({@code problem.<key>}) saying the same in other languages; null when none. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Whether a statement was refused by the read-only policy (a write, a procedure...) rather than failing. */
    public boolean refused() {
        return false;
    }
}
