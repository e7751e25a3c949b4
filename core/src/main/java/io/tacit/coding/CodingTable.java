package io.tacit.coding;

import io.tacit.ProblemList;
import io.tacit.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A coding file as written, before its codings are checked against transcripts and codebook: a
 * coder's file ({@code coding/CODER.csv}) or a file for {@code tacit code import}. The columns
 * {@code doc,start,end,code} are required, {@code memo} and {@code created} optional, others kept
 * as they are; column names ignore case and surrounding spaces. Every row has whole-number offsets
 * with {@code 0 <= start < end}. Rows keep the line they start on, for messages. Immutable.
 *
 * <p>This is the one reader of coding files: {@link CodingCheck} turns its rows into {@link
 * Coding}s, and views that need less (how often each code is used, which transcripts are coded, the
 * search index) read the rows directly.
 */
public final class CodingTable {
  public static final List<String> REQUIRED = List.of("doc", "start", "end", "code");

  /** One row: the line it starts on, its cells in header order, and its offsets. */
  public record Row(long line, List<String> cells, Span span) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  private final String location;
  private final List<String> header;
  private final List<Row> rows;
  private final String lineEnd;
  // Where the named columns are, looked up once rather than for every row.
  private final int docColumn;
  private final int codeColumn;
  private final int memoColumn;
  private final int createdColumn;

  CodingTable(String location, List<String> header, List<Row> rows, String lineEnd) {
    this.location = location;
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
    this.lineEnd = lineEnd;
    this.docColumn = this.header.indexOf("doc");
    this.codeColumn = this.header.indexOf("code");
    this.memoColumn = this.header.indexOf("memo");
    this.createdColumn = this.header.indexOf("created");
  }

  /**
   * A table {@link #read} made before, as the project's derived cache keeps it: a header with the
   * required columns once each, and rows of one cell per column.
   *
   * @throws IllegalArgumentException if the parts are not such a table
   */
  public static CodingTable restore(
      String location, List<String> header, List<Row> rows, String lineEnd) {
    List<String> named = header.stream().filter(h -> !h.isEmpty()).toList();
    if (!header.containsAll(REQUIRED) || named.stream().distinct().count() != named.size()) {
      throw new IllegalArgumentException("not the header of a coding file: " + header);
    }
    for (Row r : rows) {
      if (r.cells().size() != header.size()) {
        throw new IllegalArgumentException("a row of " + r.cells().size() + " cells");
      }
    }
    return new CodingTable(location, header, rows, lineEnd);
  }

  /**
   * Reads a coding file.
   *
   * @param location the file as messages name it ({@code coding/lead.csv}, {@code import.csv})
   * @throws io.tacit.BadInputException listing every problem, each at its line
   */
  public static CodingTable read(String location, String text) {
    ProblemList problems = new ProblemList();
    CodingTable table = read(location, text, problems);
    problems.throwIfAny();
    return table;
  }

  /**
   * Reads a coding file, adding its problems to {@code problems}; rows with a problem are left out,
   * and a file without the required columns has no rows.
   */
  public static CodingTable read(String location, String text, ProblemList problems) {
    String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
    List<CsvText.Record> records = CsvText.parse(location, text, ',', problems);
    if (records.isEmpty()) {
      // An empty file has no codings yet; one that failed to parse has its problem already.
      return new CodingTable(location, CodingCsv.HEADER, List.of(), lineEnd);
    }
    CsvText.Record first = records.get(0);
    List<String> header = header(first.cells());
    List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      problems.add(
          location,
          first.line(),
          "the header lacks "
              + String.join(", ", missing)
              + "; a coding file starts with "
              + String.join(",", CodingCsv.HEADER));
      return new CodingTable(location, header, List.of(), lineEnd);
    }
    List<String> duplicated =
        header.stream()
            .filter(h -> !h.isEmpty())
            .filter(h -> header.indexOf(h) != header.lastIndexOf(h))
            .distinct()
            .toList();
    if (!duplicated.isEmpty()) {
      problems.add(
          location,
          first.line(),
          "the header names " + String.join(", ", duplicated) + " twice; keep one column of each");
      return new CodingTable(location, header, List.of(), lineEnd);
    }
    CodingTable shape = new CodingTable(location, header, List.of(), lineEnd);
    int needed = REQUIRED.stream().mapToInt(header::indexOf).max().orElseThrow() + 1;
    List<Row> rows = new ArrayList<>(records.size());
    for (CsvText.Record r : records.subList(1, records.size())) {
      shape.row(r, needed, problems, rows);
    }
    return new CodingTable(location, header, rows, lineEnd);
  }

  /** Column names as written, compared without case or surrounding spaces; trailing blanks go. */
  private static List<String> header(List<String> cells) {
    List<String> names = new ArrayList<>();
    cells.forEach(c -> names.add(c.strip().toLowerCase(Locale.ROOT)));
    while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
      names.remove(names.size() - 1);
    }
    return names;
  }

  private void row(CsvText.Record r, int needed, ProblemList problems, List<Row> rows) {
    List<String> written = r.cells();
    boolean extraFilled = false;
    for (int i = header.size(); i < written.size() && !extraFilled; i++) {
      extraFilled = !written.get(i).isBlank();
    }
    if (written.size() < needed || extraFilled) {
      problems.add(
          location,
          r.line(),
          "this row has "
              + written.size()
              + " cells but the header"
              + " has "
              + header.size()
              + "; fix the row");
      return;
    }
    // One cell per column: missing ones empty, blank ones past the header dropped.
    String[] cells = new String[header.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = i < written.size() ? written.get(i) : "";
    }
    int before = problems.size();
    int start = offset(cells, "start", r.line(), problems);
    int end = offset(cells, "end", r.line(), problems);
    if (problems.size() > before) {
      return;
    }
    if (end <= start) {
      problems.add(
          location,
          r.line(),
          "end "
              + end
              + " is not after start "
              + start
              + "; a"
              + " coding covers at least one character (offsets are half-open: start <= x < end)");
      return;
    }
    rows.add(new Row(r.line(), List.of(cells), Span.of(start, end)));
  }

  /** {@code -?[0-9]{1,9}}, by hand: this runs twice for every row of every coding file. */
  private static boolean isWholeNumber(String value) {
    int from = value.startsWith("-") ? 1 : 0;
    int digits = value.length() - from;
    if (digits < 1 || digits > 9) {
      return false;
    }
    for (int i = from; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private int offset(String[] cells, String column, long line, ProblemList problems) {
    String value = cells[header.indexOf(column)].strip();
    if (!isWholeNumber(value)) {
      problems.add(
          location, line, column + " \"" + value + "\" is not a whole number; fix the row");
      return -1;
    }
    int n = Integer.parseInt(value);
    if (n < 0) {
      problems.add(
          location,
          line,
          column
              + " "
              + n
              + " is negative; offsets count code points"
              + " from 0, the start of the transcript");
    }
    return n;
  }

  public String location() {
    return location;
  }

  /** Column names, lower case, in the file's order. */
  public List<String> header() {
    return header;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The file's line end, kept when a file is rewritten in place (see {@link #recode}). */
  public String lineEnd() {
    return lineEnd;
  }

  /** {@code coding/lead.csv:14}, for messages about a row. */
  public String where(Row row) {
    return location + ":" + row.line();
  }

  public String doc(Row row) {
    return cell(row.cells(), docColumn).strip();
  }

  public String code(Row row) {
    return cell(row.cells(), codeColumn).strip();
  }

  /** The memo; empty when the file has no memo column. */
  public String memo(Row row) {
    return cell(row.cells(), memoColumn);
  }

  /** The created time as written; empty when the file has no created column. */
  public String created(Row row) {
    return cell(row.cells(), createdColumn).strip();
  }

  private static String cell(List<String> cells, int column) {
    return column < 0 ? "" : cells.get(column);
  }

  String cell(List<String> cells, String column) {
    int i = header.indexOf(column);
    return i < 0 ? "" : cells.get(i);
  }

  /** A file after recoding: its new text, and how many codings changed or went away. */
  public record Recoded(String text, int recoded, int dropped) {}

  /**
   * This file with code {@code from} recoded as {@code into}, as the codebook's merge needs it:
   * every other cell, column and the line ends stay as they were. Codings that become the same
   * (doc, start, end, code) are kept once, with the earliest {@code created} and their memos
   * together; rows are sorted by doc, start, end and code.
   *
   * @return empty when no coding has code {@code from}
   */
  public Optional<Recoded> recode(String from, String into) {
    int recoded = 0;
    int code = header.indexOf("code");
    Map<List<Object>, List<String>> byKey = new LinkedHashMap<>();
    for (Row r : rows) {
      List<String> cells = new ArrayList<>(r.cells());
      if (code(r).equals(from)) {
        cells.set(code, into);
        recoded++;
      }
      byKey.merge(List.of(doc(r), r.span(), cells.get(code).strip()), cells, this::combine);
    }
    if (recoded == 0) {
      return Optional.empty();
    }
    List<List<String>> kept = new ArrayList<>(byKey.values());
    kept.sort(
        Comparator.<List<String>, String>comparing(c -> cell(c, "doc").strip())
            .thenComparing(this::spanOf)
            .thenComparing(c -> cell(c, "code").strip()));
    return Optional.of(
        new Recoded(CodingCsv.render(header, kept, lineEnd), recoded, rows.size() - kept.size()));
  }

  /** The span of cells that were checked when read. */
  private Span spanOf(List<String> cells) {
    return Span.of(
        Integer.parseInt(cell(cells, "start").strip()),
        Integer.parseInt(cell(cells, "end").strip()));
  }

  /** Two codings of one span with one code: the earlier stays, and keeps both memos. */
  private List<String> combine(List<String> kept, List<String> other) {
    boolean otherFirst = cell(other, "created").compareTo(cell(kept, "created")) < 0;
    List<String> earlier = new ArrayList<>(otherFirst ? other : kept);
    String a = cell(earlier, "memo");
    String b = cell(otherFirst ? kept : other, "memo");
    int memo = header.indexOf("memo");
    if (memo >= 0 && !b.isEmpty() && !List.of(a.split(" \\| ")).contains(b)) {
      earlier.set(memo, a.isEmpty() ? b : a + " | " + b);
    }
    return earlier;
  }
}
