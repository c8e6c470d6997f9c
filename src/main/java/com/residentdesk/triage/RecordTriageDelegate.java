package com.residentdesk.triage;

import static com.residentdesk.intake.ResidentRequestProcess.Var.CASE_ID;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DISPATCHER;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DISPATCH_WITHIN;
import static com.residentdesk.intake.ResidentRequestProcess.Var.EMERGENCY;
import static com.residentdesk.intake.ResidentRequestProcess.Var.HANDLING_GROUP;
import static com.residentdesk.intake.ResidentRequestProcess.Var.INTAKE_ROUTE;
import static com.residentdesk.intake.ResidentRequestProcess.Var.PRIORITY;
import static com.residentdesk.intake.ResidentRequestProcess.Var.RESOLVE_WITHIN;
import static com.residentdesk.intake.ResidentRequestProcess.Var.TRIAL_RUN;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.Triage;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.system.DeskClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * CAT-01/CAT-04: writes the triage decision on the case. The deadline amounts leave the process
 * (the deadline bean reads them from the case); priority, group and flags stay for routing.
 */
@Component("recordTriageDelegate")
class RecordTriageDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final IntakeRouting routing;
  private final DeskClock clock;

  RecordTriageDelegate(CaseFiles caseFiles, IntakeRouting routing, DeskClock clock) {
    this.caseFiles = caseFiles;
    this.routing = routing;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseFiles.get(CASE_ID.from(execution));
    Triage triage =
        new Triage(
            PRIORITY.from(execution),
            HANDLING_GROUP.from(execution),
            EMERGENCY.from(execution),
            TRIAL_RUN.from(execution),
            DISPATCH_WITHIN.find(execution).orElse(null),
            RESOLVE_WITHIN.find(execution).orElse(null));
    serviceCase.recordTriage(triage, clock.now());
    DISPATCH_WITHIN.remove(execution);
    RESOLVE_WITHIN.remove(execution);
    IntakeRouting.Route route = routing.route(serviceCase);
    INTAKE_ROUTE.set(execution, route.route());
    DISPATCHER.set(execution, route.dispatcher());
    caseFiles.record(
        serviceCase.getId(),
        ResidentRequestProcess.Element.TRIAGE,
        "Triaged",
        "Priority %s, handling group %s%s, dispatch within %s, resolve within %s"
                .formatted(
                    triage.priority(),
                    triage.handlingGroup(),
                    triage.emergency() ? ", EMERGENCY" : "",
                    triage.dispatchWithin(),
                    triage.resolveWithin())
            + "; routed to "
            + route.route()
            + (route.dispatcher() == null ? "" : " (dispatcher " + route.dispatcher() + ")"),
        "CAT-04");
  }
}
