package com.residentdesk.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * RFC 9457 problem bodies in the caller's language (messages/problems*.properties): the title by
 * status, the detail by message code. Field names and codes stay as they are, whatever the
 * language. Used by {@link ProblemHandler} and by filters and security entry points, which answer
 * before Spring MVC has chosen a locale.
 */
@Component
public class Problems {

  private final MessageSource messages;
  private final LocaleResolver locales;
  private final ObjectMapper json;

  public Problems(MessageSource messages, LocaleResolver locales, ObjectMapper json) {
    this.messages = messages;
    this.locales = locales;
    this.json = json;
  }

  public Locale locale(HttpServletRequest request) {
    return locales.resolveLocale(request);
  }

  /**
   * The text for a message code, or the code itself where there is none: exceptions may still carry
   * a plain English sentence instead of a code.
   */
  public String text(String code, Object[] args, Locale locale) {
    return messages.getMessage(code, args, code, locale);
  }

  /**
   * A validation error's text: a bundle entry for one of its codes (Pattern.unit, NotBlank, ...),
   * else its own message as it is (Bean Validation has already put it in the caller's language; it
   * must not go through MessageFormat, which would eat quotes and braces of a regex).
   */
  public String text(MessageSourceResolvable error, Locale locale) {
    try {
      return messages.getMessage(
          new DefaultMessageSourceResolvable(error.getCodes(), error.getArguments()), locale);
    } catch (NoSuchMessageException none) {
      return error.getDefaultMessage();
    }
  }

  public String title(HttpStatusCode status, Locale locale) {
    String fallback = ProblemDetail.forStatus(status).getTitle();
    return messages.getMessage("problem.title." + status.value(), null, fallback, locale);
  }

  /** A problem whose title and detail are in the given language. */
  public ProblemDetail problem(
      HttpStatusCode status, Locale locale, String detailCode, Object... args) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(status, text(detailCode, args, locale));
    problem.setTitle(title(status, locale));
    return problem;
  }

  /** Writes a problem outside Spring MVC (filters, security entry points). */
  public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
