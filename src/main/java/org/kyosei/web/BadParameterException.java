package org.kyosei.web;

/** A request parameter (or header, or body field) the service cannot use: a 400 problem naming it. */
public final class BadParameterException extends RuntimeException {
    private final String parameter;

    public BadParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
