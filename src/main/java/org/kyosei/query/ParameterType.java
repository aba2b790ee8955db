package org.kyosei.query;

import org.kyosei.domain.DateParameters;

/** The types a saved query's parameter may declare; each converts a command-line value. */
public enum ParameterType {
    STRING {
        @Override
        Object convert(String value) {
            return value;
        }
    },
    INTEGER {
        @Override
        Object convert(String value) {
            return Long.parseLong(value.strip());
        }
    },
    FLOAT {
        @Override
        Object convert(String value) {
            return Double.parseDouble(value.strip());
        }
    },
    DATE {
        @Override
        Object convert(String value) {
            return DateParameters.parse(null, value.strip());
        }
    };

    abstract Object convert(String value);

    /**
     * Converts {@code value}, or explains in one line why it cannot.
     *
     * @throws IllegalArgumentException naming the parameter and the expected type
     */
    public Object parse(String parameter, String value) {
        try {
            return convert(value);
        } catch (IllegalArgumentException e) { // NumberFormatException, DateParameters.BadDateException
            throw new IllegalArgumentException("parameter '" + parameter + "': '" + value + "' is not "
                    + (this == DATE ? DateParameters.EXPECTED : "a " + name().toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
