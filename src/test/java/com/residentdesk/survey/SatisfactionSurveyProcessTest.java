package com.residentdesk.survey;

import static com.residentdesk.survey.SatisfactionSurveyProcess.Element.APPROVE_PLAN;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Element.DRAFT_PLAN;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Element.READ_REPORT;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Element.REPORT_RESULTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.household.HouseholdRepository;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.UnprocessableException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A satisfaction survey on the real application, time driven with ClockUtil (QA-02..QA-06): the
 * plan goes through the approval chain (a refusal sends it back), the questionnaires go out on its
 * first day (00:00 Shanghai) to 98 % of the register by e-mail or SMS, residents answer through
 * their link once, staff enter a phone answer, the window closes after 14 days, the results are
 * counted, reported and read, and the service below target gets a corrective action whose
 * escalation, verification by quality and callback are driven to the end.
 */
public class SatisfactionSurveyProcessTest extends ProcessTestSupport {

  private static final Pattern LINK = Pattern.compile("survey\\.html#t=([A-Za-z0-9_-]{43})");

  @Autowired private SatisfactionSurveys surveys;
  @Autowired private CorrectiveActions corrections;
  @Autowired private SurveyNotice notice;
  @Autowired private HouseholdRepository households;
  @Autowired private SurveyQuestionnaireRepository questionnaires;
  @Autowired private org.springframework.jdbc.core.JdbcTemplate jdbc;

  private static Map<String, Object> vars(ProcessVariable.Value... values) {
    return ProcessVariable.variables(values);
  }

  private ProcessInstance instance(String businessKey) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .singleResult();
  }

  private Map<String, Object> plan(String opensOn, int days, String units) {
    return vars(
        SatisfactionSurveyProcess.Field.PURPOSE.of("2024 年第四季度业主满意度调查"),
        SatisfactionSurveyProcess.Field.SERVICES.of("all"),
        SatisfactionSurveyProcess.Field.TARGET_UNITS.of(units),
        SatisfactionSurveyProcess.Field.SAMPLE_PERCENT.of(98),
        SatisfactionSurveyProcess.Field.OPENS_ON.of(opensOn),
        SatisfactionSurveyProcess.Field.WINDOW_DAYS.of(days),
        SatisfactionSurveyProcess.Field.STAFF.of("客服 王丽、李强"));
  }

  private void decide(ProcessInstance pi, String user, String group, String decision, String note) {
    completeAs(
        user,
        group,
        pi,
        APPROVE_PLAN,
        vars(
            SatisfactionSurveyProcess.Var.DECISION.of(decision),
            SatisfactionSurveyProcess.Field.PLAN_NOTE.of(note)));
  }

  /** Proposed, drafted and approved by the chain; returns the running instance. */
  private ProcessInstance approved(long id, String opensOn, String units) {
    ProcessInstance pi = instance(SatisfactionSurveyProcess.businessKey(id));
    completeAs("cshead", StaffGroups.CS_HEAD, pi, DRAFT_PLAN, plan(opensOn, 14, units));
    decide(pi, "cshead", StaffGroups.CS_HEAD, SatisfactionSurveyProcess.APPROVE, "");
    decide(pi, "manager", StaffGroups.CENTRE_MANAGER, SatisfactionSurveyProcess.APPROVE, "");
    return pi;
  }

  private List<OutboxMessage> invitations(long surveyId) {
    List<String> keys =
        questionnaires.findByCampaignIdOrderById(surveyId).stream()
            .map(q -> "survey-" + q.getId())
            .toList();
    return outbox.findAll().stream().filter(m -> keys.contains(m.getDedupeKey())).toList();
  }

  private static String token(OutboxMessage message) {
    Matcher m = LINK.matcher(message.getBody());
    assertThat(m.find()).as("a link in " + message.getBody()).isTrue();
    return m.group(1);
  }

  private static Map<String, Integer> ratings(int repairs) {
    Map<String, Integer> r = new LinkedHashMap<>();
    for (String code : SurveyServices.QUESTIONNAIRES.get("all")) {
      r.put(code, code.equals("repairs") ? repairs : 4);
    }
    return r;
  }

  @Test
  void aPlanApprovedByTheChainRunsItsWindowAndItsServiceBelowTargetIsCorrected_QA03_QA04_QA05() {
    setClock(LocalDateTime.of(2024, 10, 8, 9, 0));
    long id = surveys.propose(DeskFixture.PROPERTY_A, SurveyCampaign.Kind.GENERAL, "cshead");
    ProcessInstance pi = instance(SatisfactionSurveyProcess.businessKey(id));
    assertThat(pi.getTenantId()).isEqualTo(DeskFixture.PROPERTY_A);
    Task draft = openTask(pi, DRAFT_PLAN);
    assertThat(draft.getName()).isEqualTo("拟定满意度调查计划：南湖花园 第 " + id + " 号调查");

    // QA-04: a collection window of 9 days is refused; the task stays
    assertThatThrownBy(
            () ->
                completeAs(
                    "cshead", StaffGroups.CS_HEAD, pi, DRAFT_PLAN, plan("2024-10-10", 9, "")))
        .hasMessageContaining("10 到 15");
    assertThat(surveys.get(id).getStatus()).isEqualTo(SurveyCampaign.Status.DRAFT);

    // QA-03: the chain is cs-head then centre-manager; the manager sends it back once
    completeAs("cshead", StaffGroups.CS_HEAD, pi, DRAFT_PLAN, plan("2024-10-10", 14, ""));
    assertThat(openTask(pi, APPROVE_PLAN)).isNotNull();
    assertThat(
            engine
                .getTaskService()
                .getIdentityLinksForTask(openTask(pi, APPROVE_PLAN).getId())
                .get(0)
                .getGroupId())
        .isEqualTo(StaffGroups.CS_HEAD);
    decide(pi, "cshead", StaffGroups.CS_HEAD, SatisfactionSurveyProcess.APPROVE, "");
    assertThat(
            engine
                .getTaskService()
                .getIdentityLinksForTask(openTask(pi, APPROVE_PLAN).getId())
                .get(0)
                .getGroupId())
        .isEqualTo(StaffGroups.CENTRE_MANAGER);
    decide(pi, "manager", StaffGroups.CENTRE_MANAGER, SatisfactionSurveyProcess.REJECT, "加上停车");
    assertThat(openTask(pi, DRAFT_PLAN)).as("sent back to the draft").isNotNull();
    assertThat(surveys.get(id).getStatus()).isEqualTo(SurveyCampaign.Status.DRAFT);
    assertThat(surveys.get(id).getApprovals()).contains("centre-manager manager：退回（加上停车）");

    completeAs("cshead", StaffGroups.CS_HEAD, pi, DRAFT_PLAN, plan("2024-10-10", 14, ""));
    decide(pi, "cshead", StaffGroups.CS_HEAD, SatisfactionSurveyProcess.APPROVE, "");
    decide(pi, "manager", StaffGroups.CENTRE_MANAGER, SatisfactionSurveyProcess.APPROVE, "同意");
    assertThat(surveys.get(id).getStatus()).isEqualTo(SurveyCampaign.Status.APPROVED);

    // the questionnaires go out on the first day, 00:00 in Shanghai
    Job opens = timer(pi, SatisfactionSurveyProcess.Element.SURVEY_OPENS);
    assertThat(opens.getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2024-10-10T00:00:00+08:00").toInstant());
    setClock(LocalDateTime.of(2024, 10, 10, 0, 0));
    fire(opens);
    long register = households.countByPropertyCode(DeskFixture.PROPERTY_A);
    int sent = surveys.get(id).getSent();
    assertThat(sent).isEqualTo(SatisfactionSurveys.sampleSize((int) register, 98));
    List<OutboxMessage> sentMessages = invitations(id);
    assertThat(sentMessages).hasSize(sent);
    OutboxMessage toWang =
        sentMessages.stream()
            .filter(m -> m.getRecipient().equals("wang.fang@example.com"))
            .findFirst()
            .orElseThrow();
    assertThat(toWang.getBody()).contains("链接有效期至 2024-10-23 23:59");
    OutboxMessage toZhang =
        sentMessages.stream()
            .filter(m -> m.getRecipient().equals("13800001201"))
            .findFirst()
            .orElseThrow();
    assertThat(toZhang.getChannel()).isEqualTo(OutboxMessage.Channel.SMS);
    Job ends = timer(pi, SatisfactionSurveyProcess.Element.COLLECTION_ENDS);
    assertThat(ends.getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2024-10-24T00:00:00+08:00").toInstant());

    // residents answer through their link; the view names no household
    setClock(LocalDateTime.of(2024, 10, 12, 20, 0));
    String wang = token(toWang);
    SatisfactionSurveys.QuestionnaireView view = surveys.view(wang);
    assertThat(view.property()).isEqualTo("南湖花园");
    assertThat(view.services()).hasSize(6);
    assertThat(view.answered()).isFalse();
    surveys.answerByLink(wang, ratings(2), "维修师傅来得太晚");
    assertThatThrownBy(() -> surveys.answerByLink(wang, ratings(5), null))
        .isInstanceOf(UnprocessableException.class)
        .hasMessage("problem.survey.answered");
    String emily =
        token(
            sentMessages.stream()
                .filter(m -> m.getRecipient().equals("emily.carter@example.com"))
                .findFirst()
                .orElseThrow());
    Map<String, Integer> outOfScale = ratings(6);
    assertThatThrownBy(() -> surveys.answerByLink(emily, outOfScale, null))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("problem.survey.rating-scale");
    assertThat(surveys.get(id).getAnswered()).as("nothing stored").isEqualTo(1);
    surveys.answerByLink(emily, ratings(4), null);
    // a phone answer entered by the front desk
    surveys.answerForHousehold(
        id,
        DeskFixture.UNIT_WITHOUT_EMAIL,
        SurveyQuestionnaire.Channel.PHONE,
        ratings(1),
        "报修电话常占线",
        "clerk");
    SatisfactionSurveys.Results live = surveys.results(id);
    assertThat(live.answered()).isEqualTo(3);
    assertThat(live.returnRate()).isEqualTo(3.0 / sent);

    // the window closes: links expire, results are counted
    setClock(LocalDateTime.of(2024, 10, 24, 0, 0));
    fire(ends);
    assertThatThrownBy(() -> surveys.view(emily))
        .isInstanceOf(SatisfactionSurveys.SurveyLinkInvalid.class);
    SatisfactionSurveys.Results results = surveys.results(id);
    assertThat(results.status()).isEqualTo("CLOSED");
    assertThat(results.lowReturn()).isFalse();
    SatisfactionSurveys.ServiceResult repairs =
        results.services().stream()
            .filter(s -> s.code().equals("repairs"))
            .findFirst()
            .orElseThrow();
    assertThat(repairs.answers()).isEqualTo(3);
    assertThat(repairs.satisfied()).as("4 is satisfied, 2 and 1 are not").isEqualTo(1);
    assertThat(repairs.below()).isTrue();
    // 5 services x 3 answers of 4 and repairs (1 satisfied): 16 of 18
    assertThat(results.overall()).isEqualTo(16.0 / 18);
    assertThat(results.opinions()).containsExactlyInAnyOrder("维修师傅来得太晚", "报修电话常占线");
    assertThat(surveys.get(id).getKeepUntil()).isEqualTo(LocalDate.of(2026, 10, 24));

    // reported and read: the service below target becomes a corrective action
    completeAs(
        "cshead",
        StaffGroups.CS_HEAD,
        pi,
        REPORT_RESULTS,
        vars(
            SatisfactionSurveyProcess.Field.COMMON_OPINIONS.of("维修响应慢；报修电话占线"),
            SatisfactionSurveyProcess.Field.REPORT.of("维修满意率 33.3%，低于目标。")));
    completeAs(
        "manager",
        StaffGroups.CENTRE_MANAGER,
        pi,
        READ_REPORT,
        vars(SatisfactionSurveyProcess.Field.READ_NOTE.of("工程部一个月内整改")));
    assertThat(instance(SatisfactionSurveyProcess.businessKey(id))).as("survey ended").isNull();
    List<CorrectiveAction> raised = corrections.of(CorrectiveAction.Source.SURVEY, id);
    assertThat(raised).hasSize(1);
    CorrectiveAction action = raised.get(0);
    assertThat(action.getService()).isEqualTo("repairs");
    assertThat(action.getOwnerGroup()).isEqualTo(StaffGroups.ENGINEERING);
    assertThat(action.getDescription()).contains("维修服务", "33.3%", "95%");

    String html = notice.html(id);
    assertThat(html).contains("南湖花园住户满意度调查结果公告", "维修服务：33.3%", "整改中");
    assertThat(html).doesNotContain("王芳", "1-0502");
    assertThat(new String(notice.pdf(id), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");

    driveCorrection(action);
  }

  /**
   * QA-05: the correction's deadline passes (escalated), it is done, verified twice, called back.
   */
  private void driveCorrection(CorrectiveAction action) {
    ProcessInstance ca = instance(CorrectiveActionProcess.businessKey(action.getId()));
    assertThat(ca.getTenantId()).isEqualTo(DeskFixture.PROPERTY_A);
    Task carryOut = openTask(ca, CorrectiveActionProcess.Element.CARRY_OUT);
    assertThat(carryOut.getDueDate().toInstant()).isEqualTo(action.getDueAt());
    assertThat(
            engine.getTaskService().getIdentityLinksForTask(carryOut.getId()).get(0).getGroupId())
        .isEqualTo(StaffGroups.ENGINEERING);
    String info =
        (String) engine.getTaskService().getVariableLocal(carryOut.getId(), QualityTasks.INFO);
    assertThat(info).contains("负责部门：工程部", "1-0502 王芳", "2-1201 张伟").doesNotContain("3-0808");

    // the deadline passes: the centre manager is asked to follow it up, the owner's task stays
    Job overdue = timer(ca, CorrectiveActionProcess.Element.OVERDUE);
    assertThat(overdue.getDuedate().toInstant()).isEqualTo(action.getDueAt());
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.util.Date.from(action.getDueAt().plusSeconds(60)));
    fire(overdue);
    completeAs(
        "manager",
        StaffGroups.CENTRE_MANAGER,
        ca,
        CorrectiveActionProcess.Element.CHASE,
        vars(CorrectiveActionProcess.Field.CHASE_NOTE.of("工程部承诺 3 天内完成")));
    assertThat(openTask(ca, CorrectiveActionProcess.Element.CARRY_OUT)).isNotNull();
    assertThat(corrections.get(action.getId()).getEscalatedAt()).isNotNull();

    // a week later it is still not done: the centre manager is asked again, and so on weekly
    Job again = timer(ca, CorrectiveActionProcess.Element.OVERDUE);
    assertThat(again.getDuedate().toInstant())
        .isEqualTo(action.getDueAt().plus(java.time.Duration.ofDays(7)));
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.util.Date.from(again.getDuedate().toInstant().plusSeconds(60)));
    fire(again);
    completeAs(
        "manager",
        StaffGroups.CENTRE_MANAGER,
        ca,
        CorrectiveActionProcess.Element.CHASE,
        vars(CorrectiveActionProcess.Field.CHASE_NOTE.of("再次督办，限本周五前完成")));
    assertThat(timer(ca, CorrectiveActionProcess.Element.OVERDUE).getDuedate().toInstant())
        .isEqualTo(action.getDueAt().plus(java.time.Duration.ofDays(14)));

    completeAs(
        "engineer",
        StaffGroups.ENGINEERING,
        ca,
        CorrectiveActionProcess.Element.CARRY_OUT,
        vars(CorrectiveActionProcess.Field.DONE_NOTE.of("增设夜间值班维修工")));
    // quality finds it not effective: back to engineering
    completeAs(
        "quality",
        StaffGroups.QUALITY,
        ca,
        CorrectiveActionProcess.Element.VERIFY,
        vars(
            CorrectiveActionProcess.Var.VERDICT.of(CorrectiveActionProcess.NOT_EFFECTIVE),
            CorrectiveActionProcess.Field.VERIFICATION.of("夜班无人接听")));
    completeAs(
        "engineer",
        StaffGroups.ENGINEERING,
        ca,
        CorrectiveActionProcess.Element.CARRY_OUT,
        vars(CorrectiveActionProcess.Field.DONE_NOTE.of("夜班电话转接到值班手机")));
    completeAs(
        "quality",
        StaffGroups.QUALITY,
        ca,
        CorrectiveActionProcess.Element.VERIFY,
        vars(
            CorrectiveActionProcess.Var.VERDICT.of(CorrectiveActionProcess.EFFECTIVE),
            CorrectiveActionProcess.Field.VERIFICATION.of("抽查 5 次均接通")));
    completeAs(
        "clerk",
        StaffGroups.FRONT_DESK,
        ca,
        CorrectiveActionProcess.Element.CALL_BACK,
        vars(CorrectiveActionProcess.Field.CALLBACK_NOTE.of("已电话回访 1-0502、2-1201，均表示满意")));
    assertThat(instance(CorrectiveActionProcess.businessKey(action.getId()))).isNull();
    CorrectiveAction closed = corrections.get(action.getId());
    assertThat(closed.getRework()).isEqualTo(1);
    assertThat(closed.getVerifiedBy()).isEqualTo("quality");
    assertThat(closed.getCalledBackAt()).isNotNull();
    assertThat(closed.getChaseNote()).isEqualTo("manager: 工程部承诺 3 天内完成\nmanager: 再次督办，限本周五前完成");
  }

  @Test
  void aCampaignBelowThirtyPercentAtItsEndIsFlagged_QA04() {
    setClock(LocalDateTime.of(2024, 11, 4, 9, 0));
    long id = surveys.propose(DeskFixture.PROPERTY_A, SurveyCampaign.Kind.GENERAL, "cshead");
    ProcessInstance pi = approved(id, "2024-11-05", "1-0502, 2-1201，3-0808 1-0101");
    setClock(LocalDateTime.of(2024, 11, 5, 0, 0));
    fire(timer(pi, SatisfactionSurveyProcess.Element.SURVEY_OPENS));
    assertThat(surveys.get(id).getSent()).as("the plan's own list").isEqualTo(4);
    surveys.answerForHousehold(
        id, "1-0101", SurveyQuestionnaire.Channel.PAPER, ratings(5), null, "clerk");
    assertThatThrownBy(
            () ->
                surveys.answerForHousehold(
                    id,
                    DeskFixture.UNIT_OF_IMPORTANT_OWNER,
                    SurveyQuestionnaire.Channel.PAPER,
                    ratings(5),
                    null,
                    "clerk"))
        .as("5-1603 got no questionnaire")
        .isInstanceOf(InvalidFieldException.class);
    setClock(LocalDateTime.of(2024, 11, 19, 0, 0));
    fire(timer(pi, SatisfactionSurveyProcess.Element.COLLECTION_ENDS));
    SatisfactionSurveys.Results results = surveys.results(id);
    assertThat(results.returnRate()).isEqualTo(0.25);
    assertThat(results.lowReturn()).isTrue();
    String info =
        (String)
            engine
                .getTaskService()
                .getVariableLocal(openTask(pi, REPORT_RESULTS).getId(), QualityTasks.INFO);
    assertThat(info).contains("回收率 25.0%（低于 30%");
  }

  private Job scheduleTimer(String key) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processDefinitionKey(key)
        .timers()
        .singleResult();
  }

  /** Sets the clock and fires the schedule's quarter-hour timer, as the job executor would. */
  private void tick(String key, LocalDateTime shanghai) {
    setClock(shanghai);
    fire(scheduleTimer(key));
  }

  private List<Task> drafts(String property) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .taskDefinitionKey(DRAFT_PLAN)
        .tenantIdIn(property)
        .list();
  }

  @Test
  void theQuarterlyTimerProposesTheHelpServiceSurveyOncePerPropertyAndQuarter_QA02() {
    // the timer looks every quarter of an hour; the delegate decides per property
    java.time.ZonedDateTime due =
        scheduleTimer(SurveyScheduleProcess.KEY)
            .getDuedate()
            .toInstant()
            .atZone(java.time.ZoneId.systemDefault());
    assertThat(due.getMinute() % 15).isZero();
    assertThat(due.getSecond()).isZero();

    int beforeA = drafts(DeskFixture.PROPERTY_A).size();
    int beforeB = drafts(DeskFixture.PROPERTY_B).size();
    tick(SurveyScheduleProcess.KEY, LocalDateTime.of(2025, 1, 1, 1, 45));
    assertThat(drafts(DeskFixture.PROPERTY_A)).as("before 02:00 on the 1st").hasSize(beforeA);
    tick(SurveyScheduleProcess.KEY, LocalDateTime.of(2025, 1, 1, 2, 0));
    tick(SurveyScheduleProcess.KEY, LocalDateTime.of(2025, 1, 1, 2, 15)); // nothing twice
    assertThat(drafts(DeskFixture.PROPERTY_A)).hasSize(beforeA + 1);
    assertThat(drafts(DeskFixture.PROPERTY_B)).hasSize(beforeB + 1);
    assertThat(drafts(DeskFixture.PROPERTY_B).stream().map(Task::getName))
        .anyMatch(name -> name.startsWith("拟定满意度调查计划：北岸花园"));
    // the next tick is a quarter of an hour after the last
    assertThat(scheduleTimer(SurveyScheduleProcess.KEY).getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2025-01-01T02:30:00+08:00").toInstant());
  }

  @Test
  void theQuarterBeginsAtEachPropertysOwnTwoOClock_QA02() {
    jdbc.update(
        "update property set time_zone = 'Asia/Dubai' where code = ?", DeskFixture.PROPERTY_B);
    try {
      int beforeA = drafts(DeskFixture.PROPERTY_A).size();
      int beforeB = drafts(DeskFixture.PROPERTY_B).size();
      // 02:00 on 1 April in Shanghai is 22:00 on 31 March in Dubai: still last quarter there
      tick(SurveyScheduleProcess.KEY, LocalDateTime.of(2025, 4, 1, 2, 0));
      assertThat(drafts(DeskFixture.PROPERTY_A)).hasSize(beforeA + 1);
      assertThat(drafts(DeskFixture.PROPERTY_B)).as("Dubai's quarter not begun").hasSize(beforeB);
      tick(SurveyScheduleProcess.KEY, LocalDateTime.of(2025, 4, 1, 5, 45));
      assertThat(drafts(DeskFixture.PROPERTY_B)).as("01:45 in Dubai").hasSize(beforeB);
      // 06:00 in Shanghai: 02:00 on 1 April in Dubai
      tick(SurveyScheduleProcess.KEY, LocalDateTime.of(2025, 4, 1, 6, 0));
      assertThat(drafts(DeskFixture.PROPERTY_B)).hasSize(beforeB + 1);
      assertThat(drafts(DeskFixture.PROPERTY_A)).as("nothing twice").hasSize(beforeA + 1);
      // a property whose quarter began longer ago than the catch-up window gets nothing new
      tick(SurveyScheduleProcess.KEY, LocalDateTime.of(2025, 4, 20, 6, 0));
      assertThat(drafts(DeskFixture.PROPERTY_B)).hasSize(beforeB + 1);
    } finally {
      jdbc.update("update property set time_zone = null where code = ?", DeskFixture.PROPERTY_B);
    }
  }

  @Test
  void everySixMonthsQualitySupervisesEachPropertysSpecialServicesAndMayRaiseACorrection_SVC12() {
    java.time.ZonedDateTime due =
        scheduleTimer(SupervisionScheduleProcess.KEY)
            .getDuedate()
            .toInstant()
            .atZone(java.time.ZoneId.systemDefault());
    assertThat(due.getMinute() % 15).isZero();

    tick(SupervisionScheduleProcess.KEY, LocalDateTime.of(2025, 7, 1, 2, 45));
    assertThat(
            instance(
                SpecialServiceSupervisionProcess.businessKey(DeskFixture.PROPERTY_A, "2025-H2")))
        .as("before 03:00 on 1 July")
        .isNull();
    tick(SupervisionScheduleProcess.KEY, LocalDateTime.of(2025, 7, 1, 3, 0));
    ProcessInstance pi =
        instance(SpecialServiceSupervisionProcess.businessKey(DeskFixture.PROPERTY_A, "2025-H2"));
    assertThat(pi.getTenantId()).isEqualTo(DeskFixture.PROPERTY_A);
    assertThat(
            instance(
                SpecialServiceSupervisionProcess.businessKey(DeskFixture.PROPERTY_B, "2025-H2")))
        .isNotNull();
    Task task = openTask(pi, SpecialServiceSupervisionProcess.Element.SUPERVISE);
    assertThat(task.getName()).isEqualTo("特约服务质量监督：南湖花园 2025-H2");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId())
        .isEqualTo(StaffGroups.QUALITY);
    // fired again in the same half-year: nothing twice
    tick(SupervisionScheduleProcess.KEY, LocalDateTime.of(2025, 7, 1, 3, 15));
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(SpecialServiceSupervisionProcess.KEY)
                .processInstanceBusinessKey(
                    SpecialServiceSupervisionProcess.businessKey(DeskFixture.PROPERTY_A, "2025-H2"))
                .count())
        .isEqualTo(1);

    // a correction without its owner is refused; with it, an action for engineering is raised
    Map<String, Object> findings =
        new LinkedHashMap<>(
            vars(
                SpecialServiceSupervisionProcess.Field.FINDINGS.of("家电清洗 3 次迟到"),
                SpecialServiceSupervisionProcess.Field.RAISE_CORRECTION.of(true),
                SpecialServiceSupervisionProcess.Field.CORRECTION.of("上门前 30 分钟电话确认"),
                SpecialServiceSupervisionProcess.Field.DAYS.of(14)));
    assertThatThrownBy(
            () ->
                completeAs(
                    "quality",
                    StaffGroups.QUALITY,
                    pi,
                    SpecialServiceSupervisionProcess.Element.SUPERVISE,
                    findings))
        .hasMessageContaining("整改负责部门");
    findings.put(SpecialServiceSupervisionProcess.Field.OWNER.name(), StaffGroups.ENGINEERING);
    completeAs(
        "quality",
        StaffGroups.QUALITY,
        pi,
        SpecialServiceSupervisionProcess.Element.SUPERVISE,
        findings);
    Long supervisionId =
        engine
                    .getHistoryService()
                    .createHistoricVariableInstanceQuery()
                    .processInstanceId(pi.getId())
                    .variableName(SpecialServiceSupervisionProcess.Var.SUPERVISION_ID.name())
                    .singleResult()
                    .getValue()
                instanceof Long l
            ? l
            : null;
    List<CorrectiveAction> raised =
        corrections.of(CorrectiveAction.Source.SUPERVISION, supervisionId);
    assertThat(raised).hasSize(1);
    assertThat(raised.get(0).getOwnerGroup()).isEqualTo(StaffGroups.ENGINEERING);
    assertThat(raised.get(0).getDueAt()).isEqualTo(now().plus(java.time.Duration.ofDays(14)));
  }

  @Test
  void theHalfYearsSupervisionOpensAtEachPropertysOwnThreeOClock_SVC12() {
    jdbc.update(
        "update property set time_zone = 'Pacific/Auckland' where code = ?",
        DeskFixture.PROPERTY_B);
    try {
      String keyA = SpecialServiceSupervisionProcess.businessKey(DeskFixture.PROPERTY_A, "2026-H1");
      String keyB = SpecialServiceSupervisionProcess.businessKey(DeskFixture.PROPERTY_B, "2026-H1");
      // 22:00 on 31 December in Shanghai is 03:00 on 1 January in Auckland (summer, UTC+13)
      tick(SupervisionScheduleProcess.KEY, LocalDateTime.of(2025, 12, 31, 21, 45));
      assertThat(instance(keyB)).as("02:45 in Auckland").isNull();
      tick(SupervisionScheduleProcess.KEY, LocalDateTime.of(2025, 12, 31, 22, 0));
      assertThat(instance(keyB)).as("03:00 on 1 January in Auckland").isNotNull();
      assertThat(instance(keyA)).as("still 2025 in Shanghai").isNull();
      tick(SupervisionScheduleProcess.KEY, LocalDateTime.of(2026, 1, 1, 3, 0));
      assertThat(instance(keyA)).isNotNull();
      assertThat(
              engine
                  .getRuntimeService()
                  .createProcessInstanceQuery()
                  .processInstanceBusinessKey(keyB)
                  .count())
          .as("nothing twice")
          .isEqualTo(1);
    } finally {
      jdbc.update("update property set time_zone = null where code = ?", DeskFixture.PROPERTY_B);
    }
  }

  @Test
  void anOverdueCorrectionNobodyActsOnKeepsOneFollowUpAndRecordsEveryEscalation_QA05() {
    setClock(LocalDateTime.of(2024, 12, 2, 9, 0));
    long id =
        corrections.raise(
            DeskFixture.PROPERTY_A,
            CorrectiveAction.Source.FORUM,
            0L,
            null,
            "电梯厅照明不足",
            StaffGroups.ENGINEERING,
            now().plus(java.time.Duration.ofDays(3)));
    ProcessInstance ca = instance(CorrectiveActionProcess.businessKey(id));
    java.time.Instant due = corrections.get(id).getDueAt();

    // three cycles (the deadline, a week after, two weeks after) and nobody acts
    for (int cycle = 0; cycle < 3; cycle++) {
      Job overdue = timer(ca, CorrectiveActionProcess.Element.OVERDUE);
      assertThat(overdue.getDuedate().toInstant())
          .isEqualTo(due.plus(java.time.Duration.ofDays(7L * cycle)));
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
          java.util.Date.from(overdue.getDuedate().toInstant().plusSeconds(60)));
      fire(overdue);
    }

    List<Task> chases =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(ca.getId())
            .taskDefinitionKey(CorrectiveActionProcess.Element.CHASE)
            .list();
    assertThat(chases).as("one open follow-up for the centre manager").hasSize(1);
    assertThat(chases.get(0).getPriority()).as("raised twice from 70").isEqualTo(90);
    CorrectiveAction action = corrections.get(id);
    assertThat(action.getEscalations()).as("recorded each cycle").isEqualTo(3);
    assertThat(action.getEscalatedAt()).isEqualTo(due.plusSeconds(60));
    assertThat(action.getLastEscalatedAt())
        .isEqualTo(due.plus(java.time.Duration.ofDays(14)).plusSeconds(60));
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(ca.getId())
                .activityId(CorrectiveActionProcess.Element.RECORD_ESCALATION)
                .count())
        .isEqualTo(3);
    assertThat(openTask(ca, CorrectiveActionProcess.Element.CARRY_OUT)).isNotNull();

    // the follow-up done, the next cycle opens a new one
    completeAs(
        "manager",
        StaffGroups.CENTRE_MANAGER,
        ca,
        CorrectiveActionProcess.Element.CHASE,
        vars(CorrectiveActionProcess.Field.CHASE_NOTE.of("工程部本周内更换灯具")));
    Job fourth = timer(ca, CorrectiveActionProcess.Element.OVERDUE);
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.util.Date.from(fourth.getDuedate().toInstant().plusSeconds(60)));
    fire(fourth);
    assertThat(openTask(ca, CorrectiveActionProcess.Element.CHASE).getPriority()).isEqualTo(70);
    assertThat(corrections.get(id).getEscalations()).isEqualTo(4);
  }

  @Test
  void sampleIsNinetyEightPercentRoundedUp_QA04() {
    assertThat(SatisfactionSurveys.sampleSize(50, 98)).isEqualTo(49);
    assertThat(SatisfactionSurveys.sampleSize(101, 98)).isEqualTo(99);
    assertThat(SatisfactionSurveys.sampleSize(1000, 90)).isEqualTo(900);
    assertThat(SatisfactionSurveys.sampleSize(5, 98)).isEqualTo(5);
    assertThat(SatisfactionSurveys.sampleSize(0, 98)).isZero();
  }
}
