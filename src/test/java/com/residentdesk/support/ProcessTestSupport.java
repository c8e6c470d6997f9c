package com.residentdesk.support;

import static com.residentdesk.casefile.CaseVariables.CASE_ID;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.intake.IntakeService;
import com.residentdesk.intake.NewCaseRequest;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.notification.OutboxRepository;
import com.residentdesk.sla.DeadlineClock;
import com.residentdesk.sla.Deadlines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Process tests on the real application context (H2 in memory, job executor off): timers are found
 * and executed explicitly, time is moved with {@link ClockUtil}, tasks are completed as the users
 * of {@link DeskFixture} in their groups so that the engine's authorizations apply.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(DeskFixture.class)
public abstract class ProcessTestSupport extends EngineTestSupport {

  /**
   * The SMTP port the application sends to, free when the test JVM started: a fixed port would
   * collide with another build on the same machine. Tests that read the mail start GreenMail on it.
   */
  public static final int SMTP_PORT = freePort();

  @DynamicPropertySource
  static void mailRelay(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Autowired protected IntakeService intake;
  @Autowired protected CaseFiles caseFiles;
  @Autowired protected Deadlines deadlines;
  @Autowired protected OutboxRepository outbox;
  @Autowired protected TransactionTemplate transaction;

  @Autowired
  void useEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  @BeforeEach
  void initEngineAndClock() {
    BpmnAwareTests.init(engine);
    setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  public static NewCaseRequest request(
      String channel, String unit, String category, String subcategory) {
    return new NewCaseRequest(
        channel,
        unit,
        "Test Resident",
        "13900000000",
        null,
        null,
        category,
        subcategory,
        "Water dripping from the kitchen tap",
        "Kitchen",
        DeskFixture.PROPERTY_A);
  }

  /** A repair reported through the app for unit 1-0502 of the given property. */
  public static NewCaseRequest repairAt(String property, String subcategory) {
    return new NewCaseRequest(
        "app",
        DeskFixture.UNIT_WITH_EMAIL,
        "Test Resident",
        "13900000000",
        null,
        null,
        "repair",
        subcategory,
        "Water dripping from the kitchen tap",
        "Kitchen",
        property);
  }

  /** A repair from the fixture's household 1-0502, which has an e-mail address and reads zh-CN. */
  public static NewCaseRequest smallRepairByApp() {
    return request("app", DeskFixture.UNIT_WITH_EMAIL, "repair", "small");
  }

  protected ProcessInstance submit(NewCaseRequest request) {
    ServiceCase serviceCase = intake.submit(request, null).serviceCase();
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(ResidentRequestProcess.KEY)
        .processInstanceBusinessKey(serviceCase.getCaseNumber())
        .singleResult();
  }

  protected ServiceCase caseOf(ProcessInstance instance) {
    return transaction.execute(status -> caseFiles.get(caseId(instance)));
  }

  protected Long caseId(ProcessInstance instance) {
    return CASE_ID.read(
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableName(CASE_ID.name())
            .singleResult()
            .getValue());
  }

  protected List<DeadlineClock> clocks(ProcessInstance instance) {
    return deadlines.clocksOf(caseId(instance));
  }

  protected DeadlineClock clock(ProcessInstance instance, String rule, int round) {
    return clocks(instance).stream()
        .filter(c -> c.getRuleId().equals(rule) && c.getRound() == round)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No clock " + rule + "/" + round));
  }

  /**
   * The instance and the processes it called, still running: a missed deadline's follow-up task
   * lives in the deadline-escalation process the instance called.
   */
  protected String[] withCalledProcesses(ProcessInstance instance) {
    List<String> ids = new ArrayList<>(List.of(instance.getId()));
    for (int i = 0; i < ids.size(); i++) {
      engine
          .getRuntimeService()
          .createProcessInstanceQuery()
          .superProcessInstanceId(ids.get(i))
          .list()
          .forEach(called -> ids.add(called.getId()));
    }
    return ids.toArray(String[]::new);
  }

  /**
   * Completes the task with the given key of the instance (or of a process it called) as a fixture
   * user of the given group.
   */
  protected void completeAs(
      String user,
      String group,
      ProcessInstance instance,
      String taskKey,
      Map<String, Object> variables) {
    TaskService tasks = engine.getTaskService();
    // a multi-instance task has one task per person: take the user's own
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceIdIn(withCalledProcesses(instance))
            .taskDefinitionKey(taskKey)
            .list()
            .stream()
            .filter(t -> t.getAssignee() == null || t.getAssignee().equals(user))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No open task " + taskKey + " for " + user));
    IdentityService identity = engine.getIdentityService();
    DeskFixture.signIn(identity, user, List.of(group));
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  protected Task openTask(ProcessInstance instance, String taskKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceIdIn(withCalledProcesses(instance))
        .taskDefinitionKey(taskKey)
        .singleResult();
  }

  protected static Task currentTask(ProcessInstance instance) {
    return task(instance);
  }
}
