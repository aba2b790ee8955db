package org.kyosei.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a reviewer decided about a lead (see "Responsible use" in the README). */
public enum Decision {
    /** The lead holds up: it is worked as a case. */
    CONFIRMED,
    /** The lead does not hold up (a benign look-alike, a data error...). */
    DISMISSED,
    /** Not decidable yet: more information is needed. */
    NEEDS_INFORMATION;

    public static Optional<Decision> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(d -> d.name().equals(wanted)).findFirst();
    }
}
