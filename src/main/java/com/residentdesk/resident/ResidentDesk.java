package com.residentdesk.resident;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.intake.ResidentRequestProcess.Field.CONFIRMATION_NOTE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.SATISFACTION;
import static com.residentdesk.intake.ResidentRequestProcess.Var.FIXED;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CasePhoto;
import com.residentdesk.casefile.CasePhotoRepository;
import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.Channel;
import com.residentdesk.casefile.ResidentLink;
import com.residentdesk.casefile.ResidentLinks;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.complaint.ComplaintAppeals;
import com.residentdesk.household.HouseholdRepository;
import com.residentdesk.intake.IntakeService;
import com.residentdesk.intake.NewCaseRequest;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.sla.DeadlineClock;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskProperties;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.UnprocessableException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a resident does on the residents' page, each in one transaction: report (INT-01/INT-02, with
 * photos), follow (HLP-08), confirm and rate (HLP-06) and appeal (CMP-05). Confirming and appealing
 * complete the same tasks a clerk completes in Tasklist, so the process cannot tell the two doors
 * apart, and the handling sheet says the resident did it.
 */
@Service
public class ResidentDesk {

  /** Who the handling sheet names when a resident acts on the page. */
  public static final String ACTOR = "resident";

  static final List<String> RATINGS =
      List.of(
          "very-satisfied", "satisfied", "basically-satisfied", "unsatisfied", "very-unsatisfied");

  private static final Set<String> EMERGENCY_CATEGORIES =
      Set.of(
          Category.MEDICAL_EMERGENCY.code(),
          Category.PUBLIC_SAFETY.code(),
          Category.DISASTER.code());

  /** The deadlines a resident waits for, the most telling first. */
  private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put(Rules.EMG_04, "arrival");
    EXPECTED.put(Rules.SVC_03, "completion");
    EXPECTED.put(Rules.CMP_06, "measures");
    EXPECTED.put(Rules.CAT_04, "dispatch");
    EXPECTED.put(Rules.CMP_01, "acceptance");
  }

  private final IntakeService intake;
  private final ServiceCaseRepository cases;
  private final HouseholdRepository households;
  private final CasePhotoRepository photos;
  private final CaseFiles caseFiles;
  private final ResidentLinks links;
  private final PropertyDirectory properties;
  private final Deadlines deadlines;
  private final TaskService tasks;
  private final IdentityService identities;
  private final ComplaintAppeals appeals;
  private final DeskClock clock;
  private final DeskProperties desk;

  ResidentDesk(
      IntakeService intake,
      ServiceCaseRepository cases,
      HouseholdRepository households,
      CasePhotoRepository photos,
      CaseFiles caseFiles,
      ResidentLinks links,
      PropertyDirectory properties,
      Deadlines deadlines,
      TaskService tasks,
      IdentityService identities,
      ComplaintAppeals appeals,
      DeskClock clock,
      DeskProperties desk) {
    this.desk = desk;
    this.intake = intake;
    this.cases = cases;
    this.households = households;
    this.photos = photos;
    this.caseFiles = caseFiles;
    this.links = links;
    this.properties = properties;
    this.deadlines = deadlines;
    this.tasks = tasks;
    this.identities = identities;
    this.appeals = appeals;
    this.clock = clock;
  }

  /** What the report page shows of the property it reports to: its name and the centre's phone. */
  public record PropertyCard(String code, String name, String centrePhone) {}

  /** The answer to a report: the case number at once, the resident's link, whom to phone. */
  public record Receipt(
      String caseNumber,
      String token,
      boolean emergency,
      String propertyName,
      String centrePhone,
      int photos) {}

  @Transactional(readOnly = true)
  public List<PropertyCard> properties() {
    return properties.all().stream()
        .map(p -> new PropertyCard(p.code(), p.name(), p.phone()))
        .toList();
  }

  @Transactional(readOnly = true)
  public PropertyCard property(String code) {
    PropertyDirectory.Settings settings = properties.get(code);
    return new PropertyCard(settings.code(), settings.name(), settings.phone());
  }

  /**
   * Registers the report with its photos (already checked) and gives the resident a link. The unit
   * must be one of the property's households (the register is how a report without an account is
   * tied to a home; the acknowledgement goes to the household's e-mail on file). A retried
   * submission (same key, same content) returns the same case and stores no photo twice.
   */
  @Transactional
  public Receipt report(
      ResidentReport report, List<PhotoCheck.Photo> checked, String idempotencyKey) {
    PropertyDirectory.Settings property = properties.get(report.property());
    NewCaseRequest request =
        new NewCaseRequest(
            Channel.ONLINE.code(),
            report.unit(),
            report.residentName(),
            report.phone(),
            null,
            report.language(),
            report.category(),
            Category.REPAIR.code().equals(report.category())
                ? blankToNull(report.subcategory())
                : null,
            report.description(),
            report.location(),
            property.code());
    IntakeService.Submission submission =
        intake.submitAt(
            property.code(),
            request,
            idempotencyKey == null ? null : "resident:" + idempotencyKey,
            serviceCase -> attach(serviceCase, checked));
    ServiceCase serviceCase = submission.serviceCase();
    boolean emergency =
        submission.view().emergency() || EMERGENCY_CATEGORIES.contains(report.category());
    return new Receipt(
        serviceCase.getCaseNumber(),
        links.issue(serviceCase.getId(), ResidentLink.IssuedFor.REPORT),
        emergency,
        property.name(),
        property.phone(),
        photos.infoOf(serviceCase.getId()).size());
  }

  private void attach(ServiceCase serviceCase, List<PhotoCheck.Photo> checked) {
    // the unit as the register names it (intake read "1栋502室" as 1-0502): a household must live
    // there; refusing here rolls the whole report back
    if (households
        .findByPropertyCodeAndUnit(serviceCase.getPropertyCode(), serviceCase.getRequest().unit())
        .isEmpty()) {
      throw new InvalidFieldException("unit", "problem.resident.unit-unknown");
    }
    if (checked.isEmpty()) {
      return;
    }
    for (PhotoCheck.Photo photo : checked) {
      photos.save(
          new CasePhoto(serviceCase.getId(), photo.contentType(), photo.content(), clock.now()));
    }
    caseFiles.record(
        serviceCase.getId(),
        ResidentRequestProcess.Element.REGISTER_CASE,
        "Photos from the resident: " + checked.size(),
        // auditors read the sheet in the case's timeline: where the photos are
        "/r/photos.html#" + serviceCase.getCaseNumber(),
        "INT-02");
  }

  /**
   * A link for the case when the number and the last four digits of the phone it was registered
   * with match; empty otherwise (the caller counts the failure).
   */
  @Transactional
  public Optional<String> lookUp(String caseNumber, String phoneLastFour) {
    return cases
        .findByCaseNumber(caseNumber.trim())
        .filter(c -> lastFour(c.getRequest().phone()).equals(phoneLastFour))
        .map(c -> links.issue(c.getId(), ResidentLink.IssuedFor.LOOKUP));
  }

  @Transactional(readOnly = true)
  public ResidentCaseView view(Long caseId) {
    ServiceCase c = caseFiles.get(caseId);
    PropertyDirectory.Settings property = properties.get(c.getPropertyCode());
    Optional<ComplaintAppeals.ComplainantView> complaint = appeals.complainantView(caseId);
    boolean awaiting = confirmationTask(c).isPresent();
    return new ResidentCaseView(
        c.getCaseNumber(),
        property.name(),
        property.phone(),
        property.zone().getId(),
        c.getRequest().category(),
        c.getRequest().subcategory(),
        c.getRequest().description(),
        c.getRequest().location(),
        c.getReceivedAt(),
        c.getTriage().emergency() || EMERGENCY_CATEGORIES.contains(c.getRequest().category()),
        displayName(c.getHandler()),
        timeline(c, complaint.orElse(null), awaiting),
        expected(c),
        awaiting,
        c.getSatisfaction(),
        complaint.orElse(null),
        photos.infoOf(caseId).stream()
            .map(p -> new ResidentCaseView.Photo(p.id(), p.contentType()))
            .toList());
  }

  @Transactional(readOnly = true)
  public Optional<CasePhoto> photo(Long caseId, Long photoId) {
    return photos.findByIdAndCaseId(photoId, caseId);
  }

  /**
   * HLP-06: the resident's answer completes the confirmation task exactly as the clerk's would;
   * "not fixed" sends the case back to its handler and counts as rework.
   */
  @Transactional
  public void confirm(Long caseId, boolean fixed, String satisfaction, String comment) {
    if (satisfaction == null || !RATINGS.contains(satisfaction)) {
      throw new InvalidFieldException(
          "satisfaction", "problem.field.one-of", String.join(", ", RATINGS));
    }
    ServiceCase serviceCase = caseFiles.get(caseId);
    Task task =
        confirmationTask(serviceCase)
            .orElseThrow(
                () -> new UnprocessableException("fixed", "problem.resident.not-awaiting"));
    tasks.complete(
        task.getId(),
        variables(
            FIXED.of(fixed),
            SATISFACTION.of(satisfaction),
            CONFIRMATION_NOTE.of(comment == null || comment.isBlank() ? "" : comment.trim())));
  }

  /** CMP-05: the resident's appeal, within the window, as the API's and the clerk's. */
  @Transactional
  public void appeal(Long caseId, String appealText) {
    ServiceCase serviceCase = caseFiles.get(caseId);
    if (appeals.complainantView(caseId).isEmpty()) {
      throw new UnprocessableException("appealText", "problem.resident.not-complaint");
    }
    appeals.lodge(
        serviceCase.getCaseNumber(), appealText.trim(), List.of(serviceCase.getPropertyCode()));
  }

  private Optional<Task> confirmationTask(ServiceCase serviceCase) {
    if (serviceCase.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    return tasks
        .createTaskQuery()
        .processInstanceId(serviceCase.getProcessInstanceId())
        .taskDefinitionKey(ResidentRequestProcess.Element.CONFIRM_WITH_RESIDENT)
        .list()
        .stream()
        .findFirst();
  }

  private List<ResidentCaseView.Step> timeline(
      ServiceCase c, ComplaintAppeals.ComplainantView complaint, boolean awaiting) {
    List<ResidentCaseView.Step> steps = new ArrayList<>();
    steps.add(step("received", c.getReceivedAt()));
    if (complaint != null) {
      add(steps, "accepted", complaint.acceptedAt());
      add(steps, "decided", complaint.decidedAt());
      add(steps, "appealed", complaint.appealLodgedAt());
      if (complaint.appealOutcome() != null) {
        steps.add(step("appeal-decided", null));
      }
    } else if (c.isClosedAtDesk()) {
      steps.add(step("answered", null));
    } else {
      add(steps, "assigned", c.getDispatchedAt());
      add(steps, "handled", c.getHandledAt());
      if (c.getReworkCount() > 0) {
        steps.add(step("rework", null));
      }
      if (awaiting) {
        steps.add(step("awaiting-confirmation", null));
      }
      add(steps, "confirmed", c.getFixedConfirmedAt());
    }
    add(steps, "closed", c.getArchivedAt());
    if (c.getArchivedAt() == null) {
      ResidentCaseView.Step last = steps.remove(steps.size() - 1);
      steps.add(new ResidentCaseView.Step(last.code(), last.at(), true));
    }
    return steps;
  }

  private ResidentCaseView.Expected expected(ServiceCase c) {
    if (c.getArchivedAt() != null) {
      return null;
    }
    List<DeadlineClock> clocks = deadlines.clocksOf(c.getId());
    ResidentCaseView.Expected late = null;
    for (Map.Entry<String, String> rule : EXPECTED.entrySet()) {
      DeadlineClock latest =
          clocks.stream()
              .filter(k -> k.getRuleId().equals(rule.getKey()))
              .reduce((a, b) -> b.getRound() >= a.getRound() ? b : a)
              .orElse(null);
      if (latest == null && rule.getKey().equals(Rules.SVC_03)) {
        Optional<ResidentCaseView.Expected> projected = projectedCompletion(c);
        if (projected.isPresent()) {
          return projected.get();
        }
      }
      if (latest == null || latest.getMetAt() != null) {
        continue;
      }
      if (latest.getBreachedAt() == null) {
        return new ResidentCaseView.Expected(rule.getValue(), latest.getDueAt(), false);
      }
      if (late == null) {
        late = new ResidentCaseView.Expected(rule.getValue(), latest.getDueAt(), true);
      }
    }
    return late;
  }

  /**
   * SVC-03 runs from receipt but its clock opens only when the handling starts: until then the
   * resident is told the completion it will have, receipt plus the triaged amount (the same sum
   * {@code sla.Deadlines} makes when it opens the clock).
   */
  private Optional<ResidentCaseView.Expected> projectedCompletion(ServiceCase c) {
    if (c.getTriage().priority() == null
        || c.isClosedAtDesk()
        || c.getTriage().emergency()
        || !Category.REPAIR.code().equals(c.getRequest().category())) {
      return Optional.empty();
    }
    Instant due = resolutionDue(c, c.getReceivedAt());
    return Optional.of(new ResidentCaseView.Expected("completion", due, clock.now().isAfter(due)));
  }

  /** SVC-03: when the work started at {@code from} is due, as {@code sla.Deadlines} sums it. */
  Instant resolutionDue(ServiceCase c, Instant from) {
    String amount = c.getTriage().resolveWithin();
    if (amount == null || amount.isBlank()) {
      amount = desk.deadlines().resolution();
    }
    ZoneId zone = properties.zoneOf(c);
    return amount.contains("T")
        ? from.plus(Duration.parse(amount))
        : from.atZone(zone).plus(Period.parse(amount)).toInstant();
  }

  private String displayName(String userId) {
    if (userId == null) {
      return null;
    }
    User user = identities.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return null;
    }
    String name =
        (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), ""))
            .trim();
    return name.isEmpty() ? null : name;
  }

  private static void add(List<ResidentCaseView.Step> steps, String code, Instant at) {
    if (at != null) {
      steps.add(step(code, at));
    }
  }

  private static ResidentCaseView.Step step(String code, Instant at) {
    return new ResidentCaseView.Step(code, at, false);
  }

  static String lastFour(String phone) {
    String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
    return digits.length() <= 4 ? digits : digits.substring(digits.length() - 4);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
