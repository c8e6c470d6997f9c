package com.residentdesk.governance;

/**
 * One difference between the version of a procedure in use and a proposed one, computed from the
 * two files (never typed by the proposer), as {@link ChangeTexts} words it for a manager.
 *
 * @param procedure the process, decision or form id the file defines
 * @param type added, removed, renamed, changed, or other (layout and documentation only)
 * @param element what kind of thing changed: a BPMN element type (userTask, exclusiveGateway, ...),
 *     sequenceFlow, decision, rule, column, field, text, process
 * @param subject the thing's name as the model gives it, with its id where it has no name
 * @param aspect for "changed": which property (candidateGroups, timer, condition, formRef, ...) or
 *     the decision table's column label or the form field's property
 * @param before the old value (or old name); null when there was none
 * @param after the new value (or new name); null when there is none
 */
record Change(
    String procedure,
    String type,
    String element,
    String subject,
    String aspect,
    String before,
    String after) {

  static final String ADDED = "added";
  static final String REMOVED = "removed";
  static final String RENAMED = "renamed";
  static final String CHANGED = "changed";
  static final String OTHER = "other";

  static Change added(String procedure, String element, String subject) {
    return new Change(procedure, ADDED, element, subject, null, null, null);
  }

  static Change removed(String procedure, String element, String subject) {
    return new Change(procedure, REMOVED, element, subject, null, null, null);
  }

  static Change renamed(String procedure, String element, String before, String after) {
    return new Change(procedure, RENAMED, element, after, null, before, after);
  }

  static Change changed(
      String procedure,
      String element,
      String subject,
      String aspect,
      String before,
      String after) {
    return new Change(procedure, CHANGED, element, subject, aspect, before, after);
  }
}
