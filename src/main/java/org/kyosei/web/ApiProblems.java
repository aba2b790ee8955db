package org.kyosei.web;

import java.net.URI;
import java.util.Locale;

import org.kyosei.application.AnalystQueries;
import org.kyosei.application.port.StorageException;
import org.kyosei.domain.DateParameters;
import org.kyosei.security.ProblemMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every error of the API as an RFC 7807 problem: 400 naming the parameter at fault (property
 * {@code parameter}), 404 for an unknown id, and a 500 without internals only for real faults. Titles, and the details
 * that come from the bundles, are in the language of the request's {@code Accept-Language} ({@link ProblemMessages}).
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return badRequest(locale, e.parameter(), e.detail(locale));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.detail(locale));
        problem.setTitle(ProblemMessages.title(locale, 404));
        return problem;
    }

    /** A statement the database refused: a write, bad syntax, a missing parameter, a timeout. */
    @ExceptionHandler(StorageException.class)
    ProblemDetail refusedStatement(StorageException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return badRequest(locale, "statement", e.key() == null ? e.getMessage() : ProblemMessages.text(locale, e.key(), e.args()));
    }

    /** The analysts' read model is not built yet (just after a start). */
    @ExceptionHandler(AnalystQueries.NotReadyException.class)
    ProblemDetail notReady(AnalystQueries.NotReadyException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle(ProblemMessages.title(locale(request), 503));
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail fault(Exception e, HttpServletRequest request) {
        LOG.error("request failed", e);
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemMessages.text(locale, "fault"));
        problem.setTitle(ProblemMessages.title(locale, 500));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        Locale locale = locale(request);
        String expected = type == java.time.LocalDate.class ? ProblemMessages.text(locale, "parameter.aDate")
                : type == int.class || type == Integer.class ? ProblemMessages.text(locale, "parameter.aNumber")
                : ProblemMessages.text(locale, "parameter.aValue", type == null ? "?" : type.getSimpleName());
        return ResponseEntity.badRequest().body(badRequest(locale, name,
                ProblemMessages.text(locale, "parameter.notA", name, String.valueOf(e.getValue()), expected)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = locale(request);
        return ResponseEntity.badRequest().body(badRequest(locale, e.getParameterName(),
                ProblemMessages.text(locale, "parameter.required", e.getParameterName())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = locale(request);
        return ResponseEntity.badRequest().body(badRequest(locale, "body", ProblemMessages.text(locale, "body.unreadable")));
    }

    /** The framework's own problems (an unknown file, a method not allowed, ...): the title, and known details, localized. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            Locale locale = locale(request);
            problem.setTitle(ProblemMessages.title(locale, problem.getStatus()));
            if (e instanceof org.springframework.web.servlet.resource.NoResourceFoundException) {
                problem.setDetail(ProblemMessages.text(locale, "path.unknown"));
            } else if (e instanceof org.springframework.web.HttpRequestMethodNotSupportedException) {
                problem.setDetail(ProblemMessages.text(locale, "path.method"));
            }
        }
        return answer;
    }

    private static Locale locale(HttpServletRequest request) {
        return ProblemMessages.locale(request.getHeader("Accept-Language"));
    }

    private static Locale locale(WebRequest request) {
        return ProblemMessages.locale(request.getHeader("Accept-Language"));
    }

    static ProblemDetail badRequest(Locale locale, String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(ProblemMessages.title(locale, 400));
        problem.setType(URI.create("about:blank"));
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
