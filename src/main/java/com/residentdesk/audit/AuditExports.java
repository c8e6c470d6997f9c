package com.residentdesk.audit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.system.DeskProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Case timelines and search results as CSV (Commons CSV quoting) and a case as a printable PDF. */
@Component
public class AuditExports {

  private static final Logger log = LoggerFactory.getLogger(AuditExports.class);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** Fonts with Chinese glyphs, tried in order: the desk's data is mostly Chinese. */
  private static final List<String> CJK_FONTS =
      List.of(
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
          "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0",
          "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc,0");

  private final ZoneId zone;

  public AuditExports(DeskProperties properties) {
    this.zone = properties.timeZone();
  }

  public String timelineCsv(List<TimelineEntry> entries) {
    return csv(
        new String[] {
          "time", "actor", "kind", "what", "detail", "rule", "processInstanceId", "activityId"
        },
        printer -> {
          for (TimelineEntry e : entries) {
            printer.printRecord(
                local(e.at()),
                e.actor(),
                e.kind(),
                e.what(),
                e.detail(),
                e.rule(),
                e.processInstanceId(),
                e.activityId());
          }
        });
  }

  public String casesCsv(List<AuditQueries.CaseRow> rows) {
    return csv(
        new String[] {
          "caseNumber",
          "category",
          "subcategory",
          "unit",
          "status",
          "receivedAt",
          "archivedAt",
          "missedDeadlines"
        },
        printer -> {
          for (AuditQueries.CaseRow r : rows) {
            printer.printRecord(
                r.caseNumber(),
                r.category(),
                r.subcategory(),
                r.unit(),
                r.status(),
                local(r.receivedAt()),
                local(r.archivedAt()),
                r.missedDeadlines());
          }
        });
  }

  public byte[] casePdf(ServiceCase c, List<TimelineEntry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      BaseFont base = font();
      Font title = new Font(base, 14, Font.BOLD);
      Font body = new Font(base, 8);
      document.add(
          new Paragraph(
              "Case "
                  + c.getCaseNumber()
                  + " — "
                  + c.getRequest().category()
                  + (c.getRequest().subcategory() == null
                      ? ""
                      : "/" + c.getRequest().subcategory()),
              title));
      document.add(
          new Paragraph(
              "Unit "
                  + c.getRequest().unit()
                  + ", "
                  + c.getRequest().location()
                  + " · Resident: "
                  + c.getRequest().residentName()
                  + " · Status "
                  + c.getStatus()
                  + " · Received "
                  + local(c.getReceivedAt())
                  + (c.getArchivedAt() == null ? "" : " · Archived " + local(c.getArchivedAt())),
              body));
      document.add(new Paragraph("Request: " + c.getRequest().description(), body));
      document.add(new Paragraph(" ", body));
      PdfPTable table = new PdfPTable(new float[] {11, 8, 6, 24, 36, 5});
      table.setWidthPercentage(100);
      for (String header :
          new String[] {"Time (" + zone + ")", "Actor", "Kind", "What", "Detail", "Rule"}) {
        table.addCell(new Phrase(header, new Font(base, 8, Font.BOLD)));
      }
      for (TimelineEntry e : entries) {
        for (String cell :
            new String[] {local(e.at()), e.actor(), e.kind(), e.what(), e.detail(), e.rule()}) {
          table.addCell(new Phrase(cell == null ? "" : cell, body));
        }
      }
      document.add(table);
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot write the case report", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  private BaseFont font() throws DocumentException {
    for (String candidate : CJK_FONTS) {
      if (Files.isReadable(Path.of(candidate.substring(0, candidate.indexOf(','))))) {
        try {
          return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
          log.warn("Font {} could not be loaded: {}", candidate, e.getClass().getSimpleName());
        }
      }
    }
    log.warn(
        "No Chinese font installed (fonts-wqy-microhei): Chinese text in PDF reports will not show");
    try {
      return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String local(Instant at) {
    return at == null ? null : WHEN.format(at.atZone(zone));
  }

  @FunctionalInterface
  private interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }

  private static String csv(String[] header, Rows rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header).get().print(out)) {
      rows.print(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
