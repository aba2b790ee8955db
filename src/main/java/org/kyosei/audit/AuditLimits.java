package org.kyosei.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much of a value from outside (a case header, a user name, a request's parameters) a record keeps: every
 * {@link AuditEvent} is bounded here, so the command line, the web service and anything else that records an event
 * go through the same limits. A cut value keeps its beginning and a marker with its full length; a cut parameter
 * value also the SHA-256 of the whole value.
 */
public final class AuditLimits {
    /** Case reference, user, role, action, outcome. */
    public static final int MAX_TEXT_CHARS = 200;
    public static final int MAX_PARAMETER_NAME_CHARS = 100;
    /** Long enough for an ad-hoc Cypher statement, which an auditor needs whole. */
    public static final int MAX_PARAMETER_CHARS = 1000;
    public static final int MAX_PARAMETERS = 50;
    /** The name under which a record says how many parameters were left out. */
    public static final String MORE_PARAMETERS = "…";

    private AuditLimits() {
    }

    /** The value, or its first {@value #MAX_TEXT_CHARS} characters and "…(5000 characters)"; null stays null. */
    public static String text(String value) {
        return cut(value, MAX_TEXT_CHARS, false);
    }

    /** At most {@value #MAX_PARAMETERS} parameters, in the map's order, names and values cut to their limits. */
    public static Map<String, String> parameters(Map<String, String> parameters) {
        Map<String, String> bounded = new LinkedHashMap<>();
        int left = parameters.size();
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            if (bounded.size() == MAX_PARAMETERS - 1 && left > 1) {
                bounded.put(MORE_PARAMETERS, left + " more parameters not recorded");
                break;
            }
            bounded.putIfAbsent(cut(e.getKey(), MAX_PARAMETER_NAME_CHARS, false), cut(e.getValue(), MAX_PARAMETER_CHARS, true));
            left--;
        }
        return bounded;
    }

    private static String cut(String value, int max, boolean withDigest) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end) + "…(" + value.codePointCount(0, value.length()) + " characters"
                + (withDigest ? ", sha256 " + ResultDigest.of(value) : "") + ")";
    }
}
