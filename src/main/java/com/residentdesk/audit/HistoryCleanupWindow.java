package com.residentdesk.audit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * QA-06: the engine removes expired history in a nightly window. The engine reads the window in the
 * server's time zone; the desk states it in the property's, so it is translated here.
 */
@Component
public class HistoryCleanupWindow extends AbstractProcessEnginePlugin {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private final LocalTime start;
  private final LocalTime end;
  private final ZoneId propertyZone;

  public HistoryCleanupWindow(
      @Value("${desk.retention.cleanup-window-start}") LocalTime start,
      @Value("${desk.retention.cleanup-window-end}") LocalTime end,
      @Value("${desk.time-zone}") ZoneId propertyZone) {
    this.start = start;
    this.end = end;
    this.propertyZone = propertyZone;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryCleanupBatchWindowStartTime(serverTime(start));
    configuration.setHistoryCleanupBatchWindowEndTime(serverTime(end));
  }

  String serverTime(LocalTime propertyTime) {
    return HH_MM.format(
        LocalDate.now(propertyZone)
            .atTime(propertyTime)
            .atZone(propertyZone)
            .withZoneSameInstant(ZoneId.systemDefault())
            .toLocalTime());
  }
}
