package io.suitetok.runtime.web;

import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's problem bodies (RFC 9457) for every error it raises, with the detail a caller needs to
 * fix the request: which parameter or field was refused and why, or that the body is not JSON.
 * Exceptions Spring does not know stay a plain 500 without their message, which could carry data.
 */
@RestControllerAdvice
public class HubProblemDetails extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = failure.getParameterValidationResults().stream()
                .map(result -> result.getMethodParameter().getParameterName() + " "
                        + result.getResolvableErrors().stream().map(MessageSourceResolvable::getDefaultMessage)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return problem(failure, status, detail, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = failure.getBindingResult().getFieldErrors().stream()
                .map(FieldError::getField).distinct()
                .map(field -> field + " " + failure.getBindingResult().getFieldErrors(field).stream()
                        .map(FieldError::getDefaultMessage).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return problem(failure, status, detail, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(failure, status, "the body is not the JSON this endpoint takes", headers, request);
    }

    private ResponseEntity<Object> problem(Exception failure, HttpStatusCode status, String detail,
            HttpHeaders headers, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        return handleExceptionInternal(failure, body, headers, status, request);
    }
}
