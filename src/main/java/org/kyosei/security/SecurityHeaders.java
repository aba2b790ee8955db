package org.kyosei.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer, set before anything else runs and again on error dispatches, so that
 * HEAD, a 401 or 429 from a filter, and the container's own errors (TRACE's 405) carry the same ones as GET.
 * The web UI loads its scripts and styles from its own origin only (its files and the WebJars), so the
 * Content-Security-Policy allows no inline script, no eval and no inline style, with one exception: Cytoscape.js
 * adds a single {@code <style>} element ({@code .__________cytoscape_container { position: relative; }}) that is
 * allowed by its SHA-256 hash, not by {@code 'unsafe-inline'}. Images may be {@code data:} or {@code blob:} URLs
 * (Swagger UI's icons, the PNG export).
 */
public final class SecurityHeaders implements Filter {
    /** SHA-256 of Cytoscape.js's own style element, base64, in CSP source syntax. */
    public static final String CYTOSCAPE_STYLE_HASH = "sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8=";

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' '" + CYTOSCAPE_STYLE_HASH + "'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Header name to value, in the order they are written. */
    public static final Map<String, String> HEADERS = headers();

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        headers.put("Pragma", "no-cache");
        headers.put("Expires", "0");
        headers.put("X-XSS-Protection", "0");
        return Map.copyOf(headers);
    }

    /** Sets the headers (replacing any earlier value). */
    public static void apply(HttpServletResponse response) {
        HEADERS.forEach(response::setHeader);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            apply(http);
        }
        chain.doFilter(request, response);
    }
}
