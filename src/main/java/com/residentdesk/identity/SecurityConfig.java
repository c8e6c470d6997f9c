package com.residentdesk.identity;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Every endpoint needs authentication. /api, /engine-rest, /actuator and the OpenAPI description
 * use HTTP Basic against the Camunda users; the Camunda webapps (/camunda) authenticate with their
 * own login form and session and enforce the same engine authorizations.
 */
@Configuration
public class SecurityConfig {

  private static final String[] STAFF = StaffGroups.STAFF.keySet().toArray(String[]::new);
  private static final List<String> BASIC_AUTH_PATHS =
      List.of("/api/", "/engine-rest", "/actuator", "/v3/api-docs", "/audit");

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http,
      CamundaIdentityAuthenticationProvider provider,
      IdentityService identityService,
      ObjectMapper json)
      throws Exception {
    String[] readers = concat(STAFF, StaffGroups.ADMIN);
    http.authenticationProvider(provider)
        .csrf(
            csrf -> csrf.disable()) // stateless Basic auth; the webapps carry their own CSRF filter
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(
            basic -> basic.authenticationEntryPoint((req, res, e) -> unauthorized(json, req, res)))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint((req, res, e) -> unauthorized(json, req, res))
                    .accessDeniedHandler(
                        (req, res, e) ->
                            problem(
                                json,
                                res,
                                HttpStatus.FORBIDDEN,
                                "Your groups do not allow this",
                                false)))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/", "/camunda/**", "/camunda-welcome", "/error")
                    .permitAll()
                    .requestMatchers(POST, "/api/cases")
                    .hasAnyAuthority(StaffGroups.REGISTER_CASES.toArray(String[]::new))
                    .requestMatchers(GET, "/api/audit/**", "/audit/**")
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
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * 401 with a Basic challenge for the APIs only: a challenge on any other path would make the
   * browser that shows the Camunda webapps pop up a sign-in dialog in front of their login form.
   */
  private static void unauthorized(
      ObjectMapper json, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = BASIC_AUTH_PATHS.stream().anyMatch(path::startsWith);
    problem(
        json,
        response,
        HttpStatus.UNAUTHORIZED,
        "Authentication required: use HTTP Basic with your service-desk account",
        api);
  }

  private static void problem(
      ObjectMapper json,
      HttpServletResponse response,
      HttpStatus status,
      String detail,
      boolean challenge)
      throws IOException {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    if (challenge) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Resident Service Desk\"");
    }
    json.writeValue(response.getOutputStream(), body);
  }

  private static String[] concat(String[] groups, String extra) {
    String[] all = Arrays.copyOf(groups, groups.length + 1);
    all[groups.length] = extra;
    return all;
  }
}
