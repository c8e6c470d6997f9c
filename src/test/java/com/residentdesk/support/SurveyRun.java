package com.residentdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.notification.OutboxRepository;
import com.residentdesk.survey.SatisfactionSurveyProcess;
import com.residentdesk.survey.SatisfactionSurveys;
import com.residentdesk.survey.SurveyCampaign;
import com.residentdesk.survey.SurveyQuestionnaire;
import com.residentdesk.survey.SurveyQuestionnaireRepository;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;

/** A survey campaign run to its collection window for tests of what residents and staff see. */
public final class SurveyRun {

  private static final Pattern LINK = Pattern.compile("survey\\.html#t=([A-Za-z0-9_-]{43})");

  /**
   * A help-service survey at property A, planned for today in Shanghai, approved by the chain and
   * sent, as its users do in Tasklist (the engine's API, signed in as them).
   */
  public static long collecting(ProcessEngine engine, SatisfactionSurveys surveys) {
    long id = surveys.propose(DeskFixture.PROPERTY_A, SurveyCampaign.Kind.HELP_SERVICE, "cshead");
    String key = SatisfactionSurveyProcess.businessKey(id);
    complete(
        engine,
        "cshead",
        StaffGroups.CS_HEAD,
        key,
        SatisfactionSurveyProcess.Element.DRAFT_PLAN,
        ProcessVariable.variables(
            SatisfactionSurveyProcess.Field.PURPOSE.of("本季度求助服务满意度调查"),
            SatisfactionSurveyProcess.Field.SERVICES.of("help"),
            SatisfactionSurveyProcess.Field.TARGET_UNITS.of(""),
            SatisfactionSurveyProcess.Field.SAMPLE_PERCENT.of(98),
            SatisfactionSurveyProcess.Field.OPENS_ON.of(
                LocalDate.now(EngineTestSupport.SHANGHAI).toString()),
            SatisfactionSurveyProcess.Field.WINDOW_DAYS.of(10),
            SatisfactionSurveyProcess.Field.STAFF.of("王丽")));
    for (String[] approver :
        List.of(
            new String[] {"cshead", StaffGroups.CS_HEAD},
            new String[] {"manager", StaffGroups.CENTRE_MANAGER})) {
      complete(
          engine,
          approver[0],
          approver[1],
          key,
          SatisfactionSurveyProcess.Element.APPROVE_PLAN,
          ProcessVariable.variables(
              SatisfactionSurveyProcess.Var.DECISION.of(SatisfactionSurveyProcess.APPROVE)));
    }
    openToday(engine, key);
    return id;
  }

  /** The campaign's first day has come: its questionnaires go out (the timer, fired). */
  public static void openToday(ProcessEngine engine, String businessKey) {
    var job =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(
                engine
                    .getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey)
                    .singleResult()
                    .getId())
            .activityId(SatisfactionSurveyProcess.Element.SURVEY_OPENS)
            .singleResult();
    engine.getManagementService().executeJob(job.getId());
  }

  private static void complete(
      ProcessEngine engine,
      String user,
      String group,
      String businessKey,
      String taskKey,
      Map<String, Object> variables) {
    var task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(taskKey)
            .singleResult();
    DeskFixture.signIn(engine.getIdentityService(), user, List.of(group));
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Each recipient's link token, read from the message the outbox holds for them. */
  public static Map<String, String> tokensByRecipient(
      long surveyId, SurveyQuestionnaireRepository questionnaires, OutboxRepository outbox) {
    Map<String, String> tokens = new LinkedHashMap<>();
    for (SurveyQuestionnaire q : questionnaires.findByCampaignIdOrderById(surveyId)) {
      OutboxMessage message = outbox.findByDedupeKey("survey-" + q.getId()).orElseThrow();
      Matcher m = LINK.matcher(message.getBody());
      assertThat(m.find()).as("a link in %s", message.getBody()).isTrue();
      tokens.put(message.getRecipient(), m.group(1));
    }
    return tokens;
  }

  private SurveyRun() {}
}
