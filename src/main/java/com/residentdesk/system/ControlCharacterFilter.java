package com.residentdesk.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"Invalid request: "
                + bad
                + " contains control characters\","
                + "\"errors\":[{\"field\":\""
                + bad
                + "\",\"message\":\"contains control characters\"}]}");
  }
}
