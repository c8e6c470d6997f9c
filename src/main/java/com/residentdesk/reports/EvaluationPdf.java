package com.residentdesk.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.residentdesk.audit.AuditExports;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.specialservice.SpecialServiceFigures;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The filed monthly report as PDF (QA-01, QA-06), in Chinese as staff file it: the month's figures
 * against the targets, the complaint statistics, the recurring problems, the analysis and the
 * approval.
 */
@Component
class EvaluationPdf {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MonthlyEvaluations evaluations;
  private final PropertyDirectory directory;

  EvaluationPdf(MonthlyEvaluations evaluations, PropertyDirectory directory) {
    this.evaluations = evaluations;
    this.directory = directory;
  }

  byte[] of(MonthlyEvaluation e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      BaseFont base = AuditExports.font();
      Font title = new Font(base, 16, Font.BOLD);
      Font heading = new Font(base, 12, Font.BOLD);
      Font body = new Font(base, 10);
      ZoneId zone = directory.zoneOf(e.getPropertyCode());
      String property = directory.get(e.getPropertyCode()).name();
      document.add(new Paragraph(property + " " + e.getEvaluatedMonth() + " 月度服务评估报告", title));
      document.add(
          new Paragraph(
              "生成："
                  + time(e.getOpenedAt(), zone)
                  + "　分析截止："
                  + time(e.getDueAt().minusSeconds(60), zone)
                  + "　保存至："
                  + (e.getKeepUntil() == null ? "（未归档）" : e.getKeepUntil()),
              body));

      MonthlyEvaluations.ReportFigures f = evaluations.readFigures(e);
      KpiReport.Totals t = f.kpi().totals();
      document.add(new Paragraph("一、服务指标", heading));
      PdfPTable table = new PdfPTable(3);
      table.setWidthPercentage(100);
      row(table, body, "指标", "本月", "目标");
      row(table, body, "受理量", String.valueOf(t.requests()), "");
      row(table, body, "时限达标率", percent(t.deadlineCompliance()), "100%");
      row(table, body, "返修率", percent(t.reworkRate()), "低于 1%");
      row(table, body, "满意率", percent(t.satisfactionRate()), "95%");
      row(table, body, "回访（满意/已回访）", t.callbacksSatisfied() + " / " + t.callbacksDone(), "");
      row(table, body, "当前未结工单", String.valueOf(t.openCases()), "");
      for (KpiReport.Compliance c : f.kpi().compliance()) {
        if (c.met() + c.missed() > 0) {
          row(
              table,
              body,
              "时限 " + c.rule(),
              percent(c.rate()) + "（" + c.met() + "/" + (c.met() + c.missed()) + "）",
              "100%");
        }
      }
      if (f.specialServices() != null) {
        for (SpecialServiceFigures.Line line : SpecialServiceFigures.lines(f.specialServices())) {
          row(table, body, "特约服务 " + line.label(), line.value(), nz(line.target()));
        }
      }
      document.add(table);

      var c = f.complaints();
      document.add(new Paragraph("二、投诉统计", heading));
      document.add(
          new Paragraph(
              "投诉 "
                  + c.complaints()
                  + " 件；按等级："
                  + c.bySeverity()
                  + "；24 小时内受理率 "
                  + percent(c.acceptanceTimelinessRate())
                  + "；解决率 "
                  + percent(c.resolutionRate())
                  + "；申诉 "
                  + c.appeals()
                  + " 件。",
              body));

      document.add(new Paragraph("三、重复发生的问题", heading));
      var recurring = evaluations.readRecurring(e);
      if (recurring.isEmpty()) {
        document.add(new Paragraph("（没有）", body));
      }
      for (MonthlyEvaluations.Recurring r : recurring) {
        document.add(new Paragraph("· " + evaluations.describe(r), body));
      }

      document.add(new Paragraph("四、分析（" + nz(e.getWrittenBy()) + "）", heading));
      document.add(new Paragraph(nz(e.getAnalysis()), body));
      document.add(new Paragraph("五、原因与预防措施", heading));
      document.add(new Paragraph(nz(e.getPreventiveMeasures()), body));
      document.add(new Paragraph("六、审批", heading));
      document.add(
          new Paragraph(
              e.getApprovedAt() == null
                  ? "（未批准）"
                  : nz(e.getApprovedBy())
                      + " 于 "
                      + time(e.getApprovedAt(), zone)
                      + " 批准。"
                      + nz(e.getApprovalNote()),
              body));
      document.close();
    } catch (DocumentException ex) {
      throw new IllegalStateException(ex);
    }
    return out.toByteArray();
  }

  private static void row(PdfPTable table, Font font, String... cells) {
    for (String cell : cells) {
      table.addCell(new Paragraph(cell, font));
    }
  }

  private static String time(Instant at, ZoneId zone) {
    return at == null ? "" : MINUTE.format(at.atZone(zone));
  }

  private static String percent(Double rate) {
    return rate == null ? "–" : Math.round(rate * 1000) / 10.0 + "%";
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
