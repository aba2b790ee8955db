package org.kyosei.web;

import java.util.Locale;

import org.kyosei.security.ProblemMessages;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The {@code /error} page as an RFC 7807 problem, in place of the framework's default body (timestamp, path,
 * perhaps a trace): errors raised outside the controllers (a servlet container's 405 for TRACE, a
 * {@code sendError}) reach it. Asked for directly, without an error, it is a 404.
 */
@RestController
@Hidden
class ErrorProblems implements ErrorController {
    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.NOT_FOUND;
        }
        Locale locale = ProblemMessages.locale(request.getHeader("Accept-Language"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ProblemMessages.text(locale, detail(status)));
        problem.setTitle(ProblemMessages.title(locale, status.value()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The key of the detail for a status. */
    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "path.unknown";
            case METHOD_NOT_ALLOWED -> "path.method";
            case UNAUTHORIZED -> "path.login";
            case FORBIDDEN -> "path.forbidden";
            default -> status.is4xxClientError() ? "path.refused" : "failed";
        };
    }
}
