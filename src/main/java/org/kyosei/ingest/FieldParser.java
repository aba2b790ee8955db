package org.kyosei.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Parses single field values by the rules of DATA.md. Each method throws {@link RowException} with
 * the reason and the column at fault.
 */
final class FieldParser {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private FieldParser() {
    }

    /** Signals a field that breaks a rule; carries the rejection. */
    static final class RowException extends Exception {
        private final Rejection rejection;

        RowException(RejectReason reason, String detail) {
            super(detail, null, false, false);
            this.rejection = new Rejection(reason, detail);
        }

        Rejection rejection() {
            return rejection;
        }
    }

    static String required(String column, String value) throws RowException {
        if (value == null || value.isBlank()) {
            throw new RowException(RejectReason.MISSING_VALUE, "column '" + column + "' is empty");
        }
        return value;
    }

    static String id(String column, String value) throws RowException {
        required(column, value);
        if (!ID.matcher(value).matches()) {
            throw new RowException(RejectReason.MALFORMED_ID, "column '" + column + "': '" + abbreviate(value)
                    + "' is not an id (1-64 of A-Z a-z 0-9 _ . : -)");
        }
        return value;
    }

    /** An ISO date, or {@code null} when the value is empty. */
    static LocalDate optionalDate(String column, String value) throws RowException {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!ISO_DATE.matcher(value).matches()) {
            throw new RowException(RejectReason.MALFORMED_DATE, "column '" + column + "': '" + abbreviate(value) + "' is not a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowException(RejectReason.MALFORMED_DATE, "column '" + column + "': '" + value + "' is not a calendar date");
        }
    }

    static double optionalNumber(String column, String value, double whenEmpty) throws RowException {
        if (value == null || value.isEmpty()) {
            return whenEmpty;
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw new RowException(RejectReason.MALFORMED_NUMBER, "column '" + column + "': '" + abbreviate(value) + "' is not a number");
        }
        double number = Double.parseDouble(value);
        if (!Double.isFinite(number)) {
            throw new RowException(RejectReason.MALFORMED_NUMBER, "column '" + column + "': '" + abbreviate(value) + "' is not a finite number");
        }
        return number;
    }

    static Long optionalYear(String column, String value) throws RowException {
        if (value == null || value.isEmpty()) {
            return null;
        }
        long year;
        try {
            year = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new RowException(RejectReason.MALFORMED_NUMBER, "column '" + column + "': '" + abbreviate(value) + "' is not an integer");
        }
        if (year < 1900 || year > 2100) {
            throw new RowException(RejectReason.OUT_OF_RANGE, "column '" + column + "': " + year + " is outside 1900..2100");
        }
        return year;
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
