package org.kyosei.application;

import java.time.LocalDate;

/** An entity a request names is not in the graph as of its day; {@code parameter} is where the request named it. */
public final class UnknownEntityException extends RuntimeException {
    private final String id;
    private final String parameter;
    private final LocalDate asOf;

    public UnknownEntityException(String id, String parameter, LocalDate asOf) {
        super("no entity '" + id + "' (" + parameter + ") in the graph as of " + asOf);
        this.id = id;
        this.parameter = parameter;
        this.asOf = asOf;
    }

    public String id() {
        return id;
    }

    public String parameter() {
        return parameter;
    }

    public LocalDate asOf() {
        return asOf;
    }
}
