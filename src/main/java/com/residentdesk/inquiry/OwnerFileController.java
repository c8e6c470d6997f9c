package com.residentdesk.inquiry;

import com.residentdesk.casefile.CaseEvent;
import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.household.HouseholdRepository;
import com.residentdesk.property.PropertyAccess;
import com.residentdesk.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SUG-05: the owner file (业主档案) of a household of a property: its closed suggestions and challenges
 * with their handling sheets.
 */
@RestController
public class OwnerFileController {

  private static final Set<String> FILED =
      Set.of(Category.SUGGESTION.code(), Category.CHALLENGE.code());

  private final ServiceCaseRepository cases;
  private final TopicFiles topics;
  private final CaseFiles caseFiles;
  private final HouseholdRepository households;
  private final PropertyAccess access;

  public OwnerFileController(
      ServiceCaseRepository cases,
      TopicFiles topics,
      CaseFiles caseFiles,
      HouseholdRepository households,
      PropertyAccess access) {
    this.households = households;
    this.access = access;
    this.cases = cases;
    this.topics = topics;
    this.caseFiles = caseFiles;
  }

  public record SheetLine(Instant at, String actor, String title, String details, String rule) {}

  public record FiledCase(
      String caseNumber,
      String category,
      String topic,
      Instant receivedAt,
      Instant filedAt,
      Boolean adopted,
      String decisionReasons,
      String approvedBy,
      List<SheetLine> handlingSheet) {}

  public record OwnerFile(String property, String unit, List<FiledCase> cases) {}

  @Operation(
      summary =
          "A household's owner file: its closed suggestions and challenges with their handling sheets")
  @GetMapping("/api/households/{unit}/file")
  @Transactional(readOnly = true)
  public OwnerFile file(
      @PathVariable String unit,
      @RequestParam(required = false) String property,
      Authentication reader) {
    String code = access.propertyFor(property, reader.getName());
    Specification<ServiceCase> ofUnit =
        (root, q, cb) ->
            cb.and(
                cb.equal(root.get("propertyCode"), code),
                cb.equal(root.get("request").get("unit"), unit),
                root.get("request").get("category").in(FILED));
    List<FiledCase> filed =
        cases.findAll(ofUnit).stream()
            .flatMap(
                c ->
                    topics
                        .find(c.getId())
                        .filter(t -> t.getFiledAt() != null)
                        .map(t -> filedCase(c, t))
                        .stream())
            .toList();
    if (households.findByPropertyCodeAndUnit(code, unit).isEmpty() && filed.isEmpty()) {
      throw new NotFoundException("problem.household.none", unit);
    }
    return new OwnerFile(code, unit, filed);
  }

  private FiledCase filedCase(ServiceCase c, TopicCase t) {
    List<SheetLine> sheet =
        caseFiles.sheet(c.getId()).stream()
            .map(
                (CaseEvent e) ->
                    new SheetLine(
                        e.getOccurredAt(),
                        e.getActor(),
                        e.getTitle(),
                        e.getDetails(),
                        e.getRuleId()))
            .toList();
    return new FiledCase(
        c.getCaseNumber(),
        c.getRequest().category(),
        t.getTopic(),
        c.getReceivedAt(),
        t.getFiledAt(),
        t.getAdopted(),
        t.getDecisionReasons(),
        t.getApprovedBy(),
        sheet);
  }
}
