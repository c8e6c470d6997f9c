package com.residentdesk.reports;

import com.residentdesk.survey.SurveyServices;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * QA-04, QA-05 on the dashboard: the satisfaction-survey campaigns that opened in a range of months
 * (their opening day is a day of the property's calendar), how many questionnaires went out and
 * came back, and each service's satisfaction against the target, added up across the properties
 * asked for. Campaigns still being drafted or approved have no figures yet and are left out.
 */
@Service
public class SurveyReport {

  /** One campaign as the dashboard lists it. */
  public record Campaign(
      long id,
      String property,
      String kind,
      String status,
      String opensOn,
      long sent,
      long answered,
      Double returnRate,
      boolean lowReturn,
      long answers,
      long satisfied,
      Double satisfactionRate) {}

  /** One service across the campaigns: answers, satisfied answers (top three levels), share. */
  public record ServiceFigure(
      String service, long answers, long satisfied, Double rate, boolean belowTarget) {}

  public record Totals(
      long campaigns,
      long sent,
      long answered,
      Double returnRate,
      long lowReturn,
      long answers,
      long satisfied,
      Double satisfactionRate) {}

  public record Targets(double satisfactionRate, double returnRate) {}

  public record Figures(
      String from,
      String to,
      List<String> properties,
      Targets targets,
      Totals totals,
      List<Campaign> campaigns,
      List<ServiceFigure> services) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final double targetSatisfaction;
  private final double minReturnRate;

  public SurveyReport(
      NamedParameterJdbcTemplate jdbc,
      @Value("${desk.surveys.target-satisfaction:0.95}") double targetSatisfaction,
      @Value("${desk.surveys.min-return-rate:0.30}") double minReturnRate) {
    this.jdbc = jdbc;
    this.targetSatisfaction = targetSatisfaction;
    this.minReturnRate = minReturnRate;
  }

  @Transactional(readOnly = true)
  public Figures of(YearMonth from, YearMonth to, List<String> properties) {
    Targets targets = new Targets(targetSatisfaction, minReturnRate);
    if (properties.isEmpty()) {
      return new Figures(
          from.toString(),
          to.toString(),
          properties,
          targets,
          new Totals(0, 0, 0, null, 0, 0, 0, null),
          List.of(),
          List.of());
    }
    MapSqlParameterSource params =
        new MapSqlParameterSource("codes", properties)
            .addValue("first", from.atDay(1))
            .addValue("last", to.atEndOfMonth());
    String inRange =
        " c.property_code in (:codes) and c.opened_at is not null"
            + " and c.opens_on between :first and :last";

    // satisfied answers per campaign and per service, counted by the database
    Map<Long, long[]> perCampaign = new LinkedHashMap<>();
    Map<String, long[]> perService = new LinkedHashMap<>();
    SurveyServices.codes().forEach(code -> perService.put(code, new long[2]));
    jdbc.query(
        "select c.id, r.service, count(*) answers,"
            + " sum(case when r.rating >= :satisfiedFrom then 1 else 0 end) satisfied"
            + " from survey_campaign c join survey_questionnaire q on q.campaign_id = c.id"
            + " join survey_rating r on r.questionnaire_id = q.id where"
            + inRange
            + " group by c.id, r.service",
        params.addValue("satisfiedFrom", SurveyServices.SATISFIED_FROM),
        row -> {
          long answers = row.getLong("answers");
          long satisfied = row.getLong("satisfied");
          long[] campaign = perCampaign.computeIfAbsent(row.getLong("id"), id -> new long[2]);
          campaign[0] += answers;
          campaign[1] += satisfied;
          long[] service = perService.computeIfAbsent(row.getString("service"), s -> new long[2]);
          service[0] += answers;
          service[1] += satisfied;
        });

    List<Campaign> campaigns = new ArrayList<>();
    jdbc.query(
        "select c.id, c.property_code, c.kind, c.status, c.opens_on, c.sent, c.answered,"
            + " c.low_return from survey_campaign c where"
            + inRange
            + " order by c.opens_on, c.id",
        params,
        row -> {
          long id = row.getLong("id");
          long sent = row.getLong("sent");
          long answered = row.getLong("answered");
          long[] answers = perCampaign.getOrDefault(id, new long[2]);
          campaigns.add(
              new Campaign(
                  id,
                  row.getString("property_code"),
                  row.getString("kind"),
                  row.getString("status"),
                  row.getDate("opens_on").toLocalDate().toString(),
                  sent,
                  answered,
                  KpiReport.rate(answered, sent),
                  row.getBoolean("low_return"),
                  answers[0],
                  answers[1],
                  KpiReport.rate(answers[1], answers[0])));
        });

    List<ServiceFigure> services = new ArrayList<>();
    long answers = 0;
    long satisfied = 0;
    for (Map.Entry<String, long[]> e : perService.entrySet()) {
      long[] v = e.getValue();
      answers += v[0];
      satisfied += v[1];
      if (v[0] > 0) {
        Double rate = KpiReport.rate(v[1], v[0]);
        services.add(new ServiceFigure(e.getKey(), v[0], v[1], rate, rate < targetSatisfaction));
      }
    }
    long sent = campaigns.stream().mapToLong(Campaign::sent).sum();
    long answered = campaigns.stream().mapToLong(Campaign::answered).sum();
    Totals totals =
        new Totals(
            campaigns.size(),
            sent,
            answered,
            KpiReport.rate(answered, sent),
            campaigns.stream().filter(Campaign::lowReturn).count(),
            answers,
            satisfied,
            KpiReport.rate(satisfied, answers));
    return new Figures(
        from.toString(), to.toString(), properties, targets, totals, campaigns, services);
  }
}
