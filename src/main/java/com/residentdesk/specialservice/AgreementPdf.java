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
import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskFormat;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The special-service agreement (特约服务协议书, SVC-08) as PDF, to print and sign, with the household's
 * confirmation sheet (居家服务确认表, SVC-15): the visits agreed and those delivered. The Chinese font is
 * the audit export's.
 */
@Component
class AgreementPdf {

  private final CaseFiles caseFiles;
  private final PropertyDirectory directory;

  AgreementPdf(CaseFiles caseFiles, PropertyDirectory directory) {
    this.caseFiles = caseFiles;
    this.directory = directory;
  }

  byte[] of(Agreement a, List<AgreementVisit> visits) {
    ServiceCase serviceCase = caseFiles.get(a.getCaseId());
    ZoneId zone = directory.zoneOf(a.getPropertyCode());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      BaseFont base = AuditExports.font();
      Font title = new Font(base, 16, Font.BOLD);
      Font heading = new Font(base, 12, Font.BOLD);
      Font body = new Font(base, 10);
      document.add(new Paragraph(directory.get(a.getPropertyCode()).name() + " 特约服务协议书", title));
      document.add(new Paragraph("编号：" + serviceCase.getCaseNumber(), body));
      document.add(new Paragraph("一、协议条款", heading));
      PdfPTable terms = new PdfPTable(2);
      terms.setWidthPercentage(100);
      row(terms, body, "房号", serviceCase.getRequest().unit());
      row(terms, body, "客户", serviceCase.getRequest().residentName());
      row(terms, body, "服务项目", a.getServiceCode() + " " + a.getServiceNameZh());
      row(terms, body, "协议期限", a.getPeriodStart() + " 至 " + a.getPeriodEnd());
      row(terms, body, "服务安排", a.getSchedule());
      row(terms, body, "约定上门次数", String.valueOf(a.getVisitsAgreed()));
      row(terms, body, "专职服务人员", a.getDedicatedStaff());
      row(
          terms,
          body,
          "协议价格",
          "¥" + a.getAgreedPrice().toPlainString() + "（" + nz(a.getPriceBasis()) + "）");
      row(
          terms,
          body,
          "审批",
          a.getApprovedAt() == null
              ? "（未审批）"
              : nz(a.getApprovedBy()) + " " + DeskFormat.time(a.getApprovedAt(), zone));
      document.add(terms);
      document.add(
          new Paragraph(
              "服务中心如需提前终止本协议，须提前书面通知客户。服务人员上门须说明服务内容和价格，移动贵重物品须征得客户同意，" + "只用对讲机与中心联系。中心每季度上门回访一次。",
              body));
      document.add(new Paragraph("客户签字：____________　日期：____________", body));
      document.add(new Paragraph("服务中心（盖章）：____________　日期：____________", body));
      document.add(
          new Paragraph(
              "二、居家服务确认表（约定 " + a.getVisitsAgreed() + " 次，已上门 " + visits.size() + " 次）", heading));
      PdfPTable sheet = new PdfPTable(4);
      sheet.setWidthPercentage(100);
      row(sheet, body, "序号", "上门时间", "服务人员", "客户确认");
      int n = 0;
      for (AgreementVisit v : visits) {
        row(
            sheet,
            body,
            String.valueOf(++n),
            DeskFormat.time(v.getVisitedAt(), zone),
            v.getRecordedBy(),
            "");
      }
      for (int i = n; i < Math.min(a.getVisitsAgreed(), n + 12); i++) {
        row(sheet, body, String.valueOf(i + 1), "", "", "");
      }
      document.add(sheet);
      document.close();
    } catch (DocumentException ex) {
      throw new IllegalStateException(ex);
    }
    return out.toByteArray();
  }

  private static void row(PdfPTable table, Font font, String... cells) {
    for (String cell : cells) {
      table.addCell(new Paragraph(cell == null ? "" : cell, font));
    }
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
