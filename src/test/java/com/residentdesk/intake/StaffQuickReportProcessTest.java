package com.residentdesk.intake;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.intake.ResidentRequestProcess.Field.CATEGORY;
import static com.residentdesk.intake.ResidentRequestProcess.Field.CHANNEL;
import static com.residentdesk.intake.ResidentRequestProcess.Field.DESCRIPTION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.LOCATION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.PHONE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESIDENT_NAME;
import static com.residentdesk.intake.ResidentRequestProcess.Field.SUBCATEGORY;
import static com.residentdesk.intake.ResidentRequestProcess.Field.UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.residentdesk.casefile.CaseEvent;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import com.residentdesk.system.InvalidEntryException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * INT-03 from Tasklist: the staff quick report's start form registers a request taken verbally
 * through the same service as {@code POST /api/cases/verbal}; the case is in the front desk's
 * register at once and routed like any other; a refusal names the field in Chinese and stores
 * nothing.
 */
public class StaffQuickReportProcessTest extends ProcessTestSupport {

  private static Map<String, Object> told(String channel) {
    return variables(
        CHANNEL.of(channel),
        UNIT.of(DeskFixture.UNIT_WITH_EMAIL),
        RESIDENT_NAME.of("王阿姨"),
        PHONE.of("13800000502"),
        CATEGORY.of("repair"),
        SUBCATEGORY.of("small"),
        DESCRIPTION.of("楼道灯不亮"),
        LOCATION.of("3 楼楼道"));
  }

  /** As Tasklist starts it: the engine user and the HTTP request's user are both set. */
  private ProcessInstance startAs(String user, String group, Map<String, Object> form) {
    DeskFixture.signIn(engine.getIdentityService(), user, List.of(group));
    SecurityContextHolder.getContext()
        .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, List.of()));
    try {
      return engine
          .getFormService()
          .submitStartForm(
              engine
                  .getRepositoryService()
                  .createProcessDefinitionQuery()
                  .processDefinitionKey(StaffQuickReportProcess.KEY)
                  .latestVersion()
                  .singleResult()
                  .getId(),
              form);
    } finally {
      engine.getIdentityService().clearAuthentication();
      SecurityContextHolder.clearContext();
    }
  }

  private long quickReports() {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(StaffQuickReportProcess.KEY)
        .count();
  }

  @Test
  void aGuardOnPatrolRegistersItFromTasklistAndItGoesToTheDepartmentsSupervisor_INT03_HLP03() {
    ProcessInstance report = startAs("guard", "security", told("patrol"));

    BpmnAwareTests.assertThat(report).isEnded().hasPassed(StaffQuickReportProcess.Element.REGISTER);
    HistoricProcessInstance history =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(report.getId())
            .singleResult();
    String number = history.getBusinessKey();
    assertThat(history.getTenantId()).isEqualTo(DeskFixture.PROPERTY_A);
    ProcessInstance request =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(ResidentRequestProcess.KEY)
            .processInstanceBusinessKey(number)
            .singleResult();
    assertThat(request).as("the request's own process runs").isNotNull();
    BpmnAwareTests.assertThat(request).isWaitingAt(ResidentRequestProcess.Element.ASSIGN_HANDLER);
    ServiceCase registered = caseOf(request);
    assertThat(registered.getRequest().channel()).isEqualTo("patrol");
    assertThat(registered.getRequest().unit()).isEqualTo(DeskFixture.UNIT_WITH_EMAIL);
    assertThat(caseFiles.sheet(registered.getId()))
        .extracting(CaseEvent::getDetails)
        .anySatisfy(d -> assertThat(d).contains("Taken by guard (patrol)"));
    // the resident's data went into the case file, not into the quick report's history
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(report.getId())
                .variableNameIn(RESIDENT_NAME.name(), PHONE.name(), DESCRIPTION.name())
                .count())
        .isZero();
  }

  @Test
  void aMissingPhoneOrAnotherChannelIsRefusedInChineseAndNothingIsStored_INT03() {
    long before = quickReports();
    Map<String, Object> noPhone = told("walk-in");
    noPhone.put(PHONE.name(), " ");

    assertThatThrownBy(() -> startAs("engineer", "engineering", noPhone))
        .isInstanceOf(InvalidEntryException.class)
        .hasMessageStartingWith("联系电话：")
        .satisfies(e -> assertThat(((InvalidEntryException) e).field()).contains("phone"));
    assertThatThrownBy(() -> startAs("engineer", "engineering", told("email")))
        .isInstanceOf(InvalidEntryException.class)
        .hasMessageStartingWith("来源渠道：")
        .satisfies(e -> assertThat(((InvalidEntryException) e).field()).isEqualTo("channel"));

    assertThat(quickReports()).isEqualTo(before);
  }

  @Test
  void anAuditorMayNotStartIt_INT03() {
    assertThatThrownBy(() -> startAs("auditor", "auditor", told("patrol")))
        .isInstanceOf(AuthorizationException.class);
  }
}
