package com.residentdesk.intake;

import static com.residentdesk.casefile.ProcessVariable.variables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CaseNumberGenerator;
import com.residentdesk.casefile.CaseRegistered;
import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.Channel;
import com.residentdesk.casefile.Coded;
import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ResidentRequest;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.casefile.UnitNames;
import com.residentdesk.household.Household;
import com.residentdesk.household.HouseholdRepository;
import com.residentdesk.property.ProcedureVariants;
import com.residentdesk.property.PropertyAccess;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.specialservice.BookingRequest;
import com.residentdesk.specialservice.SpecialServices;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.Privileged;
import com.residentdesk.system.Texts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a resident's request (INT-02) and starts its process in one transaction: when the
 * caller gets its 201, the case, its first task, its timers and its acknowledgement are all stored.
 */
@Service
public class IntakeService {

  static final String DEFAULT_LANGUAGE = "zh-CN";

  private final ServiceCaseRepository cases;
  private final HouseholdRepository households;
  private final IdempotencyRepository idempotency;
  private final CaseNumberGenerator numbers;
  private final CaseFiles caseFiles;
  private final Deadlines deadlines;
  private final RuntimeService runtimeService;
  private final CurrentActor actor;
  private final DeskClock clock;
  private final ObjectMapper json;
  private final ApplicationEventPublisher events;
  private final PropertyAccess access;
  private final PropertyDirectory properties;
  private final ProcedureVariants variants;
  private final SpecialServices specialServices;

  public IntakeService(
      ServiceCaseRepository cases,
      HouseholdRepository households,
      IdempotencyRepository idempotency,
      CaseNumberGenerator numbers,
      CaseFiles caseFiles,
      Deadlines deadlines,
      RuntimeService runtimeService,
      CurrentActor actor,
      DeskClock clock,
      ObjectMapper json,
      ApplicationEventPublisher events,
      PropertyAccess access,
      PropertyDirectory properties,
      ProcedureVariants variants,
      SpecialServices specialServices) {
    this.cases = cases;
    this.households = households;
    this.idempotency = idempotency;
    this.numbers = numbers;
    this.caseFiles = caseFiles;
    this.deadlines = deadlines;
    this.runtimeService = runtimeService;
    this.actor = actor;
    this.clock = clock;
    this.json = json;
    this.events = events;
    this.access = access;
    this.properties = properties;
    this.variants = variants;
    this.specialServices = specialServices;
  }

  /**
   * A registered (or replayed) case with the view its submitter gets, read in the same transaction:
   * reading it afterwards needed a second connection, and under overload an intake already stored
   * was answered 503 when none came free (the intake benchmark found it).
   */
  public record Submission(ServiceCase serviceCase, CaseView view, boolean replayed) {}

  /**
   * The API door: registers the case at the property the request names (or the caller's only one)
   * and starts the {@code resident-request} process in that property's tenant.
   */
  @Transactional
  public Submission submit(NewCaseRequest request, String idempotencyKey) {
    return submit(
        request,
        () -> access.propertyFor(request.property(), PropertyAccess.caller()),
        idempotencyKey);
  }

  /** The channels a request taken verbally by staff comes by (INT-03). */
  static final String VERBAL_CHANNELS = "patrol, phone, walk-in";

  /**
   * INT-03: a request a staff member took verbally anywhere is registered at once, in the register
   * the front desk keeps (the case list), and routed like any other (a patrol's to the department's
   * on-duty supervisor, HLP-03; a call or a visit to the desk's queue). The sheet says who took it.
   */
  @Transactional
  public Submission submitVerbal(NewCaseRequest request, String takenBy) {
    return verbal(
        request, () -> access.propertyFor(request.property(), PropertyAccess.caller()), takenBy);
  }

  /**
   * INT-03 from a Tasklist start form: the property is the one the form's process runs for (its
   * tenant), which {@code property.PropertyTenancy} checked against the staff member as it started.
   */
  @Transactional
  public Submission submitVerbalAt(String property, NewCaseRequest request, String takenBy) {
    return verbal(request, () -> property, takenBy);
  }

  private Submission verbal(NewCaseRequest request, Supplier<String> propertyOf, String takenBy) {
    var channel = Coded.fromCode(Channel.class, request.channel());
    if (channel.isEmpty() || !channel.get().isInPerson() || request.booking() != null) {
      throw new InvalidFieldException("channel", "problem.field.one-of", VERBAL_CHANNELS);
    }
    Submission submission = submit(request, propertyOf, null);
    caseFiles.record(
        submission.serviceCase().getId(),
        "Action_TakenVerbally",
        "Taken verbally by staff",
        "Taken by %s (%s); registered at once in the front desk's register"
            .formatted(takenBy, request.channel()),
        "INT-03");
    return submission;
  }

  /**
   * The residents' page: a resident has no staff account and no properties of their own; the page
   * they report on names its property, which must exist. What the resident sent with the report
   * ({@code attach}: photos) is stored with the new case before its process starts, so that its
   * first tasks already show it; a replayed submission attaches nothing.
   */
  @Transactional
  public Submission submitAt(
      String property,
      NewCaseRequest request,
      String idempotencyKey,
      Consumer<ServiceCase> attach) {
    return submit(request, () -> properties.get(property).code(), idempotencyKey, attach);
  }

  private Submission submit(
      NewCaseRequest request, Supplier<String> propertyOf, String idempotencyKey) {
    return submit(request, propertyOf, idempotencyKey, serviceCase -> {});
  }

  private Submission submit(
      NewCaseRequest request,
      Supplier<String> propertyOf,
      String idempotencyKey,
      Consumer<ServiceCase> attach) {
    String hash = hash(request);
    if (idempotencyKey != null) {
      Optional<Submission> earlier = replay(idempotencyKey, hash);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    String property = propertyOf.get();
    ServiceCase serviceCase = register(request, property);
    attach.accept(serviceCase);
    book(serviceCase, request.booking());
    start(serviceCase);
    if (idempotencyKey != null) {
      idempotency.saveAndFlush(
          new IdempotencyRecord(idempotencyKey, hash, serviceCase.getId(), clock.now()));
    }
    return new Submission(serviceCase, CaseView.of(serviceCase, deadlines), false);
  }

  /**
   * SVC-07: the booking a special-service request came with, quoted from the catalogue in the same
   * transaction (a refusal stores nothing); a booking on any other category is refused.
   */
  private void book(ServiceCase serviceCase, BookingRequest booking) {
    if (booking == null) {
      return;
    }
    if (!Category.SPECIAL_SERVICE.code().equals(serviceCase.getRequest().category())) {
      throw new InvalidFieldException("booking", "problem.special-service.booking-only");
    }
    try {
      specialServices.book(serviceCase, booking, actor.id());
    } catch (InvalidFieldException refused) {
      throw new InvalidFieldException(
          "booking." + refused.field(), refused.getMessage(), refused.args());
    }
  }

  /**
   * EMG-05: a safety hazard found while handling a case (on any visit, or in an emergency) becomes
   * a follow-up repair case of the same household, raised by the staff member on the visit, linked
   * to its origin and noted on the origin's handling sheet.
   *
   * @param step the BPMN id of the task or service task that found the hazard
   */
  @Transactional
  public ServiceCase openHazardFollowUp(ServiceCase origin, String step) {
    ResidentRequest from = origin.getRequest();
    String description =
        "Safety hazard found while handling "
            + origin.getCaseNumber()
            + ": "
            + origin.getHazardDescription();
    NewCaseRequest request =
        new NewCaseRequest(
            Channel.PATROL.code(),
            from.unit(),
            from.residentName(),
            from.phone(),
            from.email(),
            from.language(),
            Category.REPAIR.code(),
            "safety-hazard",
            Texts.clip(description, ServiceCase.TEXT_LENGTH),
            from.location(),
            origin.getPropertyCode());
    ServiceCase followUp = register(request, origin.getPropertyCode());
    followUp.followUpOf(origin.getId());
    start(followUp);
    caseFiles.record(
        origin.getId(),
        step,
        "Follow-up repair case " + followUp.getCaseNumber() + " opened for the hazard",
        null,
        "EMG-05");
    return followUp;
  }

  private void start(ServiceCase serviceCase) {
    // a follow-up opened from a staff member's task is the system's doing, not a start they made
    ProcessInstance instance =
        Privileged.asSystem(
            () ->
                variants
                    .instantiate(ResidentRequestProcess.KEY, serviceCase.getPropertyCode())
                    .businessKey(serviceCase.getCaseNumber())
                    .setVariables(
                        variables(ResidentRequestProcess.Var.CASE_ID.of(serviceCase.getId())))
                    .execute());
    serviceCase.linkProcess(instance.getId());
  }

  /** A submission whose key was taken by a concurrent twin: answer with the twin's case. */
  @Transactional(readOnly = true)
  public Optional<Submission> replay(String idempotencyKey, NewCaseRequest request) {
    return replay(idempotencyKey, hash(request));
  }

  private Optional<Submission> replay(String idempotencyKey, String hash) {
    return idempotency
        .findById(idempotencyKey)
        .map(
            record -> {
              if (!record.getRequestHash().equals(hash)) {
                throw new IdempotencyConflictException();
              }
              ServiceCase earlier = caseFiles.get(record.getCaseId());
              return new Submission(earlier, CaseView.of(earlier, deadlines), true);
            });
  }

  /**
   * Both doors: stores the case at its property with a new case number. Contact e-mail and language
   * default from the household of the unit when the request does not give them.
   */
  @Transactional
  public ServiceCase register(NewCaseRequest request, String propertyCode) {
    String unit = registeredUnit(propertyCode, request.unit());
    Optional<Household> household = households.findByPropertyCodeAndUnit(propertyCode, unit);
    String email = household.map(Household::getEmail).orElse(null);
    String language = household.map(Household::getLanguage).orElse(DEFAULT_LANGUAGE);
    ServiceCase serviceCase =
        cases.save(
            new ServiceCase(
                propertyCode,
                numbers.next(propertyCode, properties.zoneOf(propertyCode)),
                request.toResidentRequest(unit, email, language),
                clock.now(),
                actor.id()));
    caseFiles.registeredNow(serviceCase.getId());
    caseFiles.record(
        serviceCase.getId(),
        ResidentRequestProcess.Element.REGISTER_CASE,
        "Request registered",
        "Channel "
            + serviceCase.getRequest().channel()
            + ", category "
            + serviceCase.getRequest().category(),
        "INT-02");
    caseFiles.record(
        serviceCase.getId(),
        ResidentRequestProcess.Element.REGISTER_CASE,
        "Caller checked against the household register",
        callerCheck(household, serviceCase.getRequest()),
        "INT-07");
    events.publishEvent(CaseRegistered.of(serviceCase));
    return serviceCase;
  }

  /**
   * INT-02: the unit as residents say it ("1栋502室", "一栋五零二") becomes the register's name
   * ("1-0502"); a room said without its building is the register's only room of that number, and
   * the clerk is asked which building when there are several. A unit the register does not hold (a
   * register not yet complete) is kept under the name it was said with, normalised.
   */
  private String registeredUnit(String propertyCode, String said) {
    UnitNames.Spoken spoken =
        UnitNames.parse(said)
            .orElseThrow(() -> new InvalidFieldException("unit", "problem.unit.unreadable", said));
    Optional<String> named = spoken.registered();
    if (named.isPresent()) {
      return named.get();
    }
    List<String> candidates = spoken.candidates(households.unitsOf(propertyCode));
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    if (candidates.isEmpty()) {
      throw new InvalidFieldException("unit", "problem.unit.no-building", said);
    }
    throw new InvalidFieldException(
        "unit",
        "problem.unit.ambiguous",
        said,
        candidates.stream().map(UnitNames::spoken).collect(Collectors.joining("、")));
  }

  /**
   * INT-07: the caller's identity and contact against the household register. A mismatch never
   * refuses the request (nothing a resident submits is lost); it tells the front desk what to
   * confirm. Only whether they match is written, not the register's own data (INT-06).
   */
  static String callerCheck(Optional<Household> household, ResidentRequest caller) {
    if (household.isEmpty()) {
      return "Unit not in the household register: confirm the unit and the caller's identity";
    }
    boolean name = same(household.get().getResidentName(), caller.residentName());
    boolean phone = same(digits(household.get().getPhone()), digits(caller.phone()));
    if (name && phone) {
      return "Name and phone match the household register";
    }
    if (name) {
      return "Name matches; phone differs from the register: confirm the contact and update the"
          + " register";
    }
    return "Name does not match the registered household: confirm the caller's identity";
  }

  private static boolean same(String registered, String given) {
    return registered != null && given != null && registered.trim().equalsIgnoreCase(given.trim());
  }

  private static String digits(String phone) {
    return phone == null ? null : phone.replaceAll("[^0-9]", "");
  }

  private String hash(NewCaseRequest request) {
    try {
      byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot fingerprint the request", e);
    }
  }
}
