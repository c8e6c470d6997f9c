package com.residentdesk.triage;

import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.Channel;
import com.residentdesk.casefile.Coded;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.rota.Rota;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Where a triaged request goes first. Emergencies take the emergency path whoever raised them
 * (HLP-03); complaints, inquiries, challenges, suggestions and paid special services their own
 * procedures (CMP, INQ, CHA, SUG, SVC: a special service is a booking, not a repair, SVC-16);
 * requests from staff on patrol go to the on-duty supervisor of the department (HLP-03); outside
 * the front-desk hours of the case's property, in its time zone, the property's security control
 * centre takes them (HLP-02); otherwise its front desk. The process instance runs in the property's
 * tenant, so "the control centre" and "the front desk" are the property's own.
 */
@Component("intakeRouting")
public class IntakeRouting {

  public static final String EMERGENCY = "emergency";
  public static final String COMPLAINT = "complaint";

  /** Categories with a process of their own: the route is the category. */
  static final Set<String> OWN_PROCESS =
      Set.of(
          Category.COMPLAINT.code(),
          Category.INQUIRY.code(),
          Category.CHALLENGE.code(),
          Category.SUGGESTION.code(),
          Category.SPECIAL_SERVICE.code());

  public static final String PATROL = "patrol";
  public static final String CONTROL_CENTRE = "control-centre";
  public static final String FRONT_DESK = "front-desk";

  private final Rota rota;
  private final PropertyDirectory properties;

  public IntakeRouting(Rota rota, PropertyDirectory properties) {
    this.rota = rota;
    this.properties = properties;
  }

  public record Route(String route, String dispatcher) {}

  public Route route(ServiceCase serviceCase) {
    if (serviceCase.getTriage().emergency()) {
      return new Route(EMERGENCY, null);
    }
    if (OWN_PROCESS.contains(serviceCase.getRequest().category())) {
      return new Route(serviceCase.getRequest().category(), null);
    }
    boolean patrol =
        Coded.fromCode(Channel.class, serviceCase.getRequest().channel()).orElse(null)
            == Channel.PATROL;
    if (patrol) {
      return new Route(PATROL, dispatcher(serviceCase));
    }
    PropertyDirectory.Settings property = properties.get(serviceCase.getPropertyCode());
    LocalTime received = serviceCase.getReceivedAt().atZone(property.zone()).toLocalTime();
    if (!property.frontDeskHours().contains(received)) {
      return new Route(CONTROL_CENTRE, dispatcher(serviceCase));
    }
    return new Route(FRONT_DESK, null);
  }

  /**
   * The department's on-duty supervisor assigns the handler; nobody on duty leaves it to the group.
   */
  private String dispatcher(ServiceCase serviceCase) {
    return rota.supervisorOnDuty(
            serviceCase.getPropertyCode(), serviceCase.getTriage().handlingGroup())
        .orElse(null);
  }
}
