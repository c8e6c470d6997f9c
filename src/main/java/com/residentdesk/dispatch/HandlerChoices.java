package com.residentdesk.dispatch;

import static java.lang.Character.UnicodeScript.HAN;

import com.residentdesk.casefile.CaseTaskChoices;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.identity.PropertyMemberships;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.rota.DutyRole;
import com.residentdesk.rota.Rota;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * HLP-01/CAT-04: the dispatcher picks the handler from the handling group's people at the case's
 * property, the one on duty now first and marked. The form's dropdown reads the {@value #VARIABLE}
 * task variable ("user=name;user=name": its FEEL splits it, a form cannot parse JSON without the
 * Spin plugin).
 */
@Component
class HandlerChoices implements CaseTaskChoices {

  static final String VARIABLE = "handlerChoices";

  private final PropertyMemberships memberships;
  private final Rota rota;

  HandlerChoices(PropertyMemberships memberships, Rota rota) {
    this.memberships = memberships;
    this.rota = rota;
  }

  @Override
  public void offer(DelegateTask task, ServiceCase serviceCase) {
    // the dispatcher picks the handler; the clerk, dispatching, picks whom to notify (HLP-01)
    if (!ResidentRequestProcess.Element.ASSIGN_HANDLER.equals(task.getTaskDefinitionKey())
        && !ResidentRequestProcess.Element.FRONT_DESK_REVIEW.equals(task.getTaskDefinitionKey())) {
      return;
    }
    task.setVariableLocal(VARIABLE, choices(serviceCase));
  }

  String choices(ServiceCase serviceCase) {
    String property = serviceCase.getPropertyCode();
    String group = serviceCase.getTriage().handlingGroup();
    Optional<String> staff = rota.onDuty(property, group, DutyRole.STAFF);
    Optional<String> supervisor = rota.onDuty(property, group, DutyRole.SUPERVISOR);
    List<User> people = new ArrayList<>(memberships.members(group, property));
    people.sort(
        Comparator.comparing((User u) -> !staff.map(u.getId()::equals).orElse(false))
            .thenComparing(u -> !supervisor.map(u.getId()::equals).orElse(false))
            .thenComparing(User::getId));
    List<String> entries = new ArrayList<>();
    for (User user : people) {
      String label = name(user);
      if (staff.map(user.getId()::equals).orElse(false)) {
        label += "（当班 on duty）";
      } else if (supervisor.map(user.getId()::equals).orElse(false)) {
        label += "（当班主管 supervisor on duty）";
      }
      entries.add(user.getId() + "=" + clean(label));
    }
    return String.join(";", entries);
  }

  private static String name(User user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName();
    String last = user.getLastName() == null ? "" : user.getLastName();
    // a Chinese name is family name first, without a space; a Latin one as the account has it
    String name =
        (first + last).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == HAN)
            ? last + first
            : (first + " " + last).strip();
    name = name.isBlank() ? user.getId() : name;
    return name + " · " + user.getId();
  }

  /** The separators of the list cannot appear inside an entry. */
  private static String clean(String label) {
    return label.replace(';', ' ').replace('=', ' ');
  }
}
