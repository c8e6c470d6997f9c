package com.residentdesk.identity;

import com.residentdesk.system.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' sign-in form (Tasklist, Cockpit, Admin post to {@code
 * /camunda/api/admin/auth/user/{engine}/login/{app}}) goes through the same {@link SignInThrottle}
 * as HTTP Basic: a locked address gets 429 before the password is checked; the answer counts as a
 * failure or clears the address. The form is read here and replayed to Camunda's resource.
 */
class WebappLoginThrottle extends OncePerRequestFilter {

  private final SignInThrottle throttle;
  private final Problems problems;

  WebappLoginThrottle(SignInThrottle throttle, Problems problems) {
    this.throttle = throttle;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    String account = field(new String(body, StandardCharsets.ISO_8859_1), "username");
    String source = request.getRemoteAddr();
    if (account == null) {
      chain.doFilter(new Replayed(request, body), response);
      return;
    }
    var locked = throttle.lockedFor(account, source);
    if (locked.isPresent()) {
      SecurityConfig.tooManyFailures(
          problems, request, response, new SignInLockedException(locked.get()));
      return;
    }
    chain.doFilter(new Replayed(request, body), response);
    if (response.getStatus() == HttpServletResponse.SC_OK) {
      throttle.succeeded(account, source);
    } else if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(account, source);
    }
  }

  private static String field(String form, String name) {
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        return value.isBlank() ? null : value;
      }
    }
    return null;
  }

  /** The request with its body read once here and served again to Camunda. */
  private static final class Replayed extends HttpServletRequestWrapper {

    private final byte[] body;

    Replayed(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous only");
        }
      };
    }
  }
}
