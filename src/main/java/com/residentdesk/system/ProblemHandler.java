package com.residentdesk.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * errors}; the values themselves are never echoed (they may be personal data). Titles, details and
 * field messages are in the caller's language ({@link DeskLocaleResolver}, {@link Problems}); field
 * names are not translated.
 */
@RestControllerAdvice(basePackages = "com.residentdesk")
public class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  /**
   * 503 detail code: no connection came free in time, because the database is down or every one is
   * busy.
   */
  static final String NO_DATABASE = "problem.no-database";

  private final Problems problems;

  public ProblemHandler(Problems problems) {
    this.problems = problems;
  }

  public record FieldError(String field, String message) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    // a bundle entry for one of the error's codes (Pattern.unit, NotBlank, ...) wins over the
    // constraint's own message, which Bean Validation has already put in the caller's language
    List<FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(e -> new FieldError(e.getField(), problems.text(e, locale)))
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
    String message = text("problem.field.not-json");
    if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      field =
          mapping.getPath().stream()
              .map(p -> p.getFieldName() != null ? p.getFieldName() : "[" + p.getIndex() + "]")
              .collect(Collectors.joining("."));
      if (mapping instanceof UnrecognizedPropertyException) {
        message = text("problem.field.unknown");
      } else if (mapping instanceof InvalidFormatException format) {
        message = mustBe(format.getTargetType());
      } else {
        message = text("problem.field.wrong-type");
      }
    }
    return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(field, message))));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
    String expected =
        ex.getRequiredType() != null && ex.getRequiredType().isEnum()
            ? text("problem.field.one-of", List.of(ex.getRequiredType().getEnumConstants()))
            : ex.getRequiredType() == null
                ? text("problem.field.valid-value")
                : mustBe(ex.getRequiredType());
    return ResponseEntity.badRequest()
        .body(invalid(List.of(new FieldError(ex.getName(), expected))));
  }

  @ExceptionHandler(InvalidFieldException.class)
  ResponseEntity<Object> invalidField(InvalidFieldException ex) {
    return ResponseEntity.badRequest()
        .body(invalid(List.of(new FieldError(ex.field(), text(ex.getMessage(), ex.args())))));
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException ex) {
    return problem(HttpStatus.NOT_FOUND, ex.getMessage(), ex.args());
  }

  @ExceptionHandler(UnprocessableException.class)
  ProblemDetail unprocessable(UnprocessableException ex) {
    ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage(), ex.args());
    problem.setProperty("errors", List.of(new FieldError(ex.field(), problem.getDetail())));
    return problem;
  }

  /** A refusal a service decides (the record's scope, not the URL): 403, never a 500. */
  @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
  ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException ex) {
    return problem(HttpStatus.FORBIDDEN, "problem.forbidden");
  }

  /** The database is unreachable: nothing was stored, the client may retry. */
  @ExceptionHandler({
    CannotGetJdbcConnectionException.class,
    CannotCreateTransactionException.class,
    DataAccessResourceFailureException.class,
    QueryTimeoutException.class
  })
  ResponseEntity<ProblemDetail> unavailable(RuntimeException ex) {
    ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, NO_DATABASE);
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
        .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected"));
  }

  /**
   * Spring's own problems (405, 415, a missing parameter, ...) get their title in the caller's
   * language; their detail comes from problemDetail.* codes of the same bundle.
   */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem) {
      problem.setTitle(problems.title(statusCode, LocaleContextHolder.getLocale()));
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  private ProblemDetail invalid(List<FieldError> errors) {
    String separator = text("problem.invalid.separator");
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "problem.invalid",
            errors.stream()
                .map(e -> e.field() + " " + e.message())
                .collect(Collectors.joining(separator)));
    problem.setProperties(Map.of("errors", errors));
    return problem;
  }

  private ProblemDetail problem(HttpStatus status, String code, Object... args) {
    return problems.problem(status, LocaleContextHolder.getLocale(), code, args);
  }

  private String text(String code, Object... args) {
    return problems.text(code, args, LocaleContextHolder.getLocale());
  }

  /** "must be a date (2026-11-22)", "must be a whole number", ... by the Java type expected. */
  private String mustBe(Class<?> type) {
    String kind =
        problems.text(
            "problem.type." + type.getSimpleName(), null, LocaleContextHolder.getLocale());
    return text(
        "problem.field.must-be", kind.startsWith("problem.type.") ? type.getSimpleName() : kind);
  }
}
