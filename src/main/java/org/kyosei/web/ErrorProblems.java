package org.kyosei.web;

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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "no such path";
            case METHOD_NOT_ALLOWED -> "this method is not allowed on this path";
            case UNAUTHORIZED -> "log in with HTTP Basic";
            case FORBIDDEN -> "not allowed";
            default -> status.is4xxClientError() ? "the request was refused" : "the service could not answer; the error is logged";
        };
    }
}
