package org.kyosei.web;

/** Something the request names does not exist: a 404 problem. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String detail) {
        super(detail);
    }
}
