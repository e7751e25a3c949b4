package io.tacit.agreement.table;

import io.tacit.BadInputException;
import io.tacit.agreement.Level;
import io.tacit.agreement.ReliabilityData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a reliability data matrix: a header {@code unit,CODER1,CODER2,...}, then one row per unit
 * with its id and one cell per coder, a category label or a number, blank where the coder did not
 * code the unit. UTF-8, with or without a byte-order mark; RFC 4180 quoting.
 *
 * <p>Categories are numbered deterministically: at the nominal level by sorted label; at the other
 * levels by numeric value (so every rating must be a number, and labels that are the same number,
 * such as {@code 1} and {@code 1.0}, are one category). Every problem in the file is reported at
 * once, with its line, in one {@link BadInputException}. Labels are interned and ratings kept in an
 * {@code int[]}, so a million rows read in about a second. Stateless.
 */
public final class ReliabilityTableReader {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

  private ReliabilityTableReader() {}

  /**
   * Reads {@code file} for analysis at {@code level}.
   *
   * @throws BadInputException if the file is not a reliability data matrix, naming every problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReliabilityTable read(Path file, Level level) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString(), level);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a matrix from {@code reader}; {@code source} names it in messages. */
  public static ReliabilityTable read(Reader reader, String source, Level level)
      throws IOException {
    BufferedReader in = new BufferedReader(reader, 1 << 16);
    skipByteOrderMark(in);
    Problems problems = new Problems(source);
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      try {
        return read(parser, records, source, level, problems);
      } catch (UncheckedIOException e) {
        // Commons CSV reports a quote left open this way, at the end of the file.
        problems.add(
            parser.getCurrentLineNumber(),
            "a quoted cell is not closed before the end"
                + " of the file ("
                + e.getCause().getMessage()
                + "); check the quotes");
        throw problems.exception();
      }
    }
  }

  private static ReliabilityTable read(
      CSVParser parser,
      Iterator<CSVRecord> records,
      String source,
      Level level,
      Problems problems) {
    if (!records.hasNext()) {
      throw new BadInputException(
          source, "the file is empty; start it with a header line unit,CODER1,CODER2,...");
    }
    List<String> coders = header(records.next(), parser.getCurrentLineNumber(), problems);
    problems.throwIfAny();
    TableRows rows = new TableRows(coders.size());
    long read = 0;
    while (records.hasNext() && !problems.full()) {
      rows.add(records.next(), parser.getCurrentLineNumber(), problems);
      read++;
    }
    if (!problems.full()) {
      rows.checkRepeats(problems);
    }
    if (read == 0) {
      problems.add(
          parser.getCurrentLineNumber(),
          "no units below the header; add one row per unit: its id, then each coder's rating");
    }
    problems.throwIfAny();
    ReliabilityData data = Categories.number(rows, coders, level, problems);
    return new ReliabilityTable(source, rows.unitIds(), data);
  }

  private static List<String> header(CSVRecord record, long line, Problems problems) {
    List<String> cells = record.toList();
    if (cells.size() < 3) {
      problems.add(
          line,
          "the header has "
              + Math.max(0, cells.size() - 1)
              + " coder column(s); a reliability table needs a unit column and at least two coder"
              + " columns: unit,CODER1,CODER2");
      return List.of();
    }
    List<String> coders = cells.subList(1, cells.size());
    Map<String, Integer> seen = new HashMap<>();
    for (int c = 0; c < coders.size(); c++) {
      String name = coders.get(c);
      if (name.isEmpty()) {
        problems.add(line, "column " + (c + 2) + " has no coder name; name every coder column");
        continue;
      }
      Integer first = seen.putIfAbsent(name, c + 2);
      if (first != null) {
        problems.add(
            line,
            "coder \""
                + name
                + "\" names columns "
                + first
                + " and "
                + (c + 2)
                + "; give each coder one column");
      }
    }
    return List.copyOf(coders);
  }

  private static void skipByteOrderMark(BufferedReader in) throws IOException {
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
  }
}
