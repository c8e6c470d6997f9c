package com.residentdesk.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query parameter or path of /api or /engine-rest with a control character (%00 above all) is
 * answered with a 400 problem before it reaches a query: PostgreSQL refuses NUL in text and would
 * turn it into a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ControlCharacterFilter extends OncePerRequestFilter {

  private final Problems problems;

  public ControlCharacterFilter(Problems problems) {
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return !uri.startsWith("/api/") && !uri.startsWith("/engine-rest/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String bad = null;
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (ControlCharacters.present(path)) {
      bad = "path";
    }
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      if (bad != null) {
        break;
      }
      if (ControlCharacters.present(parameter.getKey())) {
        bad = "parameter";
      }
      for (String value : parameter.getValue()) {
        if (ControlCharacters.present(value)) {
          bad = parameter.getKey().replaceAll("[^A-Za-z0-9_.-]", "?");
          break;
        }
      }
    }
    if (bad == null) {
      chain.doFilter(request, response);
      return;
    }
    Locale locale = problems.locale(request);
    String message = problems.text("problem.field.control-characters", null, locale);
    ProblemDetail problem =
        problems.problem(HttpStatus.BAD_REQUEST, locale, "problem.invalid", bad + " " + message);
    problem.setProperty("errors", List.of(new ProblemHandler.FieldError(bad, message)));
    problems.write(response, problem);
  }
}
