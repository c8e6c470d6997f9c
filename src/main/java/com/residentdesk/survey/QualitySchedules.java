package com.residentdesk.survey;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
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
  private final RuntimeService runtime;
  private final DeskClock clock;

  QualitySchedules(
      SatisfactionSurveys surveys,
      SurveyCampaignRepository campaigns,
      SpecialServiceSupervisionRepository supervisions,
      PropertyDirectory directory,
      RuntimeService runtime,
      DeskClock clock) {
    this.surveys = surveys;
    this.campaigns = campaigns;
    this.supervisions = supervisions;
    this.directory = directory;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** QA-02: proposes the quarter's help-service survey where none was proposed this quarter. */
  @Transactional
  public List<String> proposeHelpServiceSurveys() {
    List<String> proposed = new ArrayList<>();
    for (String property : directory.codes()) {
      ZonedDateTime now = clock.nowIn(directory.zoneOf(property));
      int firstMonth = (now.getMonthValue() - 1) / 3 * 3 + 1;
      LocalDate quarterStart = LocalDate.of(now.getYear(), firstMonth, 1);
      boolean exists =
          campaigns.existsByPropertyCodeAndKindAndProposedAtGreaterThanEqual(
              property,
              SurveyCampaign.Kind.HELP_SERVICE,
              quarterStart.atStartOfDay(now.getZone()).toInstant());
      if (!exists) {
        surveys.propose(property, SurveyCampaign.Kind.HELP_SERVICE, "system");
        proposed.add(property);
      }
    }
    return proposed;
  }

  /** The half-year as the property's calendar reads now: "2025-H1". */
  String halfYear(String property) {
    ZonedDateTime now = clock.nowIn(directory.zoneOf(property));
    return now.getYear() + (now.getMonthValue() <= 6 ? "-H1" : "-H2");
  }

  /** SVC-12: opens the half-year's supervision at every property that has none yet. */
  @Transactional
  public List<String> openSupervisions() {
    List<String> opened = new ArrayList<>();
    for (String property : directory.codes()) {
      String period = halfYear(property);
      if (supervisions.findByPropertyCodeAndPeriod(property, period).isPresent()) {
        continue;
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
    }
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
