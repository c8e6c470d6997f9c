package com.residentdesk.resident;

import com.residentdesk.survey.SatisfactionSurveys;
import com.residentdesk.system.Problems;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The refusals of the residents' doors: a link that opens nothing (401, the same answer whether it
 * was unknown, tampered with or expired) and too many requests (429 with Retry-After).
 */
@ControllerAdvice(assignableTypes = {ResidentController.class, ResidentSurveyController.class})
class ResidentProblems {

  private final Problems problems;

  ResidentProblems(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(ResidentController.NoAccess.class)
  ResponseEntity<ProblemDetail> noAccess(ResidentController.NoAccess refused, Locale locale) {
    return unauthorized(refused.getMessage(), locale);
  }

  @ExceptionHandler(SatisfactionSurveys.SurveyLinkInvalid.class)
  ResponseEntity<ProblemDetail> surveyLink(
      SatisfactionSurveys.SurveyLinkInvalid refused, Locale locale) {
    return unauthorized(refused.getMessage(), locale);
  }

  private ResponseEntity<ProblemDetail> unauthorized(String code, Locale locale) {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .body(problems.problem(HttpStatus.UNAUTHORIZED, locale, code));
  }

  @ExceptionHandler(ResidentController.TooManyAttempts.class)
  ResponseEntity<ProblemDetail> tooMany(ResidentController.TooManyAttempts refused, Locale locale) {
    long seconds = Math.max(1, refused.wait.toSeconds());
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
        .body(
            problems.problem(
                HttpStatus.TOO_MANY_REQUESTS,
                locale,
                refused.getMessage(),
                Math.max(1, (seconds + 59) / 60)));
  }
}
