package com.residentdesk.specialservice;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * SVC-07: what a booking registers besides the resident (unit, name and phone are the case's): the
 * service from the catalogue, the appointment, how much of it (hours, visits, m²), the price quoted
 * and the requirements. A price that differs from the catalogue's needs the reason (SVC-04). A
 * service outside the catalogue has the code {@code OTHER} and the resident's words for it in
 * {@code serviceName}; the department head approves it (SVC-06).
 */
public record BookingRequest(
    @NotBlank @Size(max = 32) String serviceCode,
    @NotNull OffsetDateTime appointmentAt,
    @NotNull @DecimalMin(value = "0.01") @Digits(integer = 8, fraction = 2) BigDecimal quantity,
    @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal quotedPrice,
    @Size(max = 500) String priceOverrideReason,
    @Size(max = 2000) String requirements,
    @Size(max = 100) String serviceName) {

  /** A booking of a catalogue service. */
  public BookingRequest(
      String serviceCode,
      OffsetDateTime appointmentAt,
      BigDecimal quantity,
      BigDecimal quotedPrice,
      String priceOverrideReason,
      String requirements) {
    this(
        serviceCode, appointmentAt, quantity, quotedPrice, priceOverrideReason, requirements, null);
  }

  /** SVC-06: the code names no catalogue service but a service the department head must approve. */
  public boolean outsideCatalogue() {
    return Booking.OUTSIDE_CATALOGUE.equalsIgnoreCase(
        serviceCode == null ? "" : serviceCode.trim());
  }
}
