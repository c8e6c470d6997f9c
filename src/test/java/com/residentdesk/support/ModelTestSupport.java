package com.residentdesk.support;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.residentdesk.callback.CallbackPolicy;
import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.complaint.ComplaintFiles;
import com.residentdesk.emergency.EmergencyResponseProcess;
import com.residentdesk.governance.ProcedureReviews;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.inquiry.RegionDirectory;
import com.residentdesk.inquiry.Suggestions;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.reports.MonthlyEvaluationProcess;
import com.residentdesk.reports.MonthlyEvaluations;
import com.residentdesk.rota.Rota;
import com.residentdesk.sla.DeadlineEscalationProcess;
import com.residentdesk.sla.DeadlinePauses;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.specialservice.SpecialServices;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fast model tests: one model's gateway paths on the bare engine ({@link ModelTestEngine}) with
 * every bean its expressions name replaced by a mock. The beans' own behaviour is tested by the
 * Spring Boot tests; here a delegate is a stub that sets the variables its gateway reads, and a
 * user task is completed with the outcome its form would submit. Given / when / then, in seconds.
 *
 * <p>Run them alone with {@code ./mvnw test -Dgroups=fast -Dexec.skip}.
 */
@Tag("fast")
public abstract class ModelTestSupport extends EngineTestSupport {

  /** The case id every instance carries; the mocks answer for any id. */
  protected static final long CASE = 4711L;

  @RegisterExtension
  final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(ModelTestEngine.get());

  /** Bean mocks: the expressions' services. */
  protected final Deadlines deadlines = mock(Deadlines.class);

  protected final CaseFiles caseFiles = mock(CaseFiles.class);
  protected final CallbackPolicy callbackPolicy = mock(CallbackPolicy.class);
  protected final ComplaintFiles complaints = mock(ComplaintFiles.class);
  protected final Rota rota = mock(Rota.class);
  protected final RegionDirectory regions = mock(RegionDirectory.class);
  protected final Suggestions suggestions = mock(Suggestions.class);
  protected final ProcedureReviews procedureReviews = mock(ProcedureReviews.class);
  protected final DeadlinePauses deadlinePauses = mock(DeadlinePauses.class);
  protected final SpecialServices specialServices = mock(SpecialServices.class);
  protected final com.residentdesk.specialservice.Agreements agreements =
      mock(com.residentdesk.specialservice.Agreements.class);
  protected final MonthlyEvaluations monthlyEvaluations = mock(MonthlyEvaluations.class);
  protected final com.residentdesk.specialservice.ServiceReports serviceReports =
      mock(com.residentdesk.specialservice.ServiceReports.class);

  /**
   * Every delegate a model names ({@code ${...Delegate}}); each test starts with do-nothing stubs.
   */
  private static final List<String> DELEGATES =
      List.of(
          "registerCaseDelegate",
          "acknowledgeReceiptDelegate",
          "checkAcknowledgementDelegate",
          "recordReworkDelegate",
          "archiveCaseDelegate",
          "openHazardCaseDelegate",
          "openComplaintDelegate",
          "recordSeverityDelegate",
          "reclassifyComplaintDelegate",
          "archiveComplaintDelegate",
          "notifyServiceStaffDelegate",
          "closeBookingDelegate",
          "tellResidentRefusedDelegate",
          "tellResidentAgreementRefusedDelegate",
          "remindServiceReportDelegate",
          "closeAgreementDelegate",
          "drawSamplesDelegate",
          "openTopicCaseDelegate",
          "closeTopicCaseDelegate",
          "thankResidentDelegate",
          "emailSuggestionReplyDelegate",
          "publishUnifiedAnswerDelegate",
          "deployChangeDelegate",
          "migrateCasesDelegate",
          "openProcedureReviewDelegate",
          "scheduleNextReviewDelegate",
          "recordLongPauseDelegate",
          "pauseDeadlinesDelegate",
          "openMonthlyEvaluationsDelegate",
          "prepareMonthlyReportDelegate",
          "fileMonthlyReportDelegate",
          "openServiceReportsDelegate",
          "prepareServiceReportDelegate",
          "recordOwnersForumDelegate");

  /** The stubbed delegates, by bean name, in the order they ran. */
  protected final List<String> delegatesRun = new ArrayList<>();

  @BeforeEach
  void engineClockAndBeans() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    when(deadlines.due(anyLong(), anyString())).thenAnswer(call -> inOneDay());
    when(deadlines.acknowledgementDue())
        .thenAnswer(call -> Date.from(now().plus(Duration.ofHours(1))));
    Mocks.register("deadlines", deadlines);
    Mocks.register("caseFiles", caseFiles);
    Mocks.register("callbackPolicy", callbackPolicy);
    Mocks.register("complaints", complaints);
    Mocks.register("rota", rota);
    Mocks.register("regions", regions);
    Mocks.register("suggestions", suggestions);
    // the responder's alert is a task listener: the Spring tests check what it sends
    Mocks.register(
        "responderAlertTaskListener", (org.camunda.bpm.engine.delegate.TaskListener) task -> {});
    Mocks.register("procedureReviews", procedureReviews);
    Mocks.register("deadlinePauses", deadlinePauses);
    when(deadlinePauses.limitDue(anyLong()))
        .thenAnswer(call -> Date.from(now().plus(Duration.ofDays(3))));
    Mocks.register("specialServices", specialServices);
    Mocks.register("agreements", agreements);
    when(specialServices.arrivalDue(anyLong())).thenAnswer(call -> inOneDay());
    Mocks.register("monthlyEvaluations", monthlyEvaluations);
    Mocks.register("serviceReports", serviceReports);
    when(serviceReports.due(anyLong())).thenAnswer(call -> inOneDay());
    when(caseFiles.category(anyLong())).thenReturn("repair");
    when(caseFiles.subcategory(anyLong())).thenReturn("small");
    when(callbackPolicy.followUpAllowed(anyLong())).thenReturn(true);
    when(complaints.executionDue(anyLong())).thenAnswer(call -> inOneDay());
    when(complaints.appealWindowEnd(anyLong())).thenAnswer(call -> inOneDay());
    when(complaints.appealReviewers(anyLong())).thenReturn(StaffGroups.CENTRE_MANAGER);
    when(complaints.respondingDepartments(anyLong())).thenReturn(List.of());
    when(rota.alertees(anyLong())).thenReturn(List.of("supervisor", "manager"));
    when(regions.managerOf(anyLong())).thenReturn("regional");
    when(suggestions.deciders(anyLong())).thenReturn(StaffGroups.CS_HEAD);
    when(suggestions.replyChannel(anyLong())).thenReturn("in-person");
    when(procedureReviews.due(anyString())).thenAnswer(call -> inOneDay());
    when(procedureReviews.participants())
        .thenReturn(List.of(StaffGroups.FRONT_DESK, StaffGroups.ENGINEERING, StaffGroups.RECORDS));
    when(procedureReviews.viewPeriod()).thenReturn("P14D");
    when(monthlyEvaluations.due(anyLong())).thenAnswer(call -> inOneDay());
    when(monthlyEvaluations.overdueCycle(anyLong()))
        .thenAnswer(
            call ->
                com.residentdesk.system.EscalationCycle.of(
                    inOneDay().toInstant(), Duration.ofDays(1)));
    DELEGATES.forEach(this::stub);
    // the delegates whose variables a gateway or an assignment reads: a harmless default each
    stub("recordTriageDelegate", execution -> route(execution, "front-desk", null));
    stub(
        "alertOnDutyDelegate",
        execution -> {
          EmergencyResponseProcess.Var.RESPONDER.set(execution, "guard");
          EmergencyResponseProcess.Var.COORDINATOR.set(execution, "supervisor");
          EmergencyResponseProcess.Var.NOBODY_ON_DUTY.set(execution, false);
          EmergencyResponseProcess.Var.MEDICAL.set(execution, false);
        });
    // a repeated escalation asks whether its follow-up task is still open: here, as the engine says
    for (String escalation :
        List.of("recordAnalysisEscalationDelegate", "recordCorrectionEscalationDelegate")) {
      stub(
          escalation,
          execution ->
              com.residentdesk.casefile.RepeatedEscalation.FOLLOW_UP_OPEN.setLocal(
                  execution,
                  engine
                          .getTaskService()
                          .createTaskQuery()
                          .processInstanceId(execution.getProcessInstanceId())
                          .taskDefinitionKeyIn(
                              MonthlyEvaluationProcess.Element.CHASE_ANALYSIS,
                              com.residentdesk.survey.CorrectiveActionProcess.Element.CHASE)
                          .count()
                      > 0));
    }
    stub(
        "recordBreachDelegate",
        execution ->
            DeadlineEscalationProcess.Var.ESCALATION_GROUP.set(execution, StaffGroups.SUPERVISOR));
  }

  /** What the triage delegate decides: where the request goes first and who dispatches it. */
  protected static void route(DelegateExecution execution, String route, String dispatcher) {
    ResidentRequestProcess.Var.INTAKE_ROUTE.set(execution, route);
    ResidentRequestProcess.Var.DISPATCHER.set(execution, dispatcher);
  }

  @AfterEach
  void resetClockAndBeans() {
    ClockUtil.reset();
    Mocks.reset();
  }

  /** A deadline a day from now, for every timer whose exact due date a test does not care for. */
  protected static Date inOneDay() {
    return Date.from(now().plus(Duration.ofDays(1)));
  }

  /** A delegate that only records that it ran. */
  protected void stub(String beanName) {
    stub(beanName, execution -> {});
  }

  /** A delegate that records that it ran and sets what its gateway reads. */
  protected void stub(String beanName, JavaDelegate behaviour) {
    Mocks.register(
        beanName,
        (JavaDelegate)
            (DelegateExecution execution) -> {
              delegatesRun.add(beanName);
              behaviour.execute(execution);
            });
  }

  protected ProcessInstance start(String key, ProcessVariable.Value... values) {
    List<ProcessVariable.Value> all = new ArrayList<>(List.of(values));
    all.add(CaseVariables.CASE_ID.of(CASE));
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            key,
            "RS-TEST-" + System.nanoTime(),
            variables(all.toArray(ProcessVariable.Value[]::new)));
  }

  /** Completes the open task with the given key with what its form would submit. */
  protected void complete(ProcessInstance pi, String taskKey, ProcessVariable.Value... values) {
    engine.getTaskService().complete(task(pi, taskKey).getId(), variables(values));
  }

  /** Completes every open task with the given key (each instance of a multi-instance task). */
  protected void completeAll(ProcessInstance pi, String taskKey, ProcessVariable.Value... values) {
    engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(taskKey)
        .list()
        .forEach(task -> engine.getTaskService().complete(task.getId(), variables(values)));
  }

  protected Task task(ProcessInstance pi, String taskKey) {
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey(taskKey)
            .list();
    if (tasks.isEmpty()) {
      throw new AssertionError("No open task " + taskKey);
    }
    return tasks.get(0);
  }

  /** The running process the instance called at the call activity with the given id. */
  protected ProcessInstance calledAt(ProcessInstance pi, String callActivityId) {
    String calledId =
        engine
            .getHistoryService()
            .createHistoricActivityInstanceQuery()
            .processInstanceId(pi.getId())
            .activityId(callActivityId)
            .unfinished()
            .singleResult()
            .getCalledProcessInstanceId();
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceId(calledId)
        .singleResult();
  }
}
