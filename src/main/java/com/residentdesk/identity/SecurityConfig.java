package com.residentdesk.identity;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.residentdesk.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Every endpoint needs authentication. /api, /engine-rest, /actuator and the OpenAPI description
 * use HTTP Basic against the Camunda users; the Camunda webapps (/camunda) authenticate with their
 * own login form and session and enforce the same engine authorizations. Our own pages (/audit)
 * read /api with the webapps' session ({@link WebappSessionAuthentication}): staff sign in once, on
 * our page or any webapp, and no browser password dialog appears.
 */
@Configuration
public class SecurityConfig {

  private static final String[] STAFF = StaffGroups.STAFF.keySet().toArray(String[]::new);
  private static final List<String> BASIC_AUTH_PATHS =
      List.of("/api/", "/engine-rest", "/actuator", "/v3/api-docs");

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http,
      CamundaIdentityAuthenticationProvider provider,
      IdentityService identityService,
      ProcessEngine engine,
      Problems problems)
      throws Exception {
    String[] readers = concat(STAFF, StaffGroups.ADMIN);
    http.authenticationProvider(provider)
        .csrf(
            csrf -> csrf.disable()) // stateless Basic auth; the webapps carry their own CSRF filter
        // no session of our own; the webapps' session (read by WebappSessionAuthentication) is
        // renewed by their login, so our reads must not change its id: parallel reads of a page
        // would each find the id the other one just retired
        .sessionManagement(
            s ->
                s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                    .sessionFixation(fixation -> fixation.none()))
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint((req, res, e) -> unauthorized(problems, req, res)))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint((req, res, e) -> unauthorized(problems, req, res))
                    .accessDeniedHandler(
                        (req, res, e) ->
                            problems.write(
                                res,
                                problems.problem(
                                    HttpStatus.FORBIDDEN,
                                    problems.locale(req),
                                    "problem.forbidden"))))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/", "/camunda/**", "/camunda-welcome", "/error")
                    .permitAll()
                    // the pages themselves hold no data; they sign in and read /api
                    .requestMatchers(GET, "/audit", "/audit/**")
                    .permitAll()
                    .requestMatchers(POST, PageSessionController.SIGN_OUT)
                    .permitAll()
                    .requestMatchers(POST, "/api/cases")
                    .hasAnyAuthority(StaffGroups.REGISTER_CASES.toArray(String[]::new))
                    .requestMatchers(GET, "/api/audit/**")
                    .hasAnyAuthority(StaffGroups.AUDIT.toArray(String[]::new))
                    .requestMatchers(POST, "/api/complaints/*/appeal")
                    .hasAnyAuthority(StaffGroups.REGISTER_CASES.toArray(String[]::new))
                    .requestMatchers(GET, "/api/reports/**")
                    .hasAnyAuthority(StaffGroups.READ_REPORTS.toArray(String[]::new))
                    .requestMatchers(POST, "/api/answers", "/api/answers/*/retire")
                    .hasAnyAuthority(StaffGroups.CS_HEAD, StaffGroups.ADMIN)
                    .requestMatchers(GET, "/api/households/*/file")
                    .hasAnyAuthority(StaffGroups.READ_ALL_CASES.toArray(String[]::new))
                    .requestMatchers(POST, "/api/rota")
                    .hasAnyAuthority(StaffGroups.MANAGE_ROTA.toArray(String[]::new))
                    .requestMatchers(DELETE, "/api/rota/*")
                    .hasAnyAuthority(StaffGroups.MANAGE_ROTA.toArray(String[]::new))
                    .requestMatchers(GET, "/api/**")
                    .hasAnyAuthority(readers)
                    .requestMatchers("/api/**")
                    .denyAll()
                    // probes and the overall status for every account (the compose health check
                    // signs in as the administrator); component details only for operators, by
                    // management.endpoint.health.roles
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .authenticated()
                    .requestMatchers("/actuator/**")
                    .hasAnyAuthority(StaffGroups.OPERATE.toArray(String[]::new))
                    .requestMatchers("/engine-rest/**", "/v3/api-docs/**")
                    .authenticated()
                    .anyRequest()
                    .denyAll())
        .addFilterAfter(
            new WebappSessionAuthentication(engine.getName(), provider),
            BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * 401 with a Basic challenge for API clients only. A challenge makes a browser pop up its own
   * password dialog: never on the webapps' paths, and never for our pages, which ask with {@code
   * X-Requested-With} or already hold a session cookie and show their own sign-in instead.
   */
  private static void unauthorized(
      Problems problems, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = BASIC_AUTH_PATHS.stream().anyMatch(path::startsWith);
    boolean page =
        request.getHeader("X-Requested-With") != null || request.getRequestedSessionId() != null;
    if (api && !page) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Resident Service Desk\"");
    }
    problems.write(
        response,
        problems.problem(
            HttpStatus.UNAUTHORIZED, problems.locale(request), "problem.unauthenticated"));
  }

  private static String[] concat(String[] groups, String extra) {
    String[] all = Arrays.copyOf(groups, groups.length + 1);
    all[groups.length] = extra;
    return all;
  }
}
