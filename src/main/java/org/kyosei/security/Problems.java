package org.kyosei.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 7807 problem responses from filters, where no controller advice runs: the title of the status and the
 * detail {@code problem.<key>}, in the language of the request's {@code Accept-Language}.
 */
final class Problems {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String key, Object... args)
            throws IOException {
        Locale locale = ProblemMessages.locale(request.getHeader("Accept-Language"));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", ProblemMessages.title(locale, status));
        problem.put("status", status);
        problem.put("detail", ProblemMessages.text(locale, key, args));
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
