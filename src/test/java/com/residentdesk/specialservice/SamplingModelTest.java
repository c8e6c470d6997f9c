package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SamplingProcess.Element.*;
import static com.residentdesk.specialservice.SamplingProcess.Var.SAMPLING_ID;
import static com.residentdesk.specialservice.SamplingProcess.Var.SATISFACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.property.PropertyTenancy;
import com.residentdesk.support.ModelTestSupport;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * special-service-sampling-schedule and special-service-sampling-callback (SVC-09): the timer of
 * the 1st, the sample sizes at their edges, the callback's paths.
 */
class SamplingModelTest extends ModelTestSupport {

  private Job scheduleTimer() {
    return engine
        .getManagementService()
        .createJobQuery()
        .processDefinitionKey(SamplingScheduleProcess.KEY)
        .timers()
        .singleResult();
  }

  @Test
  void theSampleIsThirtyPercentBelowAHundredTwentyUpToThreeHundredTenAbove_SVC09() {
    assertThat(Sampling.sampleSize(0)).isZero();
    assertThat(Sampling.sampleSize(1)).as("at least one").isEqualTo(1);
    assertThat(Sampling.sampleSize(3)).isEqualTo(1);
    assertThat(Sampling.sampleSize(4)).as("1.2 rounded up").isEqualTo(2);
    assertThat(Sampling.sampleSize(99)).as("30 % of 99 = 29.7").isEqualTo(30);
    assertThat(Sampling.sampleSize(100)).as("20 % of 100").isEqualTo(20);
    assertThat(Sampling.sampleSize(300)).as("20 % of 300").isEqualTo(60);
    assertThat(Sampling.sampleSize(301)).as("10 % of 301 = 30.1").isEqualTo(31);
  }

  @Test
  void theScheduleBelongsToTheCompanyNotToAProperty_SVC09() {
    assertThat(PropertyTenancy.COMPANY_TIMER_PROCESSES).contains(SamplingScheduleProcess.KEY);
  }

  @Test
  void theTimerFiresOnTheFirstOfEveryMonthAndDrawsTheSamples_SVC09() {
    Job first = scheduleTimer();
    ZonedDateTime due = first.getDuedate().toInstant().atZone(ZoneId.systemDefault());
    assertThat(due.getDayOfMonth()).isEqualTo(1);
    assertThat(due.getHour()).isEqualTo(2);

    ClockUtil.setCurrentTime(first.getDuedate());
    engine.getManagementService().executeJob(first.getId());

    assertThat(delegatesRun).containsExactly("drawSamplesDelegate");
    ZonedDateTime next = scheduleTimer().getDuedate().toInstant().atZone(ZoneId.systemDefault());
    assertThat(next.toLocalDate()).isEqualTo(due.toLocalDate().plusMonths(1));
  }

  @Test
  void aSatisfiedHouseholdEndsTheCallback_SVC09() {
    ProcessInstance pi = start(SamplingProcess.KEY, SAMPLING_ID.of(7L));
    assertThat(pi).isWaitingAt(CALL_BACK).task().hasCandidateGroup("front-desk");

    complete(pi, CALL_BACK, SATISFACTION.of("satisfied"));

    assertThat(pi).isEnded().hasNotPassed(FOLLOW_UP);
  }

  @Test
  void anUnsatisfiedHouseholdIsFollowedUpByTheCustomerServiceHead_SVC09() {
    ProcessInstance pi = start(SamplingProcess.KEY, SAMPLING_ID.of(7L));

    complete(pi, CALL_BACK, SATISFACTION.of("unsatisfied"));

    assertThat(pi).isWaitingAt(FOLLOW_UP).task().hasCandidateGroup("cs-head");
    complete(pi, FOLLOW_UP);
    assertThat(pi).isEnded();
  }
}
