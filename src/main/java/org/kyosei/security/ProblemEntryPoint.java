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
        Problems.write(response, 401, "Unauthorized", BasicCredentials.claimedUser(request).isPresent()
                ? "unknown user or wrong password" : "log in with HTTP Basic (a user made with 'kyosei user add')");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        Problems.write(response, 403, "Forbidden", "your role may not use " + request.getMethod() + " " + request.getRequestURI());
    }
}
