package com.residentdesk.governance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.system.Problems;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camunda Modeler's "Deploy" (POST /engine-rest/deployment/create, multipart, HTTP Basic) as the
 * desk answers it: for process owners and the administrator the files become a proposal waiting for
 * the centre manager (GOV-01), for everyone else a 403. The servlet is mapped to the exact path,
 * which takes precedence over the engine REST API's /engine-rest/*, so the engine never sees the
 * files before approval. Answers have Camunda's shape where Modeler reads them: an {@code id} on
 * success, a {@code message} in an error (which Modeler writes to its log), here inside an RFC 9457
 * problem body in the caller's language.
 */
class ModelerDeploymentServlet extends HttpServlet {

  /** The paths Modeler posts to, with and without the engine name. */
  static final String[] PATHS = {
    "/engine-rest/deployment/create", "/engine-rest/engine/default/deployment/create"
  };

  /** Form fields of Camunda's deployment/create; every other part is a file. */
  private static final Set<String> FIELDS =
      Set.of(
          "deployment-name",
          "deployment-source",
          "deployment-activation-time",
          "enable-duplicate-filtering",
          "deploy-changed-only",
          "tenant-id");

  private static final Set<String> MAY_PROPOSE =
      Set.of(StaffGroups.PROCESS_OWNER, StaffGroups.ADMIN);

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    ServletRegistrationBean<ModelerDeploymentServlet> modelerDeployment(
        ProcedureProposals proposals,
        Problems problems,
        ObjectMapper json,
        GovernanceProperties properties) {
      var registration =
          new ServletRegistrationBean<>(
              new ModelerDeploymentServlet(proposals, problems, json, properties), PATHS);
      long file = properties.maxFileMegabytes() * 1024L * 1024L;
      registration.setMultipartConfig(new MultipartConfigElement("", file, file * 4, 0));
      registration.setName("modelerDeployment");
      return registration;
    }
  }

  private final transient ProcedureProposals proposals;
  private final transient Problems problems;
  private final transient ObjectMapper json;
  private final int maxFileMegabytes;

  ModelerDeploymentServlet(
      ProcedureProposals proposals,
      Problems problems,
      ObjectMapper json,
      GovernanceProperties properties) {
    this.proposals = proposals;
    this.problems = problems;
    this.json = json;
    this.maxFileMegabytes = properties.maxFileMegabytes();
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Locale locale = problems.locale(request);
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !mayPropose(user)) {
      refuse(
          response,
          locale,
          new ProposalRefused(HttpStatus.FORBIDDEN, null, "governance.proposal.forbidden"));
      return;
    }
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      refuse(
          response,
          locale,
          new ProposalRefused(
              HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "governance.proposal.not-multipart"));
      return;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    List<ProcedureProposals.Upload> files = new ArrayList<>();
    try {
      for (Part part : request.getParts()) {
        if (FIELDS.contains(part.getName()) && part.getSubmittedFileName() == null) {
          fields.put(part.getName(), new String(part.getInputStream().readAllBytes(), "UTF-8"));
        } else {
          String name =
              part.getSubmittedFileName() != null ? part.getSubmittedFileName() : part.getName();
          files.add(new ProcedureProposals.Upload(name, part.getInputStream().readAllBytes()));
        }
      }
    } catch (IllegalStateException tooLarge) {
      refuse(
          response,
          locale,
          new ProposalRefused(
              HttpStatus.PAYLOAD_TOO_LARGE,
              null,
              "governance.proposal.too-large",
              maxFileMegabytes,
              maxFileMegabytes * 4));
      return;
    }
    try {
      ProcedureChange change =
          proposals.propose(
              new ProcedureProposals.Submission(
                  user.getName(), fields.get("deployment-name"), fields.get("tenant-id"), files));
      accepted(response, locale, change);
    } catch (ProposalRefused refused) {
      refuse(response, locale, refused);
    }
  }

  private static boolean mayPropose(Authentication user) {
    return user.isAuthenticated()
        && user.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(MAY_PROPOSE::contains);
  }

  /**
   * 200 with Camunda's deployment shape (Modeler reads {@code id} and shows "Deployment
   * succeeded"), no deployed definitions (there are none yet) and what happens next.
   */
  private void accepted(HttpServletResponse response, Locale locale, ProcedureChange change)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", "procedure-change-" + change.getId());
    body.put("name", change.getReason());
    body.put("source", "Camunda Modeler");
    body.put("tenantId", change.getTenantId());
    body.put("deploymentTime", null);
    body.put("procedureChangeId", change.getId());
    body.put("status", change.getStatus().name());
    body.put("procedures", change.getProcedures());
    body.put("message", problems.text("governance.proposal.accepted", args(change), locale));
    body.put(
        "links",
        List.of(
            Map.of(
                "method",
                "GET",
                "href",
                "/api/procedures/changes/" + change.getId(),
                "rel",
                "self")));
    body.put("deployedProcessDefinitions", null);
    body.put("deployedDecisionDefinitions", null);
    response.setStatus(HttpStatus.OK.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), body);
  }

  private static Object[] args(ProcedureChange change) {
    return new Object[] {change.getId()};
  }

  /** The refusal as a problem body whose {@code message} Modeler shows, findings on lines. */
  private void refuse(HttpServletResponse response, Locale locale, ProposalRefused refused)
      throws IOException {
    ProblemDetail problem =
        problems.problem(refused.status(), locale, refused.code(), refused.args());
    List<Map<String, String>> errors = new ArrayList<>();
    StringBuilder message = new StringBuilder(problem.getDetail());
    for (ProposalRefused.Detail detail : refused.details()) {
      String text = problems.text(detail.code(), localized(detail.args(), locale), locale);
      errors.add(Map.of("field", detail.field(), "message", text));
      message.append('\n').append(text);
    }
    if (errors.isEmpty() && refused.field() != null) {
      errors.add(Map.of("field", refused.field(), "message", problem.getDetail()));
    }
    problem.setProperty("message", message.toString());
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    problems.write(response, problem);
  }

  /** Arguments that are message codes themselves ("governance.reference.FORM") in words. */
  private Object[] localized(Object[] args, Locale locale) {
    Object[] words = args.clone();
    for (int i = 0; i < words.length; i++) {
      if (words[i] instanceof String text && text.startsWith("governance.")) {
        words[i] = problems.text(text, null, locale);
      }
    }
    return words;
  }
}
