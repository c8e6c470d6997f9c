package com.residentdesk.specialservice;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidFieldException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bookings of special services, and what the {@code special-service} model asks of them ({@code
 * ${specialServices.booked(caseId)}}, {@code ${specialServices.arrivalDue(caseId)}}). Deadlines of
 * a booking run from its appointment, never from receipt (SVC-16).
 */
@Service("specialServices")
public class SpecialServices {

  private final BookingRepository bookings;
  private final ServiceCatalogue catalogue;
  private final CaseFiles caseFiles;
  private final Deadlines deadlines;
  private final DeskClock clock;
  private final com.residentdesk.property.PropertyDirectory properties;

  SpecialServices(
      BookingRepository bookings,
      ServiceCatalogue catalogue,
      CaseFiles caseFiles,
      Deadlines deadlines,
      DeskClock clock,
      com.residentdesk.property.PropertyDirectory properties) {
    this.bookings = bookings;
    this.catalogue = catalogue;
    this.caseFiles = caseFiles;
    this.deadlines = deadlines;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * SVC-04, SVC-07, SVC-16: quotes a catalogue service for the case and stores the booking. Refused
   * (nothing stored) for a service not bookable at the case's property, an appointment that is not
   * in the future, or a price that differs from the catalogue's without the reason.
   *
   * @throws InvalidFieldException naming the field
   */
  @Transactional
  public Booking book(ServiceCase serviceCase, BookingRequest request, String by) {
    if (bookings.findByCaseId(serviceCase.getId()).isPresent()) {
      throw new InvalidFieldException("serviceCode", "problem.special-service.already-booked");
    }
    Instant now = clock.now();
    Instant appointment = request.appointmentAt().toInstant();
    if (request.outsideCatalogue()) {
      return bookOutsideCatalogue(serviceCase, request, by, now, appointment);
    }
    String code = request.serviceCode().trim();
    CatalogueEntry service =
        catalogue
            .bookable(serviceCase.getPropertyCode(), code)
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "serviceCode", "problem.special-service.unknown", code));
    requireFuture(appointment, now);
    BigDecimal quantity = request.quantity().setScale(2, RoundingMode.HALF_UP);
    BigDecimal quoted = request.quotedPrice().setScale(2, RoundingMode.HALF_UP);
    BigDecimal listed = listPrice(service, quantity);
    String override = blankToNull(request.priceOverrideReason());
    if (quoted.compareTo(listed) != 0 && override == null) {
      throw new InvalidFieldException(
          "quotedPrice", "problem.special-service.price-mismatch", listed.toPlainString());
    }
    Booking booking =
        bookings.save(
            new Booking(
                serviceCase.getId(),
                service,
                quantity,
                quoted,
                quoted.compareTo(listed) == 0 ? null : override,
                appointment,
                blankToNull(request.requirements()),
                by,
                now));
    caseFiles.record(
        serviceCase.getId(),
        SpecialServiceProcess.Element.REGISTER_BOOKING,
        "Special service booked",
        "%s %s x %s %s, quoted %s%s; appointment %s"
            .formatted(
                service.getCode(),
                service.getNameZh(),
                quantity.toPlainString(),
                service.getUnit(),
                quoted.toPlainString(),
                booking.getPriceOverrideReason() == null
                    ? ""
                    : " (catalogue " + listed.toPlainString() + ")",
                appointment),
        "SVC-07");
    return booking;
  }

  private static void requireFuture(Instant appointment, Instant now) {
    if (!appointment.isAfter(now)) {
      throw new InvalidFieldException("appointmentAt", "problem.special-service.appointment-past");
    }
  }

  /**
   * SVC-06: a service outside the catalogue, named in the resident's words, at the price quoted;
   * the department head approves it before anyone is sent.
   */
  private Booking bookOutsideCatalogue(
      ServiceCase serviceCase,
      BookingRequest request,
      String by,
      Instant now,
      Instant appointment) {
    String name = blankToNull(request.serviceName());
    if (name == null) {
      throw new InvalidFieldException("serviceName", "problem.special-service.outside-name");
    }
    requireFuture(appointment, now);
    BigDecimal quantity = request.quantity().setScale(2, RoundingMode.HALF_UP);
    BigDecimal quoted = request.quotedPrice().setScale(2, RoundingMode.HALF_UP);
    Booking booking =
        bookings.save(
            Booking.outsideCatalogue(
                serviceCase.getId(),
                name,
                quantity,
                quoted,
                appointment,
                blankToNull(request.requirements()),
                by,
                now));
    caseFiles.record(
        serviceCase.getId(),
        SpecialServiceProcess.Element.REGISTER_BOOKING,
        "Special service outside the catalogue booked",
        "%s x %s, quoted %s; appointment %s; needs the department head's approval"
            .formatted(name, quantity.toPlainString(), quoted.toPlainString(), appointment),
        "SVC-06");
    return booking;
  }

  /**
   * SVC-06: the booked service is outside the catalogue and needs the department head's approval.
   */
  public boolean outsideCatalogue(Long caseId) {
    return of(caseId).isOutsideCatalogue();
  }

  /**
   * The task-local variable the booking form shows the catalogue in (form special-service-booking).
   */
  public static final String CATALOGUE_TEXT = "serviceCatalogue";

  /**
   * SVC-04, SVC-07: the catalogue in force at the task's property, for the booking form to show (a
   * task listener of Task_RegisterBooking); the clerk quotes from it without opening another page.
   */
  public void showCatalogue(org.camunda.bpm.engine.delegate.DelegateTask task) {
    task.setVariableLocal(
        CATALOGUE_TEXT,
        catalogue.inForce(task.getTenantId()).stream()
                .filter(CatalogueEntry::isActive)
                .map(
                    e ->
                        "- **%s** %s %s：¥%s / %s%s"
                            .formatted(
                                e.getCode(),
                                e.getNameZh(),
                                e.getNameEn(),
                                e.getUnitPrice().toPlainString(),
                                unitZh(e.getUnit()),
                                e.isRisky() ? "（有风险，需评估 risky）" : ""))
                .collect(java.util.stream.Collectors.joining("\n"))
            + "\n- **%s** 目录外服务（填写服务名称，需部门负责人批准） Outside the catalogue (name it; the head approves)"
                .formatted(Booking.OUTSIDE_CATALOGUE));
  }

  /** The task-local variable the visit's forms show the booking in. */
  public static final String BOOKING_TEXT = "bookingSummary";

  /**
   * SVC-04, SVC-01: what was booked and quoted, for the forms of the acceptance, the arrival and
   * the visit to show (a create listener of their tasks): the staff explain exactly this.
   */
  public void showBooking(org.camunda.bpm.engine.delegate.DelegateTask task) {
    find(SpecialServiceProcess.Var.CASE_ID.from(task))
        .ifPresent(
            b ->
                task.setVariableLocal(
                    BOOKING_TEXT,
                    "**%s %s** × %s %s，报价 **¥%s**%s · 预约 **%s**%s"
                        .formatted(
                            b.getServiceCode(),
                            b.getServiceNameZh(),
                            b.getQuantity().toPlainString(),
                            unitZh(b.getUnit()),
                            b.getQuotedPrice().toPlainString(),
                            b.getPriceOverrideReason() == null
                                ? ""
                                : "（目录价 ¥%s，原因：%s）"
                                    .formatted(
                                        listPriceOf(b).toPlainString(), b.getPriceOverrideReason()),
                            com.residentdesk.system.DeskFormat.time(
                                b.getAppointmentAt(), properties.zoneOf(task.getTenantId())),
                            b.getRequirements() == null ? "" : " · 要求：" + b.getRequirements())));
  }

  private static BigDecimal listPriceOf(Booking b) {
    return b.getUnitPrice().multiply(b.getQuantity()).setScale(2, RoundingMode.HALF_UP);
  }

  static String unitZh(String unit) {
    return switch (unit) {
      case "hour" -> "小时 hour";
      case "visit" -> "次 visit";
      case "m2" -> "平方米 m²";
      default -> unit;
    };
  }

  /** The catalogue price of a quantity of the service. */
  static BigDecimal listPrice(CatalogueEntry service, BigDecimal quantity) {
    return service.getUnitPrice().multiply(quantity).setScale(2, RoundingMode.HALF_UP);
  }

  /** SVC-06: the booked service is flagged risky in the catalogue (as quoted). */
  public boolean risky(Long caseId) {
    return of(caseId).isRisky();
  }

  /** Whether the case's booking was registered (by the API, with the case). */
  public boolean booked(Long caseId) {
    return bookings.findByCaseId(caseId).isPresent();
  }

  public Optional<Booking> find(Long caseId) {
    return bookings.findByCaseId(caseId);
  }

  public Booking of(Long caseId) {
    return bookings
        .findByCaseId(caseId)
        .orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no booking"));
  }

  /**
   * SVC-01, SVC-16: nobody arrived two minutes after the appointment: the arrival deadline, from
   * the appointment, never from receipt.
   */
  public Date arrivalDue(Long caseId) {
    return deadlines.dueAt(
        caseId, Rules.SVC_01, 0, of(caseId).getAppointmentAt().plus(Booking.LATEST));
  }

  /** The group that delivers the booked service, as the catalogue said when it was quoted. */
  public String deliveringGroup(Long caseId) {
    return of(caseId).getDeliveringGroup();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
