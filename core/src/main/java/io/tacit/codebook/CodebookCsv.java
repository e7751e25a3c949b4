package io.tacit.codebook;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a codebook as a spreadsheet: one row per code in tree order, with {@code id, parent, path,
 * name, short, definition, include, exclude, examples, terms, color}; examples are joined by {@code
 * " | "}, terms by {@code "; "}. {@link CodebookCsvReader} reads it back.
 */
final class CodebookCsv {
  static final List<String> COLUMNS =
      List.of(
          "id",
          "parent",
          "path",
          "name",
          "short",
          "definition",
          "include",
          "exclude",
          "examples",
          "terms",
          "color");
  static final String EXAMPLE_SEPARATOR = " | ";
  static final String TERM_SEPARATOR = "; ";
  private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private CodebookCsv() {}

  static String write(Codebook cb) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
      printer.printRecord(COLUMNS);
      for (Code c : cb.all()) {
        List<String> row = new ArrayList<>();
        row.add(c.id());
        row.add(cb.parentOf(c.id()).map(Code::id).orElse(""));
        row.add(cb.path(c.id()));
        row.add(c.name());
        row.add(c.shortDefinition());
        row.add(c.definition());
        row.add(c.include());
        row.add(c.exclude());
        row.add(String.join(EXAMPLE_SEPARATOR, c.examples()));
        row.add(String.join(TERM_SEPARATOR, c.terms()));
        row.add(c.color() == null ? "" : c.color());
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
