package com.residentdesk.casefile;

import static com.residentdesk.casefile.CaseVariables.CASE_ID;

import com.residentdesk.system.DeskLocaleResolver;
import com.residentdesk.system.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Tasklist shows a task's description: every task of a case describes the case, so staff see what
 * they work on without the business data becoming process variables. The task is visible only to
 * the groups it is offered to (INT-06).
 */
@Component
public class TaskDescriptionListener {

  /** The engine's column for a task description (varchar 4000). */
  private static final int DESCRIPTION_LENGTH = 4000;

  private final CaseFiles caseFiles;
  private final List<TaskDescriptionContributor> contributors;
  private final List<CaselessTasks> caseless;
  private final CaseBlock block;
  private final List<CaseTaskHeadline> headlines;

  public TaskDescriptionListener(
      CaseFiles caseFiles,
      List<TaskDescriptionContributor> contributors,
      List<CaselessTasks> caseless,
      CaseBlock block,
      List<CaseTaskHeadline> headlines) {
    this.caseFiles = caseFiles;
    this.block = block;
    this.headlines = headlines;
    this.contributors = contributors;
    this.caseless = caseless;
  }

  public void onCreate(DelegateTask task) {
    Optional<Long> caseId = CASE_ID.find(task);
    if (caseId.isEmpty()) {
      caseless.forEach(tasks -> tasks.describe(task));
      return;
    }
    ServiceCase c = caseFiles.get(caseId.get());
    // the list shows names only: the case number tells two "Call the resident back" apart, unit
    // and category say what it is about
    Optional<CaseTaskHeadline.Headline> headline = headline(task, c, DeskLocaleResolver.CHINESE);
    String name = headline.map(CaseTaskHeadline.Headline::name).orElse(task.getName());
    task.setName(name + " · " + c.getCaseNumber() + " · " + block.cardLine(c));
    // Tasklist shows the description as one paragraph, so the parts are separated inline
    StringBuilder text =
        new StringBuilder()
            .append(c.getCaseNumber())
            .append(" · ")
            .append(block.category(c))
            .append(
                c.getTriage().priority() == null
                    ? ""
                    : " · 优先级 " + block.priority(c.getTriage().priority()))
            .append(" · 房号 ")
            .append(c.getRequest().unit())
            .append("，")
            .append(c.getRequest().location())
            .append(" · 住户：")
            .append(block.resident(task, c))
            .append(" · 问题：")
            .append(c.getRequest().description());
    if (c.getHandlingResult() != null) {
      text.append(" · 上次处理结果：").append(c.getHandlingResult());
    }
    List<String> more =
        contributors.stream().flatMap(contributor -> contributor.describe(c).stream()).toList();
    more.forEach(part -> text.append(" · ").append(part));
    task.setDescription(Texts.clip(text.toString(), DESCRIPTION_LENGTH));
    block.write(
        task,
        c,
        headline.map(CaseTaskHeadline.Headline::line).orElse(null),
        headline(task, c, Locale.ENGLISH).map(CaseTaskHeadline.Headline::line).orElse(null),
        caseFiles.sheet(c.getId()),
        more);
  }

  private Optional<CaseTaskHeadline.Headline> headline(
      DelegateTask task, ServiceCase c, Locale locale) {
    return headlines.stream().flatMap(h -> h.about(task, c, locale).stream()).findFirst();
  }
}
