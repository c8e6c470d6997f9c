package com.residentdesk.reports;

import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * QA-01: counts the KPI months nobody has counted yet, or whose cases changed since ({@link
 * KpiRollups}), before a reader asks for them, so the first reader of a year does not wait for the
 * counting (~16 s for a company-wide year at 1,000,000 cases, BENCHMARKS.md §7c). The {@code
 * kpi-warm-up} process (processes/reports/) calls it nightly and every hour on the 1st: its timer
 * job runs on one node of a cluster only. For every property, the closed months of the last {@code
 * desk.kpi.warm-up-months} (24, the two years the reports are kept, QA-06) in the property's time
 * zone; a month that is fresh costs one look-up, not a count.
 */
@Service
public class KpiWarmUp {

  private final KpiRollups rollups;
  private final PropertyDirectory directory;
  private final DeskClock clock;
  private final boolean rollupsOn;
  private final int months;
  private final int nightHour;

  KpiWarmUp(
      KpiRollups rollups,
      PropertyDirectory directory,
      DeskClock clock,
      @Value("${desk.kpi.rollups:true}") boolean rollupsOn,
      @Value("${desk.kpi.warm-up-months:24}") int months,
      @Value("${desk.kpi.warm-up-night-hour:2}") int nightHour) {
    this.rollups = rollups;
    this.directory = directory;
    this.clock = clock;
    this.rollupsOn = rollupsOn;
    this.months = months;
    this.nightHour = nightHour;
  }

  /** The hourly call: at night everything not fresh, else only the months never counted. */
  public Map<ZoneId, List<YearMonth>> warmUp() {
    return warmUp(clock.nowInCompanyZone().getHour() == nightHour);
  }

  /**
   * Counts the closed months without counts and, with {@code changedToo}, those not fresh; returns
   * the closed months looked at, per time zone.
   */
  public Map<ZoneId, List<YearMonth>> warmUp(boolean changedToo) {
    Map<ZoneId, List<YearMonth>> looked = new LinkedHashMap<>();
    if (!rollupsOn || months <= 0) {
      return looked;
    }
    Instant now = clock.now();
    Map<ZoneId, List<String>> byZone = new LinkedHashMap<>();
    directory
        .codes()
        .forEach(p -> byZone.computeIfAbsent(directory.zoneOf(p), z -> new ArrayList<>()).add(p));
    byZone.forEach(
        (zone, properties) -> {
          YearMonth current = YearMonth.from(now.atZone(zone));
          KpiReport.Filter lastMonths =
              new KpiReport.Filter(
                  current.minusMonths(months), current, properties, null, null, null);
          List<YearMonth> closed = KpiRollups.closedMonths(lastMonths, zone, now);
          if (changedToo && !closed.isEmpty()) {
            rollups.refresh(properties, closed, zone, now);
          } else if (!closed.isEmpty()) {
            rollups.countMissing(properties, closed, zone, now);
          }
          looked.put(zone, closed);
        });
    return looked;
  }
}
