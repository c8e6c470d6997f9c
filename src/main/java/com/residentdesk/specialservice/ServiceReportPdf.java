package com.residentdesk.specialservice;

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
import com.residentdesk.system.DeskFormat;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The monthly special-service analysis report (特约服务分析报告, SVC-10) as PDF: the month's figures
 * against the SVC-02 targets, the head's analysis and improvement measures, and quality's reading
 * (SVC-12). The Chinese font is the audit export's.
 */
@Component
class ServiceReportPdf {

  private final ServiceReports reports;
  private final PropertyDirectory directory;

  ServiceReportPdf(ServiceReports reports, PropertyDirectory directory) {
    this.reports = reports;
    this.directory = directory;
  }

  byte[] of(ServiceReport report) {
    ZoneId zone = directory.zoneOf(report.getPropertyCode());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      BaseFont base = AuditExports.font();
      Font title = new Font(base, 16, Font.BOLD);
      Font heading = new Font(base, 12, Font.BOLD);
      Font body = new Font(base, 10);
      document.add(
          new Paragraph(
              directory.get(report.getPropertyCode()).name()
                  + " "
                  + report.getReportMonth()
                  + " 特约服务分析报告",
              title));
      document.add(new Paragraph("须于 " + DeskFormat.time(report.getDueAt(), zone) + " 前提交", body));
      document.add(new Paragraph("一、本月统计", heading));
      PdfPTable table = new PdfPTable(3);
      table.setWidthPercentage(100);
      cells(table, body, "指标", "本月", "目标");
      for (SpecialServiceFigures.Line line :
          SpecialServiceFigures.lines(reports.figuresOf(report))) {
        cells(table, body, line.label(), line.value(), line.target());
      }
      document.add(table);
      document.add(new Paragraph("二、分析", heading));
      document.add(new Paragraph(orPending(report.getAnalysis()), body));
      document.add(new Paragraph("三、改进措施", heading));
      document.add(new Paragraph(orPending(report.getMeasures()), body));
      document.add(
          new Paragraph(
              "撰写："
                  + orPending(report.getWrittenBy())
                  + "　"
                  + DeskFormat.time(report.getWrittenAt(), zone),
              body));
      document.add(
          new Paragraph(
              "经营管理部阅知："
                  + (report.getReadBy() == null
                      ? "（未阅）"
                      : report.getReadBy() + "　" + DeskFormat.time(report.getReadAt(), zone))
                  + (report.getQualityNote() == null ? "" : "　意见：" + report.getQualityNote()),
              body));
      document.close();
    } catch (DocumentException ex) {
      throw new IllegalStateException(ex);
    }
    return out.toByteArray();
  }

  private static void cells(PdfPTable table, Font font, String... cells) {
    for (String cell : cells) {
      table.addCell(new Paragraph(cell == null ? "" : cell, font));
    }
  }

  private static String orPending(String text) {
    return text == null ? "（未填写）" : text;
  }
}
