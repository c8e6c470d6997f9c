package com.residentdesk.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The KPI figures as one CSV table (UTF-8 with a byte-order mark, so that Excel reads the Chinese):
 * figure, item, period, count, out of, rate; headings and names in the reader's language, codes as
 * they are.
 */
@Component
class KpiExport {

  private static final String BOM = "\uFEFF";

  private final MessageSource messages;

  KpiExport(MessageSource messages) {
    this.messages = messages;
  }

  String csv(KpiReport.Figures f, Locale locale) {
    StringWriter out = new StringWriter().append(BOM);
    String[] header = header(locale);
    String range = f.from() + ".." + f.to();
    try (CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(header).get().print(out)) {
      KpiReport.Totals t = f.totals();
      row(p, locale, "requests", "", range, t.requests(), null, null);
      row(p, locale, "rework", "", range, t.reworked(), t.handled(), t.reworkRate());
      row(
          p,
          locale,
          "satisfaction",
          "",
          range,
          t.satisfied(),
          t.satisfactionAnswers(),
          t.satisfactionRate());
      row(p, locale, "callbacks", "", range, t.callbacksSatisfied(), t.callbacksDone(), null);
      row(
          p,
          locale,
          "deadlines",
          "",
          range,
          t.deadlinesMet(),
          t.deadlinesMet() + t.deadlinesMissed(),
          t.deadlineCompliance());
      row(p, locale, "complaints", "", range, t.complaints(), null, null);
      row(p, locale, "open", "", "", t.openCases(), null, null);
      for (KpiReport.Day day : f.requestsPerDay()) {
        for (Map.Entry<String, Long> e : day.byCategory().entrySet()) {
          row(
              p,
              locale,
              "per-day-category",
              category(e.getKey(), locale),
              day.day(),
              e.getValue(),
              null,
              null);
        }
        for (Map.Entry<String, Long> e : day.byChannel().entrySet()) {
          row(
              p,
              locale,
              "per-day-channel",
              channel(e.getKey(), locale),
              day.day(),
              e.getValue(),
              null,
              null);
        }
      }
      for (KpiReport.Compliance c : f.compliance()) {
        row(p, locale, "compliance", c.rule(), c.month(), c.met(), c.met() + c.missed(), c.rate());
      }
      for (KpiReport.Month m : f.months()) {
        row(p, locale, "rework", "", m.month(), m.reworked(), m.handled(), m.reworkRate());
        row(
            p,
            locale,
            "satisfaction",
            "",
            m.month(),
            m.satisfied(),
            m.satisfactionAnswers(),
            m.satisfactionRate());
        row(p, locale, "callbacks", "", m.month(), m.callbacksSatisfied(), m.callbacksDone(), null);
      }
      for (Map.Entry<String, Long> e : f.complaintsBySeverity().entrySet()) {
        row(
            p,
            locale,
            "complaints",
            text("reports.severity." + e.getKey(), locale),
            range,
            e.getValue(),
            null,
            null);
      }
      for (Map.Entry<String, Long> e : f.openCasesByAge().entrySet()) {
        row(
            p,
            locale,
            "open",
            text("reports.age." + e.getKey(), locale),
            "",
            e.getValue(),
            null,
            null);
      }
      for (KpiReport.Group g : f.byTeam()) {
        row(p, locale, "team", g.name(), range, g.requests(), null, g.satisfactionRate());
      }
      for (KpiReport.Group g : f.byHandler()) {
        row(p, locale, "handler", g.name(), range, g.requests(), null, g.satisfactionRate());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** QA-04, QA-05: the survey figures in the same columns. */
  String csv(SurveyReport.Figures f, Locale locale) {
    StringWriter out = new StringWriter().append(BOM);
    String range = f.from() + ".." + f.to();
    try (CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(header(locale)).get().print(out)) {
      SurveyReport.Totals t = f.totals();
      row(p, locale, "survey-campaigns", "", range, t.campaigns(), null, null);
      row(p, locale, "survey-low-return", "", range, t.lowReturn(), t.campaigns(), null);
      row(p, locale, "survey-return", "", range, t.answered(), t.sent(), t.returnRate());
      row(
          p,
          locale,
          "survey-satisfaction",
          "",
          range,
          t.satisfied(),
          t.answers(),
          t.satisfactionRate());
      for (SurveyReport.ServiceFigure s : f.services()) {
        row(
            p,
            locale,
            "survey-service",
            service(s.service(), locale),
            range,
            s.satisfied(),
            s.answers(),
            s.rate());
      }
      for (SurveyReport.Campaign c : f.campaigns()) {
        String item = c.property() + " #" + c.id();
        row(p, locale, "survey-return", item, c.opensOn(), c.answered(), c.sent(), c.returnRate());
        row(
            p,
            locale,
            "survey-satisfaction",
            item,
            c.opensOn(),
            c.satisfied(),
            c.answers(),
            c.satisfactionRate());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private String[] header(Locale locale) {
    return new String[] {
      text("reports.csv.figure", locale),
      text("reports.csv.item", locale),
      text("reports.csv.period", locale),
      text("reports.csv.count", locale),
      text("reports.csv.base", locale),
      text("reports.csv.rate", locale)
    };
  }

  private static String service(String code, Locale locale) {
    return com.residentdesk.survey.SurveyServices.find(code)
        .map(s -> "zh".equals(locale.getLanguage()) ? s.zh() : s.en())
        .orElse(code);
  }

  private void row(
      CSVPrinter p,
      Locale locale,
      String figure,
      String item,
      String period,
      long count,
      Long base,
      Double rate)
      throws IOException {
    p.printRecord(
        text("reports.figure." + figure, locale),
        item,
        period,
        count,
        base == null ? "" : base,
        rate == null ? "" : rate);
  }

  private String category(String code, Locale locale) {
    return messages.getMessage("audit.category." + code, null, code, locale);
  }

  private String channel(String code, Locale locale) {
    return messages.getMessage("reports.channel." + code, null, code, locale);
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
