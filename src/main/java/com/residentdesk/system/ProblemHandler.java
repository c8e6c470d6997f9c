package com.residentdesk.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem bodies for /api. Bad input is a 400 that names every bad field in {@code
 * errors}; the values themselves are never echoed (they may be personal data).
 */
@RestControllerAdvice(basePackages = "com.residentdesk")
public class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  /**
   * 503 detail: no connection came free in time, because the database is down or every one is busy.
   */
  static final String NO_DATABASE =
      "The service desk cannot get a database connection (database unreachable or the desk overloaded); "
          + "nothing was stored. Retry shortly.";

  public record FieldError(String field, String message) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return ResponseEntity.badRequest().body(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = "body";
    String message = "is not valid JSON for this request";
    if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      field =
          mapping.getPath().stream()
              .map(p -> p.getFieldName() != null ? p.getFieldName() : "[" + p.getIndex() + "]")
              .collect(Collectors.joining("."));
      if (mapping instanceof UnrecognizedPropertyException) {
        message = "is not a known field";
      } else if (mapping instanceof InvalidFormatException format) {
        message = "must be a " + format.getTargetType().getSimpleName();
      } else {
        message = "has the wrong type";
      }
    }
    return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(field, message))));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
    String expected =
        ex.getRequiredType() != null && ex.getRequiredType().isEnum()
            ? "must be one of " + List.of(ex.getRequiredType().getEnumConstants())
            : "must be a "
                + (ex.getRequiredType() == null
                    ? "valid value"
                    : ex.getRequiredType().getSimpleName());
    return ResponseEntity.badRequest()
        .body(invalid(List.of(new FieldError(ex.getName(), expected))));
  }

  @ExceptionHandler(InvalidFieldException.class)
  ResponseEntity<Object> invalidField(InvalidFieldException ex) {
    return ResponseEntity.badRequest()
        .body(invalid(List.of(new FieldError(ex.field(), ex.getMessage()))));
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException ex) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
  }

  @ExceptionHandler(UnprocessableException.class)
  ProblemDetail unprocessable(UnprocessableException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
    problem.setProperty("errors", List.of(new FieldError(ex.field(), ex.getMessage())));
    return problem;
  }

  /** The database is unreachable: nothing was stored, the client may retry. */
  @ExceptionHandler({
    CannotGetJdbcConnectionException.class,
    CannotCreateTransactionException.class,
    DataAccessResourceFailureException.class,
    QueryTimeoutException.class
  })
  ResponseEntity<ProblemDetail> unavailable(RuntimeException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, NO_DATABASE);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "5")
        .body(problem);
  }

  /** Anything unforeseen: a problem body without internals; the cause is in the log. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception ex) {
    if (DatabaseFailures.isUnreachable(ex)) {
      // a connection lost mid-request surfaces as JpaSystemException, ProcessEngineException, ...
      log.warn(
          "No database connection while handling an API request ({}): database unreachable or every connection busy",
          ex.getClass().getName());
      return unavailable(new DataAccessResourceFailureException("database unreachable"));
    }
    // exception messages can quote submitted values (database constraint texts do): the message
    // and stack go to DEBUG only, so personal data never reaches the production log
    log.error("Unexpected {} while handling an API request", ex.getClass().getName());
    log.debug("Unexpected error", ex);
    return ResponseEntity.internalServerError()
        .body(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The service desk could not complete the request; nothing was stored."));
  }

  private static ProblemDetail invalid(List<FieldError> errors) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "Invalid request: "
                + errors.stream()
                    .map(e -> e.field() + " " + e.message())
                    .collect(Collectors.joining("; ")));
    problem.setTitle("Invalid request");
    problem.setProperties(Map.of("errors", errors));
    return problem;
  }
}
