package org.kyosei.web;

/** Bounds on request parameters, checked before any database work. */
final class Limits {
    static final int MAX_HOPS = 4;
    static final int MAX_K = 20;
    static final int MAX_NEIGHBOURHOOD = 1000;
    static final int MAX_SEARCH = 100;
    static final int MAX_NETWORK_TERMINALS = 20;
    static final int QUERY_ROWS = 1000;
    static final int QUERY_TIMEOUT_SECONDS = 30;

    private Limits() {
    }

    static int between(String parameter, int value, int min, int max) {
        if (value < min || value > max) {
            throw BadParameterException.localized(parameter, "parameter.between", parameter, Integer.toString(min),
                    Integer.toString(max), Integer.toString(value));
        }
        return value;
    }
}
