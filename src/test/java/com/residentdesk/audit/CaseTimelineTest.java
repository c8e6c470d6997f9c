package com.residentdesk.audit;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.SAFETY_MEASURES;
import static com.residentdesk.intake.ResidentRequestProcess.Element.*;
import static com.residentdesk.intake.ResidentRequestProcess.Field.ARRIVED_AT;
import static com.residentdesk.intake.ResidentRequestProcess.Field.DESK_NOTE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.HANDLING_NOTES;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESULT;
import static com.residentdesk.intake.ResidentRequestProcess.Field.SATISFACTION;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.FIXED;
import static com.residentdesk.intake.ResidentRequestProcess.Var.HANDLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.emergency.EmergencyResponseProcess;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auditor's timeline of a case: complete, in order, across every process (HLP-05, INT-02,
 * QA-06).
 */
public class CaseTimelineTest extends ProcessTestSupport {

  @Autowired CaseTimeline timeline;
  @Autowired AuditQueries queries;
  @Autowired RetentionCleanup retention;
  @Autowired JdbcTemplate jdbc;

  List<TimelineEntry> story(ProcessInstance pi) {
    return transaction.execute(s -> timeline.of(caseOf(pi), Locale.ENGLISH));
  }

  @Test
  void aChineseReaderGetsChineseWordsPropertyTimesAndDurationsInWords_HLP05() {
    ProcessInstance pi = submit(smallRepairByApp());
    advance(Duration.ofMinutes(5).plusSeconds(32));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        FRONT_DESK_REVIEW,
        variables(DESK_OUTCOME.of("dispatch"), DESK_NOTE.of("住户在家")));
    advance(Duration.ofHours(25));
    fire(timer(pi, DISPATCH_OVERDUE));

    List<TimelineEntry> entries =
        transaction.execute(s -> timeline.of(caseOf(pi), Locale.SIMPLIFIED_CHINESE));

    assertThat(entries)
        .filteredOn(e -> FRONT_DESK_REVIEW.equals(e.activityId()) && e.kind().equals("task"))
        .anySatisfy(e -> assertThat(e.what()).startsWith("任务创建："))
        .anySatisfy(
            e -> {
              assertThat(e.what()).startsWith("任务完成：");
              assertThat(e.detail()).isEqualTo("用时 5分32秒");
            });
    Pattern shanghaiTime = Pattern.compile(".*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*");
    assertThat(entries)
        .filteredOn(e -> e.kind().equals("breach"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.what()).isEqualTo("时限 CAT-04 已超时");
              assertThat(e.detail()).matches(shanghaiTime).contains("已升级至 supervisor");
            });
    // the handling sheet with the labels of the form the clerk filled in, in either language
    assertThat(entries)
        .filteredOn(e -> e.kind().equals("sheet") && FRONT_DESK_REVIEW.equals(e.activityId()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.what()).isEqualTo("前台处理或转派");
              assertThat(e.detail()).isEqualTo("备注：住户在家");
            });
    List<TimelineEntry> english = transaction.execute(s -> timeline.of(caseOf(pi), Locale.ENGLISH));
    assertThat(english)
        .filteredOn(e -> e.kind().equals("sheet") && FRONT_DESK_REVIEW.equals(e.activityId()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.what()).isEqualTo("Front desk: resolve or refer");
              assertThat(e.detail()).isEqualTo("Front desk note: 住户在家");
            });
    // the desk's own words; a decision's outputs (dispatchWithin=PT24H) are the table's values
    assertThat(entries)
        .filteredOn(e -> List.of("activity", "task", "deadline", "breach").contains(e.kind()))
        .extracting(TimelineEntry::detail)
        .filteredOn(java.util.Objects::nonNull)
        .noneMatch(detail -> detail.matches(".*PT\\d.*|.*\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z.*"));
  }

  @Test
  void repairWithReworkAndABreachTellsItsWholeStoryInOrder_HLP05_INT02() {
    ProcessInstance pi = submit(smallRepairByApp());
    completeAs(
        "clerk", "front-desk", pi, FRONT_DESK_REVIEW, variables(DESK_OUTCOME.of("dispatch")));
    advance(Duration.ofHours(25));
    fire(timer(pi, DISPATCH_OVERDUE));
    advance(Duration.ofMinutes(10));
    completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));
    completeAs(
        "engineer",
        "engineering",
        pi,
        HANDLE_ON_SITE,
        variables(ARRIVED_AT.of(localNow()), HANDLING_NOTES.of("Washer"), RESULT.of("Fixed")));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        CONFIRM_WITH_RESIDENT,
        variables(FIXED.of(false), SATISFACTION.of("unsatisfied")));
    completeAs(
        "engineer",
        "engineering",
        pi,
        HANDLE_ON_SITE,
        variables(
            ARRIVED_AT.of(localNow()), HANDLING_NOTES.of("New tap"), RESULT.of("Fixed for good")));

    List<TimelineEntry> entries = story(pi);

    assertThat(entries).isSortedAccordingTo(Comparator.comparing(TimelineEntry::at));
    assertThat(entries)
        .extracting(TimelineEntry::kind)
        .contains(
            "activity", "task", "variable", "decision", "sheet", "deadline", "breach", "message");
    assertThat(entries)
        .filteredOn(e -> e.kind().equals("decision"))
        .anySatisfy(e -> assertThat(e.what()).contains("triage", "Rule_Repair"));
    assertThat(entries)
        .filteredOn(e -> e.kind().equals("breach"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.rule()).isEqualTo("CAT-04");
              assertThat(e.detail()).contains("escalated to supervisor");
            });
    assertThat(entries)
        .filteredOn(
            e -> HANDLE_ON_SITE.equals(e.activityId()) && e.what().startsWith("Task completed"))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo("engineer"));
    assertThat(entries)
        .filteredOn(e -> e.kind().equals("task") && e.what().startsWith("Task created: 派工"))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("engineering", "supervisor"));
    assertThat(entries)
        .anySatisfy(
            e -> assertThat(e.what()).contains("Not fixed: back to the handler (rework 1)"));
    assertThat(entries)
        .filteredOn(e -> e.kind().equals("sheet"))
        .extracting(TimelineEntry::actor)
        .contains("clerk", "supervisor", "engineer");
    int breach = indexOf(entries, "breach");
    int assigned =
        entries.indexOf(
            entries.stream()
                .filter(e -> e.what().startsWith("Task completed: 派工"))
                .findFirst()
                .orElseThrow());
    assertThat(breach).isLessThan(assigned);
  }

  @Test
  void emergencyTimelineIncludesTheCalledProcess_EMG01() {
    ProcessInstance pi = submit(request("phone", "2-1201", "repair", "burst-pipe"));
    ProcessInstance emergency = calledBy(pi);
    completeAs(
        "supervisor",
        "supervisor",
        emergency,
        EmergencyResponseProcess.Element.START_EMERGENCY_PLAN,
        variables(SAFETY_MEASURES.of("Valve closed")));

    List<TimelineEntry> entries = story(pi);

    assertThat(entries)
        .extracting(TimelineEntry::processInstanceId)
        .contains(pi.getId(), emergency.getId());
    assertThat(entries)
        .anySatisfy(
            e ->
                assertThat(e.what())
                    .startsWith("Task completed: 启动应急预案 · " + caseOf(pi).getCaseNumber() + " · "));
    assertThat(entries).anySatisfy(e -> assertThat(e.what()).isEqualTo("Emergency alert sent"));
  }

  /** A late arrival is missed once: the timeline never follows "missed" with "met". */
  @Test
  void aLateArrivalReadsAsMissedNotMet_EMG04() {
    ProcessInstance pi = submit(request("phone", "2-1201", "repair", "burst-pipe"));
    ProcessInstance emergency = calledBy(pi);
    advance(java.time.Duration.ofMinutes(11));
    fire(timer(emergency, EmergencyResponseProcess.Element.ARRIVAL_OVERDUE));
    advance(java.time.Duration.ofMinutes(2));
    completeAs(
        "engineer",
        "engineering",
        emergency,
        EmergencyResponseProcess.Element.ARRIVE_ON_SITE,
        new java.util.HashMap<String, Object>());

    List<String> what = story(pi).stream().map(TimelineEntry::what).toList();

    assertThat(what)
        .contains("Deadline EMG-04 missed", "Deadline EMG-04 done late (missed)")
        .doesNotContain("Deadline EMG-04 met");
  }

  private ProcessInstance calledBy(ProcessInstance parent) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .superProcessInstanceId(parent.getId())
        .singleResult();
  }

  @Test
  void diagramShowsThePathTaken() {
    ProcessInstance pi = submit(smallRepairByApp());
    completeAs(
        "clerk", "front-desk", pi, FRONT_DESK_REVIEW, variables(DESK_OUTCOME.of("dispatch")));

    AuditQueries.Diagram diagram = queries.diagram(pi.getId(), List.of(DeskFixture.PROPERTY_A));

    assertThat(diagram.bpmnXml()).contains("Task_AssignHandler");
    assertThat(diagram.completedActivityIds()).contains(REGISTER_CASE, TRIAGE, FRONT_DESK_REVIEW);
    assertThat(diagram.activeActivityIds()).contains(ASSIGN_HANDLER);
    assertThat(diagram.takenSequenceFlowIds())
        .contains("Flow_RouteFrontDesk")
        .doesNotContain("Flow_RouteEmergency");
  }

  @Test
  void casesArchivedLongerThanTheRetentionPeriodAreRemovedOthersKept_QA06() {
    ProcessInstance old = submit(request("walk-in", "2-1201", "everyday-help", null));
    completeAs(
        "clerk", "front-desk", old, FRONT_DESK_REVIEW, variables(DESK_OUTCOME.of("resolved")));
    ProcessInstance recent = submit(request("walk-in", "2-1201", "everyday-help", null));
    completeAs(
        "clerk", "front-desk", recent, FRONT_DESK_REVIEW, variables(DESK_OUTCOME.of("resolved")));
    ProcessInstance open = submit(smallRepairByApp());
    Long oldId = caseId(old);
    jdbc.update(
        "update service_case set archived_at = ? where id = ?",
        Timestamp.from(now().minus(Duration.ofDays(731))),
        oldId);

    retention.removeExpired();

    assertThat(
            jdbc.queryForObject(
                "select count(*) from service_case where id = ?", Integer.class, oldId))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from case_event where case_id = ?", Integer.class, oldId))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from service_case where id in (?, ?)",
                Integer.class,
                caseId(recent),
                caseId(open)))
        .isEqualTo(2);
  }

  @Test
  void topicCasesAndComplaintsStayInTheOwnerFileWhileTheHouseholdExists_QA06_SUG05() {
    ProcessInstance filed = submit(request("walk-in", "2-1201", "everyday-help", null));
    completeAs(
        "clerk", "front-desk", filed, FRONT_DESK_REVIEW, variables(DESK_OUTCOME.of("resolved")));
    ProcessInstance unregistered = submit(request("walk-in", "2-1201", "everyday-help", null));
    completeAs(
        "clerk",
        "front-desk",
        unregistered,
        FRONT_DESK_REVIEW,
        variables(DESK_OUTCOME.of("resolved")));
    Timestamp longAgo = Timestamp.from(now().minus(Duration.ofDays(3650)));
    for (Long id : List.of(caseId(filed), caseId(unregistered))) {
      jdbc.update("update service_case set archived_at = ? where id = ?", longAgo, id);
      jdbc.update("insert into topic_case (case_id, sensitive) values (?, false)", id);
    }
    // a unit whose household file no longer exists (moved out, file closed)
    jdbc.update("update service_case set unit = '9-9901' where id = ?", caseId(unregistered));

    retention.removeExpired();

    assertThat(
            jdbc.queryForObject(
                "select count(*) from service_case where id = ?", Integer.class, caseId(filed)))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from case_event where case_id = ?", Integer.class, caseId(filed)))
        .isPositive();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from service_case where id = ?",
                Integer.class,
                caseId(unregistered)))
        .isZero();
  }

  private static int indexOf(List<TimelineEntry> entries, String kind) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).kind().equals(kind)) {
        return i;
      }
    }
    return -1;
  }
}
