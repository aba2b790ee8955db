package org.kyosei.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kyosei.audit.AuditEvent;
import org.kyosei.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place every {@code /api/} request is audited, whatever its outcome: answered, refused (401, 403,
 * 429), rejected as bad input, or failed. It sits in front of authentication, holds the response back
 * until {@link AuditLog#record} has returned, and answers 503 instead of the data when the audit trail cannot
 * be written, so no read goes unrecorded.
 */
final class ApiAuditFilter extends OncePerRequestFilter {
    /** Above this many returned ids the record keeps the count and a digest instead of the ids. */
    static final int MAX_IDS_RECORDED = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(ApiAuditFilter.class);

    private final AuditLog auditLog;
    private final Clock clock;

    ApiAuditFilter(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        } catch (ServletException | IOException | RuntimeException e) {
            record(request, 500);
            throw e;
        }
        try {
            record(request, held.getStatus());
        } catch (RuntimeException e) {
            LOG.error("the audit trail could not be written; the answer to {} {} was withheld", request.getMethod(),
                    request.getRequestURI(), e);
            held.resetBuffer();
            held.setHeader("Retry-After", null);
            Problems.write(request, held, 503, "audit.failed");
        }
        held.copyBodyToResponse();
    }

    private void record(HttpServletRequest request, int status) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean authenticated = authentication != null && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getPrincipal());
        String user = authenticated ? authentication.getName() : BasicCredentials.claimedUser(request).orElse("-");
        String role = authenticated ? authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(Role::nameIn).findFirst().orElse("-") : "-";
        String caseReference = request.getHeader("X-Kyosei-Case");
        auditLog.record(new AuditEvent(clock.instant(), user, role, action(request), parameters(request),
                caseReference == null ? "" : caseReference, resultIds(request), outcome(status, authenticated, request)));
    }

    private static String action(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
    }

    private static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("path", request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> parameters.put(name, String.join(",", values)));
        @SuppressWarnings("unchecked")
        Map<String, String> fromBody = (Map<String, String>) request.getAttribute(AuditAttributes.PARAMETERS);
        if (fromBody != null) {
            parameters.putAll(fromBody);
        }
        return parameters;
    }

    private static List<String> resultIds(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) request.getAttribute(AuditAttributes.RESULT_IDS);
        if (ids == null) {
            return List.of();
        }
        if (ids.size() <= MAX_IDS_RECORDED) {
            return ids;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ids.forEach(id -> sha.update((id + "\n").getBytes(StandardCharsets.UTF_8)));
            return List.of("count=" + ids.size(), "sha256=" + HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String outcome(int status, boolean authenticated, HttpServletRequest request) {
        if (status == 401) {
            return BasicCredentials.claimedUser(request).isPresent() ? "LOGIN_FAILED" : "UNAUTHENTICATED";
        }
        if (status == 403) {
            return "REFUSED";
        }
        if (status == 429) {
            return "THROTTLED";
        }
        if (status >= 500) {
            return "FAILED";
        }
        if (status >= 400) {
            return "REJECTED";
        }
        return "OK";
    }
}
