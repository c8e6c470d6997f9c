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
 * and the requirements. A price that differs from the catalogue's needs the reason (SVC-04).
 */
public record BookingRequest(
    @NotBlank @Size(max = 32) String serviceCode,
    @NotNull OffsetDateTime appointmentAt,
    @NotNull @DecimalMin(value = "0.01") @Digits(integer = 8, fraction = 2) BigDecimal quantity,
    @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal quotedPrice,
    @Size(max = 500) String priceOverrideReason,
    @Size(max = 2000) String requirements) {}
