package com.residentdesk.rota;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.Privileged;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who is on duty now, from the rota table (never from code). Exposed to BPMN expressions as {@code
 * rota}, e.g. the alert recipients of an emergency.
 */
@Component("rota")
public class Rota {

  /** The departments whose on-duty supervisors every emergency alerts (EMG-01, HLP-01). */
  static final List<String> EMERGENCY_DEPARTMENTS =
      List.of(StaffGroups.SECURITY, StaffGroups.ENGINEERING);

  private final DutyShiftRepository shifts;
  private final IdentityService identityService;
  private final DeskClock clock;

  public Rota(DutyShiftRepository shifts, IdentityService identityService, DeskClock clock) {
    this.shifts = shifts;
    this.identityService = identityService;
    this.clock = clock;
  }

  /** The first rota line of the group and role that covers the present moment. */
  public Optional<String> onDuty(String groupId, DutyRole role) {
    LocalDateTime now = clock.nowInPropertyZone().toLocalDateTime();
    return shifts.findByGroupIdOrderByIdAsc(groupId).stream()
        .filter(shift -> shift.getDutyRole() == role && shift.covers(now))
        .map(DutyShift::getUserId)
        .findFirst();
  }

  /** The person who responds to an emergency of this case: on-duty staff, else the supervisor. */
  public Optional<String> responder(ServiceCase serviceCase) {
    String group = serviceCase.getTriage().handlingGroup();
    return onDuty(group, DutyRole.STAFF).or(() -> onDuty(group, DutyRole.SUPERVISOR));
  }

  public Optional<String> supervisorOnDuty(String groupId) {
    return onDuty(groupId, DutyRole.SUPERVISOR);
  }

  /**
   * EMG-01: the on-duty supervisors of security and engineering and the centre manager (the one on
   * duty, or every centre manager when the rota names none). The same people for every case today;
   * the case id keeps the BPMN expression honest about whose alert it is.
   */
  public List<String> alertees(Long caseId) {
    Set<String> people = new LinkedHashSet<>();
    EMERGENCY_DEPARTMENTS.forEach(group -> supervisorOnDuty(group).ifPresent(people::add));
    Optional<String> manager =
        onDuty(StaffGroups.CENTRE_MANAGER, DutyRole.STAFF)
            .or(() -> onDuty(StaffGroups.CENTRE_MANAGER, DutyRole.SUPERVISOR));
    if (manager.isPresent()) {
      people.add(manager.get());
    } else {
      Privileged.asSystem(
              () ->
                  identityService
                      .createUserQuery()
                      .memberOfGroup(StaffGroups.CENTRE_MANAGER)
                      .list())
          .stream()
          .map(User::getId)
          .forEach(people::add);
    }
    return List.copyOf(people);
  }
}
