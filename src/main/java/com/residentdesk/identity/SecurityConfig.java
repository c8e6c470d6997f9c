package com.residentdesk.identity;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.residentdesk.system.DeskProperties;
import com.residentdesk.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
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
      PropertyMemberships memberships,
      Problems problems,
      DeskProperties properties)
      throws Exception {
    String[] readers = concat(STAFF, StaffGroups.ADMIN);
    AuthenticationEntryPoint refuse =
        (req, res, e) -> {
          if (e instanceof SignInLockedException locked) {
            tooManyFailures(problems, req, res, locked);
          } else {
            unauthorized(problems, req, res);
          }
        };
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
        .httpBasic(basic -> basic.authenticationEntryPoint(refuse))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(refuse)
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
                    .requestMatchers(
                        GET,
                        "/audit",
                        "/audit/**",
                        "/r",
                        "/r/**",
                        "/reports",
                        "/reports/**",
                        "/services",
                        "/services/**",
                        "/common/**")
                    .permitAll()
                    // residents have no account: the report is limited per address and tied to a
                    // household, everything else needs the case's token
                    // (resident.ResidentController)
                    .requestMatchers("/api/resident/**")
                    .permitAll()
                    .requestMatchers(POST, PageSessionController.SIGN_OUT)
                    .permitAll()
                    .requestMatchers("/api/sign-in-locks", "/api/sign-in-locks/**")
                    .hasAuthority(StaffGroups.ADMIN)
                    .requestMatchers(POST, "/api/cases/verbal")
                    .hasAnyAuthority(StaffGroups.TAKE_VERBAL_REQUESTS.toArray(String[]::new))
                    .requestMatchers(POST, "/api/cases")
                    .hasAnyAuthority(StaffGroups.REGISTER_CASES.toArray(String[]::new))
                    .requestMatchers(GET, "/api/audit/**")
                    .hasAnyAuthority(StaffGroups.AUDIT.toArray(String[]::new))
                    .requestMatchers(POST, "/api/complaints/*/appeal")
                    .hasAnyAuthority(StaffGroups.REGISTER_CASES.toArray(String[]::new))
                    .requestMatchers(GET, "/api/procedures", "/api/procedures/**")
                    .hasAnyAuthority(StaffGroups.READ_PROCEDURE_RECORD.toArray(String[]::new))
                    .requestMatchers(GET, "/api/reports/**", "/api/special-services/reports/**")
                    .hasAnyAuthority(StaffGroups.READ_REPORTS.toArray(String[]::new))
                    .requestMatchers(POST, "/api/surveys", "/api/surveys/*/answers")
                    .hasAnyAuthority(StaffGroups.RUN_SURVEYS.toArray(String[]::new))
                    .requestMatchers(POST, "/api/forums")
                    .hasAnyAuthority(StaffGroups.RECORD_FORUMS.toArray(String[]::new))
                    .requestMatchers(
                        GET,
                        "/api/surveys",
                        "/api/surveys/**",
                        "/api/forums",
                        "/api/forums/**",
                        "/api/corrective-actions",
                        "/api/corrective-actions/**",
                        "/api/supervisions")
                    .hasAnyAuthority(StaffGroups.READ_QUALITY.toArray(String[]::new))
                    .requestMatchers(POST, "/api/answers", "/api/answers/*/retire")
                    .hasAnyAuthority(StaffGroups.CS_HEAD, StaffGroups.ADMIN)
                    .requestMatchers(GET, "/api/households/*/file")
                    .hasAnyAuthority(StaffGroups.READ_ALL_CASES.toArray(String[]::new))
                    .requestMatchers(POST, "/api/cases/*/reprioritise")
                    .hasAnyAuthority(StaffGroups.REPRIORITISE.toArray(String[]::new))
                    .requestMatchers(POST, "/api/cases/*/pause", "/api/cases/*/resume")
                    .hasAnyAuthority(StaffGroups.PAUSE_DEADLINES.toArray(String[]::new))
                    .requestMatchers(POST, "/api/rota")
                    .hasAnyAuthority(StaffGroups.MANAGE_ROTA.toArray(String[]::new))
                    .requestMatchers(DELETE, "/api/rota/*")
                    .hasAnyAuthority(StaffGroups.MANAGE_ROTA.toArray(String[]::new))
                    .requestMatchers(POST, "/api/properties", "/api/properties/*/regions")
                    .hasAuthority(StaffGroups.ADMIN)
                    .requestMatchers(PUT, "/api/properties/*")
                    .hasAuthority(StaffGroups.ADMIN)
                    .requestMatchers(POST, "/api/special-services/agreements/*/visits")
                    .hasAnyAuthority(StaffGroups.TICK_AGREEMENT_VISITS.toArray(String[]::new))
                    .requestMatchers(PUT, "/api/special-services/catalogue/*")
                    .hasAnyAuthority(StaffGroups.EDIT_SERVICE_CATALOGUE.toArray(String[]::new))
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
        .addFilterBefore(
            new IntegrationTokenFilter(properties.signIn(), provider, refuse),
            BasicAuthenticationFilter.class)
        .addFilterAfter(
            new WebappSessionAuthentication(engine.getName(), provider),
            BasicAuthenticationFilter.class)
        .addFilterAfter(
            new EngineAuthenticationFilter(identityService, memberships),
            AuthorizationFilter.class);
    return http.build();
  }

  /** The webapps' sign-in form goes through the same per-address lock-out as HTTP Basic. */
  @Bean
  FilterRegistrationBean<WebappLoginThrottle> webappLoginThrottle(
      SignInThrottle throttle, Problems problems, CamundaBpmProperties camunda) {
    FilterRegistrationBean<WebappLoginThrottle> registration =
        new FilterRegistrationBean<>(new WebappLoginThrottle(throttle, problems));
    registration.addUrlPatterns(
        camunda.getWebapp().getApplicationPath() + "/api/admin/auth/user/*");
    return registration;
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

  /** 429: this address failed too often for this account; it may try again after the lock. */
  static void tooManyFailures(
      Problems problems,
      HttpServletRequest request,
      HttpServletResponse response,
      SignInLockedException locked)
      throws IOException {
    long seconds = Math.max(1, locked.retryAfter().toSeconds());
    response.setHeader("Retry-After", String.valueOf(seconds));
    problems.write(
        response,
        problems.problem(
            HttpStatus.TOO_MANY_REQUESTS,
            problems.locale(request),
            "problem.sign-in-locked",
            Math.max(1, (seconds + 59) / 60)));
  }

  private static String[] concat(String[] groups, String extra) {
    String[] all = Arrays.copyOf(groups, groups.length + 1);
    all[groups.length] = extra;
    return all;
  }
}
