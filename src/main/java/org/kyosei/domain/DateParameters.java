package org.kyosei.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The one rule for dates a user gives (HTTP {@code asOf}, {@code since}; the command line's {@code --as-of},
 * {@code --since}, {@code --end}; saved queries' date parameters): exactly {@code YYYY-MM-DD}, a real calendar
 * day, in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. ISO 8601 also allows signs, a year 0 and
 * years of five or more digits ({@code -2026-01-01}, {@code +10000-01-01}); none of them is a date an
 * investigation asks about, and the range keeps every date a four-digit year from the 20th century's records on.
 */
public final class DateParameters {
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;
    /** What a valid value looks like, for error messages. */
    public static final String EXPECTED = "a date YYYY-MM-DD from " + FIRST_YEAR + "-01-01 to " + LAST_YEAR + "-12-31";

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final int ECHOED = 40;

    private DateParameters() {
    }

    /** A date refused by the rule; the message is one line naming the parameter (when given) and the expected form. */
    public static final class BadDateException extends IllegalArgumentException {
        BadDateException(String message) {
            super(message);
        }
    }

    /**
     * Parses {@code text} by the rule.
     *
     * @param name the parameter or option, for the message; null for a message that names none (a converter's)
     * @throws BadDateException explaining in one line
     */
    public static LocalDate parse(String name, String text) {
        if (text != null && SHAPE.matcher(text).matches()) {
            try {
                LocalDate date = LocalDate.parse(text, STRICT);
                if (inRange(date)) {
                    return date;
                }
            } catch (DateTimeParseException notACalendarDay) {
                // falls through to the one message
            }
        }
        throw new BadDateException(problem(name, text));
    }

    /**
     * A date by the rule (the start of that day in UTC), or an ISO instant such as {@code 2026-11-29T10:00:00Z}
     * within the same years.
     */
    public static Instant parseDateOrInstant(String name, String text) {
        if (text != null && text.length() == 10) {
            return parse(name, text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            Instant instant = Instant.parse(text);
            if (inRange(instant.atZone(ZoneOffset.UTC).toLocalDate())) {
                return instant;
            }
        } catch (DateTimeException | NullPointerException notAnInstant) {
            // falls through
        }
        throw new BadDateException((name == null ? "" : name + ": ") + echo(text) + " is not " + EXPECTED
                + " or an instant such as 2026-11-29T10:00:00Z in those years");
    }

    public static boolean inRange(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** "asOf: '0000-01-01' is not a date YYYY-MM-DD from 1900-01-01 to 2999-12-31". */
    public static String problem(String name, String text) {
        return (name == null ? "" : name + ": ") + echo(text) + " is not " + EXPECTED;
    }

    private static String echo(String text) {
        if (text == null) {
            return "nothing";
        }
        String shown = text.length() > ECHOED ? text.substring(0, ECHOED) + "…" : text;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
