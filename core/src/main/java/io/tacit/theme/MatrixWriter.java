package io.tacit.theme;

import io.tacit.transcript.UnitId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a Framework matrix as CSV, Markdown or one self-contained HTML table (no scripts, styles
 * inline, nothing fetched). Cells hold the count of extracts, or with quotes the count and the unit
 * ids to quote from. Stateless.
 */
public final class MatrixWriter {
  /** What a cell shows. */
  public enum Cells {
    COUNT,
    QUOTES
  }

  private MatrixWriter() {}

  public static String csv(FrameworkMatrix m, Cells cells) {
    StringWriter out = new StringWriter();
    try (CSVPrinter p =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
      List<String> header = new ArrayList<>(List.of(m.caseLabel()));
      m.columns().forEach(c -> header.add(c.id()));
      p.printRecord(header);
      for (int r = 0; r < m.cases().size(); r++) {
        List<String> row = new ArrayList<>(List.of(m.cases().get(r)));
        m.cells().get(r).forEach(c -> row.add(text(c, cells)));
        p.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static String markdown(FrameworkMatrix m, Cells cells) {
    StringBuilder out = new StringBuilder("| ").append(md(m.caseLabel()));
    m.columns()
        .forEach(
            c ->
                out.append(" | ").append(md(c.name())).append(" (").append(md(c.id())).append(')'));
    out.append(" |\n|---");
    m.columns().forEach(c -> out.append("|---:"));
    out.append("|\n");
    for (int r = 0; r < m.cases().size(); r++) {
      out.append("| ").append(md(m.cases().get(r)));
      m.cells().get(r).forEach(c -> out.append(" | ").append(md(text(c, cells))));
      out.append(" |\n");
    }
    return out.toString();
  }

  public static String html(FrameworkMatrix m, Cells cells, String title) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title))
        .append("</title>\n</head>\n<body>\n")
        .append("<table style=\"border-collapse:collapse;font-family:sans-serif\">\n<caption>")
        .append(escape(title))
        .append("</caption>\n<thead>\n<tr><th scope=\"col\">")
        .append(escape(m.caseLabel()))
        .append("</th>");
    for (FrameworkMatrix.Column c : m.columns()) {
      out.append("<th scope=\"col\" title=\"")
          .append(escape(c.id()))
          .append("\">")
          .append(escape(c.name()))
          .append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    String td = "<td style=\"border:1px solid #999;padding:4px;vertical-align:top\">";
    for (int r = 0; r < m.cases().size(); r++) {
      out.append("<tr><th scope=\"row\">").append(escape(m.cases().get(r))).append("</th>");
      for (FrameworkMatrix.Cell c : m.cells().get(r)) {
        out.append(td).append(c.count());
        if (cells == Cells.QUOTES && c.count() > 0) {
          out.append("<br><small>").append(escape(String.join(" ", ids(c)))).append("</small>");
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String text(FrameworkMatrix.Cell c, Cells cells) {
    if (cells == Cells.COUNT || c.count() == 0) {
      return String.valueOf(c.count());
    }
    return c.count() + ": " + String.join(" ", ids(c));
  }

  private static List<String> ids(FrameworkMatrix.Cell c) {
    return c.units().stream().map(UnitId::toString).toList();
  }

  /** Text safe in HTML element content and in double-quoted attributes. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  private static String md(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
