package org.kyosei.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs before HTTP Basic authentication: refuses a login for a locked user or client with 429 and
 * {@code Retry-After}, and after the request counts a 401 as a failed login (or a success as a success).
 */
final class LoginThrottleFilter extends OncePerRequestFilter {
    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = BasicCredentials.claimedUser(request);
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        Optional<Duration> locked = throttle.lockedFor(user.get(), client);
        if (locked.isPresent()) {
            long seconds = Math.max(1, locked.get().toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            Problems.write(request, response, 429, "login.throttled", Long.toString(seconds));
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(user.get(), client);
        } else {
            throttle.succeeded(user.get(), client);
        }
    }
}
