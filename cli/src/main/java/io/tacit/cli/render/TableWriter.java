package io.tacit.cli.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Prints a {@link TableView} as an aligned text table, RFC 4180 CSV or a Markdown table. */
public final class TableWriter {
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
  private static final int MAX_CELL = 80;

  private TableWriter() {}

  public static String text(TableView table) {
    int[] widths = new int[table.headers().size()];
    List<List<String>> rows =
        table.rows().stream().map(r -> r.stream().map(TableWriter::oneLine).toList()).toList();
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width(table.headers().get(i));
      for (List<String> r : rows) {
        widths[i] = Math.max(widths[i], width(r.get(i)));
      }
    }
    StringBuilder out = new StringBuilder();
    appendRow(out, table.headers(), widths);
    for (int i = 0; i < widths.length; i++) {
      out.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
    }
    out.append('\n');
    rows.forEach(r -> appendRow(out, r, widths));
    return out.toString();
  }

  public static String csv(TableView table) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
      printer.printRecord(table.headers());
      for (List<String> row : table.rows()) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static String markdown(TableView table) {
    StringBuilder out = new StringBuilder();
    out.append("| ")
        .append(String.join(" | ", table.headers().stream().map(TableWriter::md).toList()))
        .append(" |\n|");
    table.headers().forEach(h -> out.append(" --- |"));
    out.append('\n');
    for (List<String> row : table.rows()) {
      out.append("| ")
          .append(String.join(" | ", row.stream().map(TableWriter::md).toList()))
          .append(" |\n");
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      line.append(i == 0 ? "" : "  ")
          .append(cell)
          .append(" ".repeat(Math.max(0, widths[i] - width(cell))));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String oneLine(String cell) {
    String s = cell.replace('\n', ' ');
    return s.codePointCount(0, s.length()) > MAX_CELL
        ? s.substring(0, s.offsetByCodePoints(0, MAX_CELL - 1)) + "…"
        : s;
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String md(String cell) {
    return cell.replace("|", "\\|").replace("\n", "<br>");
  }
}
