package org.kyosei.ingest;

/** A dataset that cannot be imported at all (unreadable file, missing column); one-line message. */
public class DatasetException extends RuntimeException {
    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
