package com.residentdesk.rota;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.identity.PropertyMemberships;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who is on duty now at a property, from its rota (never from code), in its time zone. Exposed to
 * BPMN expressions as {@code rota}, e.g. the alert recipients of an emergency.
 */
@Component("rota")
public class Rota {

  /** The departments whose on-duty supervisors every emergency alerts (EMG-01, HLP-01). */
  static final List<String> EMERGENCY_DEPARTMENTS =
      List.of(StaffGroups.SECURITY, StaffGroups.ENGINEERING);

  private final DutyShiftRepository shifts;
  private final PropertyMemberships memberships;
  private final PropertyDirectory properties;
  private final CaseFiles caseFiles;
  private final DeskClock clock;

  public Rota(
      DutyShiftRepository shifts,
      PropertyMemberships memberships,
      PropertyDirectory properties,
      CaseFiles caseFiles,
      DeskClock clock) {
    this.shifts = shifts;
    this.memberships = memberships;
    this.properties = properties;
    this.caseFiles = caseFiles;
    this.clock = clock;
  }

  /** The first rota line of the property, group and role that covers the present moment. */
  public Optional<String> onDuty(String propertyCode, String groupId, DutyRole role) {
    LocalDateTime now = clock.nowIn(properties.zoneOf(propertyCode)).toLocalDateTime();
    return shifts.findByPropertyCodeAndGroupIdOrderByIdAsc(propertyCode, groupId).stream()
        .filter(shift -> shift.getDutyRole() == role && shift.covers(now))
        .map(DutyShift::getUserId)
        .findFirst();
  }

  /** The person who responds to an emergency of this case: on-duty staff, else the supervisor. */
  public Optional<String> responder(ServiceCase serviceCase) {
    String property = serviceCase.getPropertyCode();
    String group = serviceCase.getTriage().handlingGroup();
    return onDuty(property, group, DutyRole.STAFF)
        .or(() -> onDuty(property, group, DutyRole.SUPERVISOR));
  }

  public Optional<String> supervisorOnDuty(String propertyCode, String groupId) {
    return onDuty(propertyCode, groupId, DutyRole.SUPERVISOR);
  }

  /**
   * EMG-01: the on-duty supervisors of security and engineering and the centre manager of the
   * case's property (the one on duty, or every centre manager of the property when the rota names
   * none).
   */
  public List<String> alertees(Long caseId) {
    String property = caseFiles.get(caseId).getPropertyCode();
    Set<String> people = new LinkedHashSet<>();
    EMERGENCY_DEPARTMENTS.forEach(
        group -> supervisorOnDuty(property, group).ifPresent(people::add));
    Optional<String> manager =
        onDuty(property, StaffGroups.CENTRE_MANAGER, DutyRole.STAFF)
            .or(() -> onDuty(property, StaffGroups.CENTRE_MANAGER, DutyRole.SUPERVISOR));
    if (manager.isPresent()) {
      people.add(manager.get());
    } else {
      memberships.members(StaffGroups.CENTRE_MANAGER, property).stream()
          .map(User::getId)
          .forEach(people::add);
    }
    return List.copyOf(people);
  }
}
