package com.residentdesk.triage;

import static com.residentdesk.triage.CaseReprioritisationProcess.Field.CASE_NUMBER;
import static com.residentdesk.triage.CaseReprioritisationProcess.Field.CATEGORY;
import static com.residentdesk.triage.CaseReprioritisationProcess.Field.PRIORITY;
import static com.residentdesk.triage.CaseReprioritisationProcess.Field.REASON;
import static com.residentdesk.triage.CaseReprioritisationProcess.Field.SUBCATEGORY;
import static com.residentdesk.triage.CaseReprioritisationProcess.Var.CASE_ID;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.UnprocessableException;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * CAT-04 from Tasklist: the start form's case number and entries go to the same service as {@code
 * POST /api/cases/{caseNumber}/reprioritise}. A refusal is shown under the start form, in Chinese
 * first (the field as staff know it and why), English after it, and the start leaves nothing
 * behind; the entries themselves are on the handling sheet, not in the process.
 */
@Component("reprioritiseCaseDelegate")
class ReprioritiseCaseDelegate implements JavaDelegate {

  private final Reprioritisations reprioritisations;
  private final ServiceCaseRepository cases;
  private final MessageSource messages;

  ReprioritiseCaseDelegate(
      Reprioritisations reprioritisations, ServiceCaseRepository cases, MessageSource messages) {
    this.reprioritisations = reprioritisations;
    this.cases = cases;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = CASE_NUMBER.find(execution).map(String::trim).orElse("");
    ServiceCase serviceCase = cases.findByCaseNumber(number).orElse(null);
    if (serviceCase == null
        || (execution.getTenantId() != null
            && !execution.getTenantId().equals(serviceCase.getPropertyCode()))) {
      throw refused(CASE_NUMBER.name(), null, "problem.case.none-visible", number);
    }
    try {
      reprioritisations.reprioritise(
          serviceCase.getId(),
          CATEGORY.find(execution).orElse(null),
          SUBCATEGORY.find(execution).orElse(null),
          PRIORITY.find(execution).orElse(null),
          REASON.find(execution).orElse(null));
    } catch (InvalidFieldException e) {
      throw refused(e.field(), "form.field." + e.field(), e.getMessage(), e.args());
    } catch (UnprocessableException e) {
      throw refused(e.field(), null, e.getMessage(), e.args());
    }
    CaseReprioritisationProcess.Field.ALL.forEach(field -> field.remove(execution));
    CASE_ID.set(execution, serviceCase.getId());
    execution.setProcessBusinessKey(serviceCase.getCaseNumber());
  }

  private InvalidEntryException refused(String field, String label, String code, Object... args) {
    return new InvalidEntryException(
        field,
        sentence(label, code, args, Locale.CHINESE)
            + " / "
            + sentence(label, code, args, Locale.ENGLISH));
  }

  /** "调整原因：不能为空": the field as the form names it, then why. */
  private String sentence(String label, String code, Object[] args, Locale locale) {
    String why = messages.getMessage(code, args, code, locale);
    return label == null
        ? why
        : messages.getMessage(label, null, "", locale)
            + messages.getMessage("form.label-separator", null, locale)
            + why;
  }
}
