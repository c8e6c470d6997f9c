package com.residentdesk.survey;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import com.residentdesk.audit.AuditExports;
import com.residentdesk.property.PropertyDirectory;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * QA-05: a survey's results and its corrections as the notice residents read (公告), as an HTML page
 * and as PDF, in Chinese. Names no household.
 */
@Component
class SurveyNotice {

  /** The notice: a title and sections of lines, the same for the page and the PDF. */
  record Notice(String title, List<Section> sections, String footer) {}

  record Section(String heading, List<String> lines) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final SatisfactionSurveys surveys;
  private final CorrectiveActions actions;
  private final PropertyDirectory directory;

  SurveyNotice(
      SatisfactionSurveys surveys, CorrectiveActions actions, PropertyDirectory directory) {
    this.surveys = surveys;
    this.actions = actions;
    this.directory = directory;
  }

  Notice of(long id) {
    SatisfactionSurveys.Results r = surveys.results(id);
    SurveyCampaign campaign = surveys.get(id);
    ZoneId zone = directory.zoneOf(campaign.getPropertyCode());
    String property = directory.get(campaign.getPropertyCode()).name();
    List<Section> sections = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    if (r.opensAt() != null && r.closesAt() != null) {
      summary.add(
          "调查时间："
              + DAY.format(r.opensAt().atZone(zone))
              + " 至 "
              + DAY.format(r.closesAt().minusSeconds(1).atZone(zone)));
    }
    summary.add(
        "发放问卷 "
            + r.sent()
            + " 份，收回 "
            + r.answered()
            + " 份，回收率 "
            + QualityTasks.percent(r.returnRate()));
    summary.add("总体满意率：" + QualityTasks.percent(r.overall()));
    sections.add(new Section("一、调查概况", summary));
    List<String> services = new ArrayList<>();
    for (SatisfactionSurveys.ServiceResult s : r.services()) {
      services.add(s.zh() + "：" + QualityTasks.percent(s.rate()) + "（" + s.answers() + " 份评价）");
    }
    sections.add(new Section("二、各项服务满意率", services));
    if (r.commonOpinions() != null) {
      sections.add(new Section("三、住户的共性意见", List.of(r.commonOpinions().split("\n"))));
    }
    List<String> corrections = new ArrayList<>();
    for (CorrectiveAction a : actions.of(CorrectiveAction.Source.SURVEY, id)) {
      corrections.add(
          a.getDescription()
              + "；负责："
              + QualityTasks.groupName(a.getOwnerGroup())
              + "；期限："
              + DAY.format(a.getDueAt().atZone(zone))
              + "；"
              + (a.getVerifiedAt() != null ? "已完成并经品质部验证" : "整改中"));
    }
    if (corrections.isEmpty()) {
      corrections.add("各项服务均达到目标，我们将继续保持。");
    }
    sections.add(new Section(r.commonOpinions() != null ? "四、整改措施" : "三、整改措施", corrections));
    return new Notice(
        property + "住户满意度调查结果公告",
        sections,
        "感谢各位住户的支持与参与。如有意见，欢迎致电服务中心 "
            + directory.get(campaign.getPropertyCode()).phone()
            + "。\n"
            + property
            + "物业服务中心");
  }

  String html(long id) {
    Notice n = of(id);
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(e(n.title()))
        .append("</title><style>body{font-family:sans-serif;max-width:46rem;margin:1.5rem auto;")
        .append("padding:0 1rem;line-height:1.6}h1{font-size:1.4rem;text-align:center}")
        .append("h2{font-size:1.1rem;margin-top:1.4rem}footer{margin-top:2rem;text-align:right;")
        .append("white-space:pre-line}</style></head><body><h1>")
        .append(e(n.title()))
        .append("</h1>");
    for (Section section : n.sections()) {
      s.append("<h2>").append(e(section.heading())).append("</h2><ul>");
      section.lines().forEach(line -> s.append("<li>").append(e(line)).append("</li>"));
      s.append("</ul>");
    }
    s.append("<footer>").append(e(n.footer())).append("</footer></body></html>");
    return s.toString();
  }

  byte[] pdf(long id) {
    Notice n = of(id);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      BaseFont base = AuditExports.font();
      Font title = new Font(base, 16, Font.BOLD);
      Font heading = new Font(base, 12, Font.BOLD);
      Font body = new Font(base, 11);
      Paragraph head = new Paragraph(n.title(), title);
      head.setAlignment(Paragraph.ALIGN_CENTER);
      document.add(head);
      for (Section section : n.sections()) {
        document.add(new Paragraph(" ", body));
        document.add(new Paragraph(section.heading(), heading));
        for (String line : section.lines()) {
          document.add(new Paragraph("· " + line, body));
        }
      }
      document.add(new Paragraph(" ", body));
      Paragraph footer = new Paragraph(n.footer(), body);
      footer.setAlignment(Paragraph.ALIGN_RIGHT);
      document.add(footer);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static String e(String text) {
    return HtmlUtils.htmlEscape(text);
  }
}
