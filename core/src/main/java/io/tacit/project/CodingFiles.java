package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.codebook.Codebook;
import io.tacit.text.Ids;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The codebook's view of the coders' files, coding/CODER.csv ({@code doc,start,end,code,memo,
 * created}, RFC 4180): which codes they use, and recoding one code as another when codes merge.
 */
final class CodingFiles {
  static final String DIR = "coding";
  private static final CSVFormat READ = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

  /** A coder file after recoding: its new text, and how many codings changed or went away. */
  record Recoded(String text, int recoded, int dropped) {}

  private CodingFiles() {}

  /** coding/*.csv whose names are coder ids, sorted by coder. */
  static List<Path> coderFiles(Path codingDir) {
    if (!Files.isDirectory(codingDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(codingDir)) {
      return files.filter(p -> Ids.isValid(coder(p)) && p.toString().endsWith(".csv")).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String coder(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
  }

  static CodeUsage usage(Path codingDir) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Path f : coderFiles(codingDir)) {
      String coder = coder(f);
      Table table = read(f);
      for (List<String> r : table.rows()) {
        counts.computeIfAbsent(r.get(table.code()), k -> new HashMap<>())
            .merge(coder, 1, Integer::sum);
      }
    }
    return new CodeUsage(counts);
  }

  /**
   * The file with code {@code from} recoded as {@code into}: codings that become the same
   * (doc, start, end, code) are kept once, with the earliest {@code created} and their memos
   * together; rows stay sorted by doc, start, end and code.
   *
   * @return empty when the file has no coding with {@code from}
   */
  static Optional<Recoded> recode(Path file, String from, String into) {
    Table table = read(file);
    int recoded = 0;
    Map<List<String>, List<String>> byKey = new LinkedHashMap<>();
    for (List<String> r : table.rows()) {
      List<String> cells = new ArrayList<>(r);
      if (cells.get(table.code()).equals(from)) {
        cells.set(table.code(), into);
        recoded++;
      }
      byKey.merge(table.key(cells), cells, table::combine);
    }
    if (recoded == 0) {
      return Optional.empty();
    }
    List<List<String>> rows = new ArrayList<>(byKey.values());
    rows.sort(table.order());
    StringWriter out = new StringWriter();
    CSVFormat write = CSVFormat.RFC4180.builder().setRecordSeparator(table.lineEnd()).get();
    try (CSVPrinter printer = new CSVPrinter(out, write)) {
      printer.printRecord(table.header());
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(new Recoded(out.toString(), recoded, table.rows().size() - rows.size()));
  }

  /** One problem per coding whose code the codebook does not have, at its file and line. */
  static List<Problem> unknownCodes(Path codingDir, Codebook codebook) {
    Set<String> known = codebook.byId().keySet();
    List<Problem> problems = new ArrayList<>();
    for (Path f : coderFiles(codingDir)) {
      Table table = read(f);
      for (int i = 0; i < table.rows().size(); i++) {
        String code = table.rows().get(i).get(table.code());
        if (!known.contains(code)) {
          problems.add(Codebook.unknownCode(code, table.location() + ":" + table.lines().get(i)));
        }
      }
    }
    return problems;
  }

  private static Table read(Path file) {
    String location = DIR + "/" + file.getFileName();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(location, "cannot be read (" + e.getMessage() + ")", e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (CSVParser parser = CSVParser.parse(new StringReader(text), READ)) {
      List<String> header = parser.getHeaderNames();
      int code = header.indexOf("code");
      if (code < 0) {
        throw new BadInputException(location + ":1", "no \"code\" column; a coding file starts"
            + " with the header doc,start,end,code,memo,created");
      }
      List<List<String>> rows = new ArrayList<>();
      List<Long> lines = new ArrayList<>();
      List<Problem> problems = new ArrayList<>();
      for (CSVRecord r : parser) {
        long line = parser.getCurrentLineNumber();
        if (r.size() != header.size()) {
          problems.add(Problem.at(location, line, "this row has " + r.size() + " cells but the"
              + " header has " + header.size() + "; fix the row"));
          continue;
        }
        for (String column : List.of("start", "end")) {
          int i = header.indexOf(column);
          if (i >= 0 && !r.get(i).strip().matches("\\d{1,18}")) {
            problems.add(Problem.at(location, line, column + " \"" + r.get(i) + "\" is not a"
                + " whole number; fix the row"));
          }
        }
        rows.add(r.toList());
        lines.add(line);
      }
      if (!problems.isEmpty()) {
        throw new BadInputException(problems);
      }
      return new Table(location, header, rows, lines, text.contains("\r\n") ? "\r\n" : "\n");
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new BadInputException(location, "not readable as CSV (" + e.getMessage() + ")");
    }
  }

  /** A coder file's rows with their lines, and where its columns are. */
  private record Table(String location, List<String> header, List<List<String>> rows,
      List<Long> lines, String lineEnd) {
    int code() {
      return header.indexOf("code");
    }

    private String cell(List<String> cells, String column) {
      int i = header.indexOf(column);
      return i < 0 ? "" : cells.get(i);
    }

    List<String> key(List<String> cells) {
      return List.of(cell(cells, "doc"), cell(cells, "start"), cell(cells, "end"),
          cell(cells, "code"));
    }

    /** Two codings of one span with one code: the earlier stays, and keeps both memos. */
    List<String> combine(List<String> kept, List<String> other) {
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

    Comparator<List<String>> order() {
      return Comparator.<List<String>, String>comparing(r -> cell(r, "doc"))
          .thenComparingLong(r -> number(r, "start"))
          .thenComparingLong(r -> number(r, "end"))
          .thenComparing(r -> cell(r, "code"));
    }

    /** Checked when read: a whole number, or 0 when the file has no such column. */
    private long number(List<String> cells, String column) {
      String value = cell(cells, column);
      return value.isEmpty() ? 0 : Long.parseLong(value.strip());
    }
  }
}
