package org.kyosei.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parses single field values by the rules of DATA.md. Each method throws {@link RowException} with
 * the reason and the column at fault.
 *
 * <p>The syntax checks are plain character scans: they run on every field of millions of rows, where a
 * regular expression costs several times more. Each scan accepts exactly the language of the pattern in its
 * Javadoc ({@code \d} meaning an ASCII digit).
 */
final class FieldParser {
    private static final int MAX_ID_LENGTH = 64;

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
        if (!isId(value)) {
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
        if (!isIsoDate(value)) {
            throw new RowException(RejectReason.MALFORMED_DATE, "column '" + column + "': '" + abbreviate(value) + "' is not a date YYYY-MM-DD");
        }
        try {
            // the same calendar rules as LocalDate.parse (ISO_LOCAL_DATE, strict) for four-digit years
            return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
        } catch (DateTimeException e) {
            throw new RowException(RejectReason.MALFORMED_DATE, "column '" + column + "': '" + value + "' is not a calendar date");
        }
    }

    static double optionalNumber(String column, String value, double whenEmpty) throws RowException {
        if (value == null || value.isEmpty()) {
            return whenEmpty;
        }
        if (!isDecimal(value)) {
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

    /** {@code [A-Za-z0-9_.:-]{1,64}} */
    static boolean isId(String value) {
        int length = value.length();
        if (length < 1 || length > MAX_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(c)
                    || c == '_' || c == '.' || c == ':' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** {@code \d{4}-\d{2}-\d{2}} */
    static boolean isIsoDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && !isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?} */
    static boolean isDecimal(String value) {
        int length = value.length();
        int i = 0;
        if (i < length && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
            i++;
        }
        int integerDigits = 0;
        while (i < length && isDigit(value.charAt(i))) {
            i++;
            integerDigits++;
        }
        int fractionDigits = 0;
        if (i < length && value.charAt(i) == '.') {
            i++;
            while (i < length && isDigit(value.charAt(i))) {
                i++;
                fractionDigits++;
            }
        }
        if (integerDigits == 0 && fractionDigits == 0) {
            return false;
        }
        if (i < length && (value.charAt(i) == 'e' || value.charAt(i) == 'E')) {
            i++;
            if (i < length && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < length && isDigit(value.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == length;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The number written by the ASCII digits {@code value[from, to)}. */
    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            number = number * 10 + (value.charAt(i) - '0');
        }
        return number;
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
