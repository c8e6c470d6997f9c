package com.residentdesk.sla;

import com.residentdesk.casefile.CaseTaskHeadline;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The follow-up task of a missed deadline says which deadline (the rule in words), when it was due
 * and by how much it was missed when the task was given, in its name and on top of its form.
 */
@Component
class MissedDeadlineHeadline implements CaseTaskHeadline {

  private final Deadlines deadlines;
  private final MessageSource messages;
  private final PropertyDirectory properties;
  private final DeskClock clock;

  MissedDeadlineHeadline(
      Deadlines deadlines, MessageSource messages, PropertyDirectory properties, DeskClock clock) {
    this.deadlines = deadlines;
    this.messages = messages;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public Optional<Headline> about(DelegateTask task, ServiceCase serviceCase, Locale locale) {
    if (!DeadlineEscalationProcess.Element.HANDLE_ESCALATION.equals(task.getTaskDefinitionKey())) {
      return Optional.empty();
    }
    String rule = DeadlineEscalationProcess.Var.MISSED_RULE.find(task).orElse(null);
    if (rule == null) {
      return Optional.empty();
    }
    String ruleName = messages.getMessage("rule." + rule, null, rule, locale);
    String name = messages.getMessage("escalation.task.name", new Object[] {ruleName}, locale);
    Optional<Instant> due =
        deadlines.clocksOf(serviceCase.getId()).stream()
            .filter(c -> rule.equals(c.getRuleId()) && c.getDueAt() != null)
            .max(Comparator.comparing(DeadlineClock::getRound))
            .map(DeadlineClock::getDueAt);
    if (due.isEmpty()) {
      return Optional.of(new Headline(name, ruleName));
    }
    Instant now = clock.now();
    Duration late = Duration.between(due.get(), now.isBefore(due.get()) ? due.get() : now);
    String line =
        messages.getMessage(
            "escalation.task.line",
            new Object[] {
              ruleName,
              DeskFormat.time(due.get(), properties.zoneOf(serviceCase)).substring(0, 16),
              DeskFormat.duration(late.toSeconds() < 1 ? Duration.ofSeconds(1) : late, locale)
            },
            locale);
    return Optional.of(new Headline(name, line));
  }
}
