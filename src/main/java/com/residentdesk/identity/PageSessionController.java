package com.residentdesk.identity;

import com.residentdesk.system.DeskProperties;
import com.residentdesk.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, for our pages, and their sign-out. The session is the Camunda webapps' one
 * ({@link WebappSessionAuthentication}): signing out here signs out of Tasklist and Cockpit too.
 */
@RestController
public class PageSessionController {

  static final String SIGN_OUT = "/api/session/sign-out";

  private final IdentityService identityService;
  private final DeskProperties properties;
  private final Problems problems;

  public PageSessionController(
      IdentityService identityService, DeskProperties properties, Problems problems) {
    this.identityService = identityService;
    this.properties = properties;
    this.problems = problems;
  }

  /**
   * The signed-in user, their groups and the property's time zone, in which pages show times; and,
   * for a browser signed in to the webapps, the token its page sends with a write ({@link
   * WebappSessionAuthentication#WRITE_TOKEN_HEADER}); null for an API client.
   */
  public record SessionView(
      String userId, String name, List<String> groups, String timeZone, String writeToken) {}

  @GetMapping("/api/session")
  public SessionView session(Authentication user, HttpServletRequest request) {
    User profile = identityService.createUserQuery().userId(user.getName()).singleResult();
    String name =
        profile == null
            ? user.getName()
            : String.join(" ", nonNull(profile.getFirstName()), nonNull(profile.getLastName()))
                .trim();
    return new SessionView(
        user.getName(),
        name.isEmpty() ? user.getName() : name,
        user.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList(),
        properties.timeZone().getId(),
        WebappSessionAuthentication.writeToken(request.getSession(false)));
  }

  /**
   * Ends the session. Asked for with {@code X-Requested-With}, which another site's form cannot
   * send, so no other site can sign a user out.
   */
  @PostMapping(SIGN_OUT)
  public ResponseEntity<Object> signOut(HttpServletRequest request) {
    if (request.getHeader("X-Requested-With") == null) {
      return ResponseEntity.of(
              problems.problem(
                  HttpStatus.FORBIDDEN, problems.locale(request), "problem.sign-out.header"))
          .build();
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return ResponseEntity.noContent().build();
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
