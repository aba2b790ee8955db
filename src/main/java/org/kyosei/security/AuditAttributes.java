package org.kyosei.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a controller tells the audit filter about a request: the entity ids it returned and parameters from
 * the body (never a password). The filter records them with everything else it sees.
 */
public final class AuditAttributes {
    static final String RESULT_IDS = AuditAttributes.class.getName() + ".resultIds";
    static final String PARAMETERS = AuditAttributes.class.getName() + ".parameters";

    private AuditAttributes() {
    }

    public static void returned(HttpServletRequest request, Collection<String> ids) {
        request.setAttribute(RESULT_IDS, List.copyOf(ids));
    }

    public static void parameter(HttpServletRequest request, String name, String value) {
        @SuppressWarnings("unchecked")
        Map<String, String> parameters = (Map<String, String>) request.getAttribute(PARAMETERS);
        if (parameters == null) {
            parameters = new LinkedHashMap<>();
            request.setAttribute(PARAMETERS, parameters);
        }
        parameters.put(name, value == null ? "" : value);
    }
}
