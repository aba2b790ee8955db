package org.kyosei.web;

/** Checks request parameters against their bounds ({@link org.kyosei.application.Bounds}) before any work. */
final class Limits {
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
