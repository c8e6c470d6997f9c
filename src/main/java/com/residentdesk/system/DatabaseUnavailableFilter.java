package com.residentdesk.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost filter: a database outage that surfaces outside a controller (the HTTP Basic check
 * reads the Camunda users, so every request touches the database before any controller runs) is
 * answered with the same 503 problem as ProblemHandler gives, instead of the container's 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

  private final Problems problems;

  public DatabaseUnavailableFilter(Problems problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException ex) {
      if (!DatabaseFailures.isUnreachable(ex) || response.isCommitted()) {
        throw ex;
      }
      log.warn(
          "No database connection while handling {} ({}): database unreachable or every connection busy",
          request.getRequestURI(),
          ex.getClass().getName());
      response.reset();
      response.setHeader("Retry-After", "5");
      problems.write(
          response,
          problems.problem(
              HttpStatus.SERVICE_UNAVAILABLE,
              problems.locale(request),
              ProblemHandler.NO_DATABASE));
    }
  }
}
