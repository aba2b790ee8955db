package org.kyosei.cli;

/** A mistake of the user (bad option value, unknown query name): one line, exit code 1. */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }
}
