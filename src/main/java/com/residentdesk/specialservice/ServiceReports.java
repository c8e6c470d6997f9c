package com.residentdesk.specialservice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.NotFoundException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly special-service analysis reports (SVC-10, SVC-02, SVC-12): opens one per property for
 * the month just ended, pre-filled with {@link SpecialServiceFigures}, records the head's analysis
 * and quality's reading. Exposed to the models as {@code serviceReports}.
 */
@Service("serviceReports")
public class ServiceReports {

  /** SVC-10: the report is filed before this day of the next month. */
  static final int DUE_DAY = 5;

  /** SVC-10: the head is reminded of a report not yet written at this time the day before. */
  static final java.time.LocalTime REMINDER_TIME = java.time.LocalTime.of(9, 0);

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final ServiceReportRepository reports;
  private final SpecialServiceFigures figures;
  private final PropertyDirectory directory;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final DeskClock clock;

  ServiceReports(
      ServiceReportRepository reports,
      SpecialServiceFigures figures,
      PropertyDirectory directory,
      RuntimeService runtime,
      HistoryService history,
      DeskClock clock) {
    this.reports = reports;
    this.figures = figures;
    this.directory = directory;
    this.runtime = runtime;
    this.history = history;
    this.clock = clock;
  }

  /** The month just ended, as the company's zone reads the date now. */
  public YearMonth lastMonth() {
    return YearMonth.from(clock.nowInCompanyZone()).minusMonths(1);
  }

  /**
   * Starts the month's report of every property that has none yet (a timer fired twice opens
   * nothing twice). Returns the properties opened.
   */
  public List<String> openAll(YearMonth month) {
    List<String> opened = new ArrayList<>();
    for (String property : directory.codes()) {
      String key = SpecialServiceReportProcess.businessKey(property, month.toString());
      boolean exists =
          history
                  .createHistoricProcessInstanceQuery()
                  .processDefinitionKey(SpecialServiceReportProcess.KEY)
                  .processInstanceBusinessKey(key)
                  .count()
              > 0;
      if (!exists) {
        runtime.startProcessInstanceByKey(
            SpecialServiceReportProcess.KEY,
            key,
            Map.of(
                CaseVariables.PROPERTY.name(),
                property,
                SpecialServiceReportProcess.Var.MONTH.name(),
                month.toString()));
        opened.add(property);
      }
    }
    return opened;
  }

  /** Opens the report with the month's figures; returns its id. */
  @Transactional
  public long prepare(String property, YearMonth month) {
    return reports
        .findByPropertyCodeAndReportMonth(property, month.toString())
        .map(ServiceReport::getId)
        .orElseGet(
            () ->
                reports
                    .save(
                        new ServiceReport(
                            property,
                            month.toString(),
                            clock.now(),
                            dueAt(property, month),
                            json(figures.of(property, month))))
                    .getId());
  }

  /** SVC-10: before the 5th of the next month, i.e. its start in the property's time zone. */
  Instant dueAt(String property, YearMonth month) {
    ZoneId zone = directory.zoneOf(property);
    return month.plusMonths(1).atDay(DUE_DAY).atStartOfDay(zone).toInstant();
  }

  /**
   * For the model: when the head is reminded of a report not yet written, at 09:00 of the day
   * before it is due (the 4th), in the property's time zone.
   */
  public Date reminderAt(Long reportId) {
    ServiceReport report = get(reportId);
    ZoneId zone = directory.zoneOf(report.getPropertyCode());
    return Date.from(
        report
            .getDueAt()
            .atZone(zone)
            .toLocalDate()
            .minusDays(1)
            .atTime(REMINDER_TIME)
            .atZone(zone)
            .toInstant());
  }

  @Transactional
  public void reminded(long id) {
    get(id).reminded(clock.now());
  }

  @Transactional
  public void chased(long id, String note, String by) {
    get(id).chased(note, by, clock.now());
  }

  /** For the model: when the head's report is due. */
  public Date due(Long reportId) {
    return Date.from(get(reportId).getDueAt());
  }

  @Transactional
  public void write(long id, String analysis, String measures, String by) {
    get(id).write(analysis, measures, by, clock.now());
  }

  @Transactional
  public void read(long id, String note, String by) {
    get(id).read(note, by, clock.now());
  }

  @Transactional(readOnly = true)
  public ServiceReport get(long id) {
    return reports
        .findById(id)
        .orElseThrow(() -> new NotFoundException("problem.special-service.report-none", id, ""));
  }

  @Transactional(readOnly = true)
  public ServiceReport of(String property, YearMonth month) {
    return reports
        .findByPropertyCodeAndReportMonth(property, month.toString())
        .orElseThrow(
            () -> new NotFoundException("problem.special-service.report-none", property, month));
  }

  public SpecialServiceFigures.Figures figuresOf(ServiceReport report) {
    try {
      return JSON.readValue(report.getFigures(), SpecialServiceFigures.Figures.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
