package com.residentdesk.specialservice;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SVC-09: the monthly sampling callbacks. On the 1st the households each property served with a
 * special service in the month just ended (a booking's visit recorded, or a visit of an agreement;
 * each household once, the month as the property's time zone reads it) are counted and a random
 * sample of them drawn: at least 10 % when more than 300, 20 % for 100 to 300, 30 % below 100,
 * rounded up, at least one. Each sampled household gets a callback.
 */
@Service("specialServiceSampling")
public class Sampling {

  private final SamplingCallbackRepository samples;
  private final NamedParameterJdbcTemplate jdbc;
  private final PropertyDirectory directory;
  private final RuntimeService runtime;
  private final DeskClock clock;
  private final Random random;

  Sampling(
      SamplingCallbackRepository samples,
      NamedParameterJdbcTemplate jdbc,
      PropertyDirectory directory,
      RuntimeService runtime,
      DeskClock clock) {
    this.samples = samples;
    this.jdbc = jdbc;
    this.directory = directory;
    this.runtime = runtime;
    this.clock = clock;
    this.random = new SecureRandom();
  }

  /** SVC-09: how many of the households served must be called back. */
  public static int sampleSize(int householdsServed) {
    if (householdsServed <= 0) {
      return 0;
    }
    int percent = householdsServed > 300 ? 10 : householdsServed >= 100 ? 20 : 30;
    int size = (householdsServed * percent + 99) / 100;
    return Math.max(1, Math.min(size, householdsServed));
  }

  /** The month just ended, as the company's zone reads the date now. */
  public YearMonth lastMonth() {
    return YearMonth.from(clock.nowInCompanyZone()).minusMonths(1);
  }

  /**
   * The households (units) the property served with a special service in the month, each once, in
   * the order of their unit.
   */
  public List<String> householdsServed(String property, YearMonth month) {
    ZoneId zone = directory.zoneOf(property);
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("property", property)
            .addValue("start", utc(month.atDay(1).atStartOfDay(zone).toInstant()))
            .addValue("end", utc(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
    return jdbc.queryForList(
        "select c.unit from special_service_booking b join service_case c on c.id = b.case_id"
            + " where c.property_code = :property and b.handled_at >= :start"
            + " and b.handled_at < :end"
            + " union"
            + " select c.unit from special_service_agreement_visit v"
            + " join special_service_agreement a on a.id = v.agreement_id"
            + " join service_case c on c.id = a.case_id"
            + " where a.property_code = :property and v.visited_at >= :start"
            + " and v.visited_at < :end"
            + " order by 1",
        params,
        String.class);
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /**
   * Draws the month's sample of every property that has none yet and starts a callback for each
   * sampled household (a timer fired twice draws nothing twice). Returns the samples drawn.
   */
  @Transactional
  public List<SamplingCallback> drawAll(YearMonth month) {
    List<SamplingCallback> drawn = new ArrayList<>();
    for (String property : directory.codes()) {
      if (!samples.findByPropertyCodeAndSampledMonth(property, month.toString()).isEmpty()) {
        continue;
      }
      List<String> served = new ArrayList<>(householdsServed(property, month));
      int size = sampleSize(served.size());
      Collections.shuffle(served, random);
      for (String unit : served.subList(0, size)) {
        SamplingCallback sample =
            samples.save(
                new SamplingCallback(
                    property, month.toString(), unit, served.size(), size, clock.now()));
        runtime.startProcessInstanceByKey(
            SamplingProcess.KEY,
            "sampling:" + property + ":" + month + ":" + unit,
            Map.of(
                CaseVariables.PROPERTY.name(),
                property,
                SamplingProcess.Var.SAMPLING_ID.name(),
                sample.getId()));
        drawn.add(sample);
      }
    }
    return drawn;
  }

  public SamplingCallback get(Long id) {
    return samples
        .findById(id)
        .orElseThrow(() -> new IllegalStateException("No sampling callback " + id));
  }

  public List<SamplingCallback> of(String property, YearMonth month) {
    return samples.findByPropertyCodeAndSampledMonth(property, month.toString());
  }
}
