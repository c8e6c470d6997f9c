package com.residentdesk.dispatch;

import static java.lang.Character.UnicodeScript.HAN;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.identity.PropertyMemberships;
import com.residentdesk.rota.DutyRole;
import com.residentdesk.rota.Rota;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * HLP-01/CAT-04: the dispatcher picks the handler from the handling group's people at the case's
 * property, the one on duty now first and marked. Built when the form is opened ({@link
 * HandlerChoicesController}), not when the task is created: the list is read by the one who opens
 * the form, and the rota may have changed since the task was created.
 */
@Component
class HandlerChoices {

  /** One entry of the form's dropdown, as form-js takes it. */
  record Choice(String value, String label) {}

  private final PropertyMemberships memberships;
  private final Rota rota;

  HandlerChoices(PropertyMemberships memberships, Rota rota) {
    this.memberships = memberships;
    this.rota = rota;
  }

  List<Choice> choices(ServiceCase serviceCase) {
    String property = serviceCase.getPropertyCode();
    String group = serviceCase.getTriage().handlingGroup();
    Optional<String> staff = rota.onDuty(property, group, DutyRole.STAFF);
    Optional<String> supervisor = rota.onDuty(property, group, DutyRole.SUPERVISOR);
    List<User> people = new ArrayList<>(memberships.members(group, property));
    people.sort(
        Comparator.comparing((User u) -> !staff.map(u.getId()::equals).orElse(false))
            .thenComparing(u -> !supervisor.map(u.getId()::equals).orElse(false))
            .thenComparing(User::getId));
    List<Choice> entries = new ArrayList<>();
    for (User user : people) {
      String label = name(user);
      if (staff.map(user.getId()::equals).orElse(false)) {
        label += "（当班 on duty）";
      } else if (supervisor.map(user.getId()::equals).orElse(false)) {
        label += "（当班主管 supervisor on duty）";
      }
      entries.add(new Choice(user.getId(), label));
    }
    return entries;
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
}
