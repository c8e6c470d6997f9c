package com.residentdesk.triage;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.property.PropertyAccess;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Re-prioritisation over HTTP (issue 14): only supervisors ({@code SecurityConfig}, {@code
 * StaffGroups.REPRIORITISE}); a case of another property does not exist for the caller.
 */
@RestController
public class ReprioritiseController {

  private final Reprioritisations reprioritisations;
  private final ServiceCaseRepository cases;
  private final PropertyAccess access;
  private final PropertyDirectory properties;

  public ReprioritiseController(
      Reprioritisations reprioritisations,
      ServiceCaseRepository cases,
      PropertyAccess access,
      PropertyDirectory properties) {
    this.reprioritisations = reprioritisations;
    this.cases = cases;
    this.access = access;
    this.properties = properties;
  }

  /** Each part optional but the reason: what is left out keeps its value. */
  public record ReprioritiseRequest(
      String category, String subcategory, String priority, String reason) {}

  public record ReprioritiseView(
      String caseNumber,
      String category,
      String subcategory,
      String priority,
      String previousPriority,
      String handlingGroup,
      Map<String, OffsetDateTime> movedDeadlines) {}

  @Operation(
      summary =
          "Change a case's category/subcategory or priority with a reason: the triage runs again"
              + " and its running deadlines are recomputed from receipt (supervisors only)")
  @PostMapping("/api/cases/{caseNumber}/reprioritise")
  public ReprioritiseView reprioritise(
      @PathVariable String caseNumber,
      @RequestBody(required = false) ReprioritiseRequest request,
      Authentication user) {
    ServiceCase serviceCase =
        cases
            .findByCaseNumber(caseNumber)
            .orElseThrow(() -> new NotFoundException("problem.case.none-visible", caseNumber));
    access.requireVisible(
        serviceCase.getPropertyCode(), user, "problem.case.none-visible", caseNumber);
    if (request == null) {
      throw new InvalidFieldException("reason", "problem.field.blank");
    }
    Reprioritisations.Outcome outcome =
        reprioritisations.reprioritise(
            serviceCase.getId(),
            request.category(),
            request.subcategory(),
            request.priority(),
            request.reason());
    ServiceCase changed = cases.findByCaseNumber(caseNumber).orElseThrow();
    var zone = properties.zoneOf(changed);
    Map<String, OffsetDateTime> moved = new LinkedHashMap<>();
    outcome.moved().forEach((rule, due) -> moved.put(rule, due.atZone(zone).toOffsetDateTime()));
    return new ReprioritiseView(
        caseNumber,
        changed.getRequest().category(),
        changed.getRequest().subcategory(),
        outcome.after().priority(),
        outcome.before().priority(),
        outcome.after().handlingGroup(),
        moved);
  }
}
