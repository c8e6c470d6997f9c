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
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Case timelines and search results as CSV (Commons CSV quoting) and a case as a printable PDF, in
 * the reader's language. The CSV starts with a UTF-8 byte-order mark: Excel on Chinese Windows
 * reads a file without one as GBK and garbles every Chinese character. A case's timeline is in its
 * property's time zone; a search across properties in the company's.
 */
@Component
public class AuditExports {

  private static final Logger log = LoggerFactory.getLogger(AuditExports.class);

  /** UTF-8 byte-order mark, the first character of every CSV the desk writes. */
  static final String BOM = "\uFEFF";

  /** Fonts with Chinese glyphs, tried in order: the desk's data is mostly Chinese. */
  private static final List<String> CJK_FONTS =
      List.of(
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
          "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0",
          "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc,0");

  private final DeskFormat format;
  private final MessageSource messages;
  private final PropertyDirectory properties;

  public AuditExports(DeskFormat format, MessageSource messages, PropertyDirectory properties) {
    this.format = format;
    this.messages = messages;
    this.properties = properties;
  }

  public String timelineCsv(ServiceCase c, List<TimelineEntry> entries, Locale locale) {
    ZoneId zone = properties.zoneOf(c);
    return csv(
        headers(
            locale,
            zone,
            "time",
            "actor",
            "kind",
            "what",
            "detail",
            "rule",
            "process-instance",
            "activity"),
        printer -> {
          for (TimelineEntry e : entries) {
            printer.printRecord(
                DeskFormat.time(e.at(), zone),
                e.actor(),
                label("audit.kind.", e.kind(), locale),
                e.what(),
                e.detail(),
                e.rule(),
                e.processInstanceId(),
                e.activityId());
          }
        });
  }

  public String casesCsv(List<AuditQueries.CaseRow> rows, Locale locale) {
    return csv(
        headers(
            locale,
            format.zone(),
            "case-number",
            "property",
            "category",
            "subcategory",
            "unit",
            "status",
            "received",
            "archived",
            "missed-deadlines"),
        printer -> {
          for (AuditQueries.CaseRow r : rows) {
            printer.printRecord(
                r.caseNumber(),
                r.property(),
                label("audit.category.", r.category(), locale),
                r.subcategory(),
                r.unit(),
                label("audit.status.", r.status(), locale),
                format.time(r.receivedAt()),
                format.time(r.archivedAt()),
                r.missedDeadlines());
          }
        });
  }

  public byte[] casePdf(ServiceCase c, List<TimelineEntry> entries, Locale locale) {
    PropertyDirectory.Settings property = properties.get(c.getPropertyCode());
    ZoneId zone = property.zone();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      BaseFont base = font();
      Font title = new Font(base, 14, Font.BOLD);
      Font body = new Font(base, 8);
      String category =
          label("audit.category.", c.getRequest().category(), locale)
              + (c.getRequest().subcategory() == null ? "" : " / " + c.getRequest().subcategory());
      document.add(
          new Paragraph(text("audit.pdf.title", locale, c.getCaseNumber(), category), title));
      document.add(
          new Paragraph(
              property.name()
                  + " ("
                  + property.code()
                  + ") \u00b7 "
                  + text(
                      "audit.pdf.facts",
                      locale,
                      c.getRequest().unit(),
                      c.getRequest().location(),
                      c.getRequest().residentName(),
                      label("audit.status.", c.getStatus().name(), locale),
                      DeskFormat.time(c.getReceivedAt(), zone))
                  + (c.getArchivedAt() == null
                      ? ""
                      : text(
                          "audit.pdf.archived", locale, DeskFormat.time(c.getArchivedAt(), zone))),
              body));
      document.add(
          new Paragraph(text("audit.pdf.request", locale, c.getRequest().description()), body));
      document.add(new Paragraph(" ", body));
      PdfPTable table = new PdfPTable(new float[] {11, 8, 6, 24, 36, 5});
      table.setWidthPercentage(100);
      for (String header :
          headers(locale, zone, "time", "actor", "kind", "what", "detail", "rule")) {
        table.addCell(new Phrase(header, new Font(base, 8, Font.BOLD)));
      }
      for (TimelineEntry e : entries) {
        for (String cell :
            new String[] {
              DeskFormat.time(e.at(), zone),
              e.actor(),
              label("audit.kind.", e.kind(), locale),
              e.what(),
              e.detail(),
              e.rule()
            }) {
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

  /** Column titles; the time columns name the time zone of their times. */
  private String[] headers(Locale locale, ZoneId zone, String... columns) {
    return java.util.Arrays.stream(columns)
        .map(column -> text("audit.csv." + column, locale, zone.getId()))
        .toArray(String[]::new);
  }

  private String text(String code, Locale locale, Object... args) {
    return messages.getMessage(code, args, locale);
  }

  /** A code's label ("repair" -> 报修), or the code where there is none. */
  private String label(String prefix, String code, Locale locale) {
    return code == null ? null : messages.getMessage(prefix + code, null, code, locale);
  }

  /** A font that shows Chinese in a PDF (the KPI reports use it too). */
  public static BaseFont font() throws DocumentException {
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

  @FunctionalInterface
  private interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }

  private static String csv(String[] header, Rows rows) {
    StringWriter out = new StringWriter().append(BOM);
    try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header).get().print(out)) {
      rows.print(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
