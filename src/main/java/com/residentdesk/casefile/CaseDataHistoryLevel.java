package com.residentdesk.casefile;

import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Full history, except for the form fields that carry the case's business data (the intake form,
 * handling notes, reasons). Those pass through the process only on their way into the case file,
 * where the handling sheet keeps them with who entered them and when; keeping a second copy in the
 * engine's history tables would spread residents' personal data to where it is not needed (INT-06).
 */
public class CaseDataHistoryLevel extends HistoryLevelFull {

  public static final String NAME = "full-case-data-in-case-file";
  private static final Set<HistoryEventType> VARIABLE_EVENTS =
      Set.of(
          HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
          HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
          HistoryEventTypes.VARIABLE_INSTANCE_DELETE,
          HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
          HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL);

  private final Supplier<Set<String>> caseDataFields;

  public CaseDataHistoryLevel(Supplier<Set<String>> caseDataFields) {
    this.caseDataFields = caseDataFields;
  }

  @Override
  public int getId() {
    return 13;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
      // a second record of every submitted field, for all fields at once: the variables (kept
      // above) and the handling sheet already hold what was submitted
      return false;
    }
    if (VARIABLE_EVENTS.contains(eventType)
        && entity instanceof VariableInstance variable
        && caseDataFields.get().contains(variable.getName())) {
      return false;
    }
    return super.isHistoryEventProduced(eventType, entity);
  }
}
