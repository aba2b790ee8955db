package org.kyosei.web;

import java.util.regex.Pattern;

/**
 * The case or purpose reference (header {@value #HEADER}) that every read of a person's data must carry;
 * the audit filter records it.
 */
final class CaseReference {
    static final String HEADER = "X-Kyosei-Case";
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} _.:/#()-]{3,120}");

    private CaseReference() {
    }

    static String require(String header) {
        if (header == null || header.isBlank()) {
            throw BadParameterException.localized(HEADER, "case.missing", HEADER);
        }
        if (!ALLOWED.matcher(header.strip()).matches()) {
            throw BadParameterException.localized(HEADER, "case.malformed", HEADER);
        }
        return header.strip();
    }
}
