package org.kyosei.security;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 and 403 as RFC 7807 problems. The 401 carries {@code WWW-Authenticate: Basic} except for the web UI's
 * own requests ({@code X-Requested-With: XMLHttpRequest}), so the browser does not pop up its own login box.
 */
final class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"kyosei\"");
        }
        Problems.write(request, response, 401, BasicCredentials.claimedUser(request).isPresent() ? "login.wrong" : "login.needed");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        Problems.write(request, response, 403, "forbidden", request.getMethod(), request.getRequestURI());
    }
}
