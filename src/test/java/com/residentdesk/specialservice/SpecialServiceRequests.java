package com.residentdesk.specialservice;

import static com.residentdesk.intake.ResidentRequestProcess.Field.CHANNEL;
import static com.residentdesk.intake.ResidentRequestProcess.Field.DESCRIPTION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.LOCATION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.PHONE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESIDENT_NAME;
import static com.residentdesk.intake.ResidentRequestProcess.Field.UNIT;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.support.DeskFixture;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/** What the HTTP and browser tests of special services send: bookings and agreement requests. */
final class SpecialServiceRequests {

  private SpecialServiceRequests() {}

  /** The booking block of a POST /api/cases body. */
  static Map<String, Object> booking(
      String code, OffsetDateTime appointmentAt, String quantity, String price, String needs) {
    Map<String, Object> booking = new LinkedHashMap<>();
    booking.put("serviceCode", code);
    booking.put("appointmentAt", appointmentAt.toString());
    booking.put("quantity", new BigDecimal(quantity));
    booking.put("quotedPrice", new BigDecimal(price));
    booking.put("requirements", needs);
    return booking;
  }

  /** The start form of the agreement process, for household 1-0502 (王芳). */
  static ProcessVariable.Value[] agreementRequest(
      String channel, String description, String location) {
    return new ProcessVariable.Value[] {
      CHANNEL.of(channel),
      UNIT.of(DeskFixture.UNIT_WITH_EMAIL),
      RESIDENT_NAME.of("王芳"),
      PHONE.of("13800000502"),
      DESCRIPTION.of(description),
      LOCATION.of(location)
    };
  }

  /** The case number of a process started through the engine's REST API (its business key). */
  static String caseNumberOf(ProcessEngine engine, JsonNode started) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceId(started.path("id").asText())
        .singleResult()
        .getBusinessKey();
  }
}
