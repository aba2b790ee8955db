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
            throw new BadParameterException(HEADER, "reading a person's data needs a case or purpose reference in the "
                    + HEADER + " header");
        }
        if (!ALLOWED.matcher(header.strip()).matches()) {
            throw new BadParameterException(HEADER, HEADER + " must be 3-120 letters, digits, spaces or _ . : / # ( ) -");
        }
        return header.strip();
    }
}
