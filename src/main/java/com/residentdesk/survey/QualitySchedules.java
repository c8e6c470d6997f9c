package com.residentdesk.survey;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.property.PropertyPeriods;
import com.residentdesk.system.DeskClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the quality timers open at every property: the quarter's help-service survey (QA-02) and the
 * half-year's special-service supervision (SVC-12). Each opens nothing twice: a timer fired again,
 * or a restart, finds what it opened.
 */
@Service
public class QualitySchedules {

  private final SatisfactionSurveys surveys;
  private final SurveyCampaignRepository campaigns;
  private final SpecialServiceSupervisionRepository supervisions;
  private final PropertyDirectory directory;
  private final PropertyPeriods periods;
  private final RuntimeService runtime;
  private final DeskClock clock;
  private final int catchUpDays;

  QualitySchedules(
      SatisfactionSurveys surveys,
      SurveyCampaignRepository campaigns,
      SpecialServiceSupervisionRepository supervisions,
      PropertyDirectory directory,
      PropertyPeriods periods,
      RuntimeService runtime,
      DeskClock clock,
      @Value("${desk.surveys.schedule-catch-up-days:14}") int catchUpDays) {
    this.surveys = surveys;
    this.campaigns = campaigns;
    this.supervisions = supervisions;
    this.directory = directory;
    this.periods = periods;
    this.runtime = runtime;
    this.clock = clock;
    this.catchUpDays = catchUpDays;
  }

  /** The hour of the quarter's first day at which its help-service survey is proposed (QA-02). */
  static final int SURVEY_HOUR = 2;

  /** The hour of the half-year's first day at which its supervision opens (SVC-12). */
  static final int SUPERVISION_HOUR = 3;

  /**
   * QA-02: proposes the quarter's help-service survey at every property where the quarter has begun
   * (02:00 on its first day in the property's own time zone, up to the catch-up window) and none
   * was proposed this quarter yet. The schedule calls this every quarter of an hour.
   */
  @Transactional
  public List<String> proposeHelpServiceSurveys() {
    List<String> proposed = new ArrayList<>();
    periods
        .begun(PropertyPeriods.Period.QUARTER, SURVEY_HOUR, catchUpDays)
        .forEach(
            (property, quarterStart) -> {
              java.time.ZoneId zone = directory.zoneOf(property);
              boolean exists =
                  campaigns
                      .existsByPropertyCodeAndKindAndProposedAtGreaterThanEqualAndProposedAtLessThan(
                          property,
                          SurveyCampaign.Kind.HELP_SERVICE,
                          quarterStart.atStartOfDay(zone).toInstant(),
                          quarterStart.plusMonths(3).atStartOfDay(zone).toInstant());
              if (!exists) {
                surveys.propose(property, SurveyCampaign.Kind.HELP_SERVICE, "system");
                proposed.add(property);
              }
            });
    return proposed;
  }

  /** The half-year that begins on {@code first}: "2025-H1". */
  static String halfYear(LocalDate first) {
    return first.getYear() + (first.getMonthValue() <= 6 ? "-H1" : "-H2");
  }

  /**
   * SVC-12: opens the half-year's supervision at every property where the half-year has begun
   * (03:00 on 1 January or 1 July in the property's own time zone, up to the catch-up window) and
   * that has none for it yet. The schedule calls this every quarter of an hour.
   */
  @Transactional
  public List<String> openSupervisions() {
    List<String> opened = new ArrayList<>();
    periods
        .begun(PropertyPeriods.Period.HALF_YEAR, SUPERVISION_HOUR, catchUpDays)
        .forEach(
            (property, first) -> {
              String period = halfYear(first);
              if (supervisions.findByPropertyCodeAndPeriod(property, period).isPresent()) {
                return;
              }
              SpecialServiceSupervision supervision =
                  supervisions.save(new SpecialServiceSupervision(property, period));
              runtime.startProcessInstanceByKey(
                  SpecialServiceSupervisionProcess.KEY,
                  SpecialServiceSupervisionProcess.businessKey(property, period),
                  Map.of(
                      CaseVariables.PROPERTY.name(),
                      property,
                      SpecialServiceSupervisionProcess.Var.SUPERVISION_ID.name(),
                      supervision.getId()));
              opened.add(property);
            });
    return opened;
  }

  @Transactional(readOnly = true)
  public SpecialServiceSupervision supervision(long id) {
    return supervisions.findById(id).orElseThrow();
  }

  @Transactional
  public void supervised(long id, String findings, String by) {
    supervisions.findById(id).orElseThrow().supervised(findings, by, clock.now());
  }

  @Transactional(readOnly = true)
  public List<SpecialServiceSupervision> supervisionsOf(List<String> properties) {
    return properties.isEmpty()
        ? List.of()
        : supervisions.findByPropertyCodeInOrderByPeriodDesc(properties);
  }
}
