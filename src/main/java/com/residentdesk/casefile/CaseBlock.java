package com.residentdesk.casefile;

import com.residentdesk.system.DeskFormat;
import com.residentdesk.system.DeskLocaleResolver;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The case as every task's form shows it at the top (the form's first component reads the {@value
 * #VARIABLE} task variable, as a form can show only variables): number, category, priority in
 * words, unit, resident, problem, location, the task's deadline with the rule that sets it, and the
 * handling sheet so far. Written when the task is created, in Chinese, Tasklist's language for
 * staff, and in English beside it for an English browser. The resident's name and phone are masked
 * for a task offered to a group that does not contact residents (INT-06); the variable is a task's
 * own and is kept out of the engine's history ({@link CaseDataHistoryLevel}).
 */
@Component
public class CaseBlock {

  /** The task variable the forms of a case's tasks show first. */
  public static final String VARIABLE = "caseInfo";

  /** The same in English, for an English browser. */
  public static final String VARIABLE_EN = "caseInfoEn";

  /** The groups that talk to residents and go to them: they see name and phone in full. */
  private static final Set<String> CONTACT_GROUPS =
      Set.of(
          "front-desk",
          "supervisor",
          "engineering",
          "security",
          "security-control",
          "cs-head",
          "centre-manager",
          "regional-manager");

  /** The engine keeps a text variable in a column of 4000 characters. */
  private static final int LENGTH = 3800;

  private static final Locale STAFF = DeskLocaleResolver.CHINESE;
  private static final Pattern DUE_RULE = Pattern.compile("'([A-Z]{2,4}-[0-9]{2})'");
  private static final Pattern MARKDOWN = Pattern.compile("([\\\\`*_\\[\\]#<>|~])");

  private final MessageSource messages;
  private final DeskFormat format;
  private final SheetWords sheetWords;

  CaseBlock(MessageSource messages, DeskFormat format, SheetWords sheetWords) {
    this.messages = messages;
    this.format = format;
    this.sheetWords = sheetWords;
  }

  /** "1栋502室 · 维修": what a task list card shows beside the task's name and the case number. */
  public String cardLine(ServiceCase c) {
    return UnitNames.spoken(c.getRequest().unit()) + " · " + category(c);
  }

  /**
   * Writes the block in Chinese ({@value #VARIABLE}) and in English ({@value #VARIABLE_EN}, which
   * Tasklist's form shows an English browser instead, desk-form-language.js).
   */
  void write(
      DelegateTask task,
      ServiceCase c,
      String headline,
      String headlineEn,
      List<CaseEvent> sheet,
      List<String> more) {
    task.setVariableLocal(VARIABLE, render(task, c, headline, sheet, more, STAFF));
    task.setVariableLocal(VARIABLE_EN, render(task, c, headlineEn, sheet, more, Locale.ENGLISH));
  }

  private String render(
      DelegateTask task,
      ServiceCase c,
      String headline,
      List<CaseEvent> sheet,
      List<String> more,
      Locale locale) {
    boolean chinese = STAFF.getLanguage().equals(locale.getLanguage());
    ResidentRequest r = c.getRequest();
    StringBuilder b = new StringBuilder();
    if (headline != null) {
      // written by our code in markdown (a rule's name, times): nothing a resident typed
      b.append(headline).append("\n\n");
    }
    b.append("**").append(text("case.block.case", locale)).append(' ');
    b.append(md(c.getCaseNumber())).append("** · ").append(md(category(c, locale)));
    if (c.getTriage().priority() != null) {
      b.append(" · ")
          .append(text("case.block.priority", locale))
          .append(text("priority." + c.getTriage().priority(), c.getTriage().priority(), locale));
    }
    b.append("\n\n");
    line(b, "case.block.unit", UnitNames.spoken(r.unit()), locale);
    line(b, "case.block.location", r.location(), locale);
    line(b, "case.block.resident", resident(task, c), locale);
    line(b, "case.block.description", r.description(), locale);
    if (c.getHandlingResult() != null) {
      line(b, "case.block.result", c.getHandlingResult(), locale);
    }
    more.forEach(part -> b.append("- ").append(md(part)).append('\n'));
    Date due = task.getDueDate();
    if (due != null) {
      String rule = rule(task);
      b.append("- ")
          .append(text("case.block.due", locale))
          .append("**")
          .append(format.time(due.toInstant()), 0, 16)
          .append("**");
      if (rule != null) {
        String words = md(text("rule." + rule, rule, locale));
        b.append(chinese ? "（" + words + "）" : " (" + words + ")");
      }
      b.append('\n');
    }
    List<CaseEvent> notes = sheet.stream().filter(event -> !bySystem(task, event)).toList();
    if (!notes.isEmpty()) {
      b.append("\n**").append(text("case.block.sheet", locale)).append("**\n\n");
      for (CaseEvent event : notes) {
        String step = stepName(task, event);
        b.append("- ")
            .append(format.time(event.getOccurredAt()), 5, 16)
            .append(' ')
            .append(md(event.getActor()))
            .append(" · ")
            .append(md(sheetWords.title(step, locale)));
        if (event.getDetails() != null && !event.getDetails().isBlank()) {
          b.append(chinese ? "：" : ": ")
              .append(md(sheetWords.details(event.getStep(), event.getDetails(), locale)));
        }
        b.append('\n');
      }
    }
    String info = b.toString();
    return info.length() > LENGTH ? info.substring(0, LENGTH) + "…" : info;
  }

  /** "王芳 · 138 0000 0502", masked for a task offered to groups that do not contact residents. */
  String resident(DelegateTask task, ServiceCase c) {
    ResidentRequest r = c.getRequest();
    return mayContact(task)
        ? r.residentName() + " · " + r.phone()
        : maskName(r.residentName()) + " · " + maskPhone(r.phone());
  }

  /** "普通" for normal. */
  String priority(String priority) {
    return text("priority." + priority, priority, STAFF);
  }

  /** "维修 / 漏水、渗水". */
  String category(ServiceCase c) {
    return category(c, STAFF);
  }

  private String category(ServiceCase c, Locale locale) {
    ResidentRequest r = c.getRequest();
    String category = text("category." + r.category(), r.category(), locale);
    if (r.subcategory() == null) {
      return category;
    }
    return category + " / " + text("subcategory." + r.subcategory(), r.subcategory(), locale);
  }

  private void line(StringBuilder b, String label, String value, Locale locale) {
    if (value != null && !value.isBlank()) {
      b.append("- ").append(text(label, locale)).append(md(value)).append('\n');
    }
  }

  /**
   * The rule whose deadline the task's due date is ({@code ${deadlines.due(caseId, 'CAT-04')}}).
   */
  private static String rule(DelegateTask task) {
    UserTask element = userTask(task);
    if (element == null || element.getCamundaDueDate() == null) {
      return null;
    }
    Matcher m = DUE_RULE.matcher(element.getCamundaDueDate());
    return m.find() ? m.group(1) : null;
  }

  private static UserTask userTask(DelegateTask task) {
    try {
      return task.getBpmnModelElementInstance();
    } catch (RuntimeException noModel) {
      return null;
    }
  }

  /** The sheet line's step as the process names it (the task's name), else the line's title. */
  private static String stepName(DelegateTask task, CaseEvent event) {
    UserTask element = userTask(task);
    if (element != null && event.getStep() != null) {
      ModelElementInstance step = element.getModelInstance().getModelElementById(event.getStep());
      if (step instanceof FlowElement flow && flow.getName() != null) {
        return flow.getName().replace('\n', ' ');
      }
    }
    return event.getTitle();
  }

  /**
   * A line the desk wrote itself (registration, triage, a reminder), not a person's note: the block
   * shows what people did and wrote; the audit page keeps every line.
   */
  private static boolean bySystem(DelegateTask task, CaseEvent event) {
    UserTask element = userTask(task);
    if (element == null || event.getStep() == null) {
      return false;
    }
    ModelElementInstance step = element.getModelInstance().getModelElementById(event.getStep());
    return step instanceof Activity && !(step instanceof UserTask);
  }

  private static boolean mayContact(DelegateTask task) {
    return task.getCandidates().stream()
            .map(link -> link.getGroupId())
            .anyMatch(group -> group != null && CONTACT_GROUPS.contains(group))
        || task.getCandidates().isEmpty();
  }

  static String maskName(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    return name.substring(0, name.offsetByCodePoints(0, 1)) + "**";
  }

  static String maskPhone(String phone) {
    if (phone == null) {
      return "";
    }
    String digits = phone.replaceAll("[^0-9]", "");
    return digits.length() < 7
        ? "****"
        : digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
  }

  private String text(String code, Locale locale) {
    return messages.getMessage(code, null, locale);
  }

  private String text(String code, String fallback, Locale locale) {
    return messages.getMessage(code, null, fallback, locale);
  }

  private static String md(String text) {
    return text == null ? "" : MARKDOWN.matcher(text.replace('\n', ' ')).replaceAll("\\\\$1");
  }
}
