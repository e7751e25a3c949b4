package io.tacit.coding;

import io.tacit.ProblemList;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as people and spreadsheets write it, read into records that know the line they start on (a
 * quoted cell may span lines, so the parser's line count, which is where a record ends, is not it).
 * A byte-order mark is dropped; rows whose cells are all blank (an empty line, or Excel's {@code
 * ,,,,}) are left out.
 */
public final class CsvText {
  /** One row: its first line (1-based) and its cells as written. */
  public record Record(long line, List<String> cells) {
    public String cell(int i) {
      return i >= 0 && i < cells.size() ? cells.get(i) : "";
    }

    public boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  private static final Pattern START_LINE =
      Pattern.compile("\\(startline ([0-9]+)\\) (.*)", Pattern.DOTALL);

  private CsvText() {}

  /**
   * Every non-blank record, in order. A malformed file (an unbalanced quote) adds one problem at
   * the line where reading stopped, and the records before it are returned.
   */
  public static List<Record> parse(
      String location, String text, char delimiter, ProblemList problems) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    int[] lineStarts = lineStarts(body);
    List<Record> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
      try {
        for (CSVRecord r : parser) {
          Record record =
              new Record(lineOf(body, lineStarts, r.getCharacterPosition()), r.toList());
          if (!record.isBlank()) {
            records.add(record);
          }
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        // Commons CSV names the line where an unclosed quote opened: "(startline 9) EOF ...".
        String message = rootMessage(e);
        long line = parser.getCurrentLineNumber() + 1;
        Matcher m = START_LINE.matcher(message);
        if (m.matches()) {
          line = Long.parseLong(m.group(1));
          message = m.group(2);
        }
        problems.add(
            location,
            line,
            "not readable as CSV (" + message + "); check for an" + " unbalanced quote");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /** The delimiter of a file's first line: a semicolon only if it has semicolons and no commas. */
  public static char sniffDelimiter(String text) {
    int nl = text.indexOf('\n');
    String first = nl < 0 ? text : text.substring(0, nl);
    return first.indexOf(',') < 0 && first.indexOf(';') >= 0 ? ';' : ',';
  }

  private static int[] lineStarts(String s) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean breaks = c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'));
      if (breaks) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  private static long lineOf(String body, int[] lineStarts, long position) {
    int p = (int) Math.min(position, body.length());
    // The parser may count a record from the line break before it; its first cell is after that.
    while (p < body.length() && (body.charAt(p) == '\n' || body.charAt(p) == '\r')) {
      p++;
    }
    int i = Arrays.binarySearch(lineStarts, p);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }
}
