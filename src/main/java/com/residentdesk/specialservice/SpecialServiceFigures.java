package com.residentdesk.specialservice;

import com.residentdesk.property.PropertyDirectory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month's special-service figures of one property (SVC-02, SVC-09, SVC-10), the month read in
 * the property's time zone. The one query behind both the special-service analysis report and the
 * monthly evaluation (QA-01).
 *
 * <ul>
 *   <li>services: bookings whose service was recorded in the month, plus agreement visits ticked
 *       off in the month; households: {@link Sampling#householdsServed}, each once;
 *   <li>revenue: the charges of those bookings, waived ones excluded (agreements are priced per
 *       period, not per visit);
 *   <li>arrivals in the month: on time, or a punctuality miss (SVC-01); on-time rate, target 100 %;
 *   <li>rework: bookings of the month whose unsatisfactory service was handled as a nonconformity
 *       and corrected (SVC-13), of all services of the month; target below 1 %;
 *   <li>satisfaction: satisfied answers of the month, on the service record and at the sampling
 *       callbacks (SVC-09), of all answers; target at least 95 %;
 *   <li>sampling: the draw made at the start of the month (the households of the month before) and
 *       the callbacks done by the month's end.
 * </ul>
 */
@Service
public class SpecialServiceFigures {

  public static final double ON_TIME_TARGET = 1.0;
  public static final double REWORK_TARGET = 0.01;
  public static final double SATISFACTION_TARGET = 0.95;

  /** One property's month. Rates are null when there is nothing to divide by. */
  public record Figures(
      long services,
      long households,
      BigDecimal revenue,
      long arrivals,
      long onTime,
      Double onTimeRate,
      long punctualityMisses,
      long reworked,
      Double reworkRate,
      long answers,
      long satisfied,
      Double satisfactionRate,
      long samplingRequired,
      long samplingDone) {}

  /** One line of the figures as staff read them: label, value, and the target when there is one. */
  public record Line(String label, String value, String target) {}

  /** The figures in Chinese, for the task forms and the PDFs of both reports. */
  public static List<Line> lines(Figures f) {
    return List.of(
        new Line("服务次数", String.valueOf(f.services()), null),
        new Line("服务户数", String.valueOf(f.households()), null),
        new Line("服务收入", "¥" + f.revenue().toPlainString(), null),
        new Line(
            "准时上门率", percent(f.onTimeRate()) + "（" + f.onTime() + "/" + f.arrivals() + "）", "100%"),
        new Line("上门不准时", f.punctualityMisses() + " 次", null),
        new Line(
            "返工率",
            percent(f.reworkRate()) + "（" + f.reworked() + "/" + f.services() + "）",
            "低于 1%"),
        new Line(
            "满意率",
            percent(f.satisfactionRate()) + "（" + f.satisfied() + "/" + f.answers() + "）",
            "不低于 95%"),
        new Line(
            "抽样回访", "完成 " + f.samplingDone() + " 户 / 应抽 " + f.samplingRequired() + " 户", null));
  }

  /** 98.5%, or – when there was nothing to count. */
  public static String percent(Double rate) {
    return rate == null ? "–" : Math.round(rate * 1000) / 10.0 + "%";
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final PropertyDirectory directory;
  private final Sampling sampling;

  SpecialServiceFigures(
      NamedParameterJdbcTemplate jdbc, PropertyDirectory directory, Sampling sampling) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.sampling = sampling;
  }

  @Transactional(readOnly = true)
  public Figures of(String property, YearMonth month) {
    ZoneId zone = directory.zoneOf(property);
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("property", property)
            .addValue("start", utc(month.atDay(1).atStartOfDay(zone).toInstant()))
            .addValue("end", utc(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
            .addValue("drawn", month.minusMonths(1).toString());
    Map<String, Object> handled =
        jdbc.queryForMap(
            "select count(*) as booked,"
                + " coalesce(sum(case when b.payment <> 'waived' then b.charge else 0 end), 0)"
                + " as revenue,"
                + " coalesce(sum(case when b.nonconformity_cause is not null then 1 else 0 end), 0)"
                + " as reworked,"
                + " coalesce(sum(case when b.satisfied is not null then 1 else 0 end), 0) as answers,"
                + " coalesce(sum(case when b.satisfied = true then 1 else 0 end), 0) as satisfied"
                + " from special_service_booking b join service_case c on c.id = b.case_id"
                + " where c.property_code = :property"
                + " and b.handled_at >= :start and b.handled_at < :end",
            params);
    long visits =
        count(
            "select count(*) from special_service_agreement_visit v"
                + " join special_service_agreement a on a.id = v.agreement_id"
                + " where a.property_code = :property"
                + " and v.visited_at >= :start and v.visited_at < :end",
            params);
    Map<String, Object> arrivals =
        jdbc.queryForMap(
            "select count(*) as arrivals,"
                + " coalesce(sum(case when b.punctuality_missed = true then 1 else 0 end), 0)"
                + " as misses"
                + " from special_service_booking b join service_case c on c.id = b.case_id"
                + " where c.property_code = :property"
                + " and b.arrived_at >= :start and b.arrived_at < :end",
            params);
    Map<String, Object> callbacks =
        jdbc.queryForMap(
            "select count(*) as answers,"
                + " coalesce(sum(case when satisfied = true then 1 else 0 end), 0) as satisfied"
                + " from special_service_sampling where property_code = :property"
                + " and called_at >= :start and called_at < :end",
            params);
    Map<String, Object> draw =
        jdbc.queryForMap(
            "select count(*) as required,"
                + " coalesce(sum(case when called_at < :end then 1 else 0 end), 0) as done"
                + " from special_service_sampling where property_code = :property"
                + " and sampled_month = :drawn",
            params);

    long booked = number(handled, "booked");
    long reworked = number(handled, "reworked");
    long answers = number(handled, "answers") + number(callbacks, "answers");
    long satisfied = number(handled, "satisfied") + number(callbacks, "satisfied");
    long arrived = number(arrivals, "arrivals");
    long misses = number(arrivals, "misses");
    return new Figures(
        booked + visits,
        sampling.householdsServed(property, month).size(),
        money(handled.get("revenue")),
        arrived,
        arrived - misses,
        rate(arrived - misses, arrived),
        misses,
        reworked,
        rate(reworked, booked + visits),
        answers,
        satisfied,
        rate(satisfied, answers),
        number(draw, "required"),
        number(draw, "done"));
  }

  private long count(String sql, MapSqlParameterSource params) {
    Long n = jdbc.queryForObject(sql, params, Long.class);
    return n == null ? 0 : n;
  }

  private static long number(Map<String, Object> row, String column) {
    // queryForMap's row is case-insensitive: H2 answers in capitals, PostgreSQL in lower case
    Object value = row.get(column);
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static BigDecimal money(Object value) {
    return value == null
        ? BigDecimal.ZERO.setScale(2)
        : new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
  }

  private static Double rate(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
