package com.residentdesk.casefile;

import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a capability says on top of one of its tasks beyond the case (which deadline a follow-up
 * task is about): the task's name in the list and a first line of the case block on its form.
 */
public interface CaseTaskHeadline {

  /** Empty for a task this does not know; in the given language (the name is Chinese for staff). */
  Optional<Headline> about(DelegateTask task, ServiceCase serviceCase, Locale locale);

  /**
   * @param name the task's name in place of the model's ("处理超时：派工时限")
   * @param line the first line of the case block, in words
   */
  record Headline(String name, String line) {}
}
