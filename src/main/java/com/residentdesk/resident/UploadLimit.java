package com.residentdesk.resident;

import com.residentdesk.system.ProblemHandler;
import com.residentdesk.system.Problems;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the multipart limit fails while the request is read, before a controller is
 * chosen, where {@link ProblemHandler} (advice for our controllers) does not reach: without this
 * the resident got a bare 413. The problem names the photos.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

  private final Problems problems;

  UploadLimit(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex, Locale locale) {
    ProblemDetail problem =
        problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, locale, "problem.upload.too-large");
    problem.setProperty(
        "errors",
        List.of(
            new ProblemHandler.FieldError(
                "photos", problems.text("problem.upload.too-large", null, locale))));
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
  }
}
