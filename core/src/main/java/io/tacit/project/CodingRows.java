package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.search.CodedSpan;
import io.tacit.text.Ids;
import io.tacit.text.Span;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the rows of every coder's file, coding/CODER.csv ({@code doc,start,end,code,memo,created}),
 * as far as the search index needs them: who applied which code where. Deliberately minimal:
 * checking codings against the codebook and the transcripts belongs to the coding package.
 */
final class CodingRows {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
  private static final List<String> REQUIRED = List.of("doc", "start", "end", "code");

  private CodingRows() {}

  /** @throws BadInputException listing every unreadable file and row, with its line */
  static List<CodedSpan> read(Path codingDir) {
    List<CodedSpan> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path f : files(codingDir)) {
      read(f, rows, problems);
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return rows;
  }

  static List<Path> files(Path codingDir) {
    if (!Files.isDirectory(codingDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(codingDir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void read(Path f, List<CodedSpan> rows, List<Problem> problems) {
    String name = "coding/" + f.getFileName();
    String coder = f.getFileName().toString().replaceFirst("\\.csv$", "");
    if (!Ids.isValid(coder)) {
      problems.add(Problem.at(name, Ids.describe("coder", coder) + "; rename the file"));
      return;
    }
    try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, FORMAT)) {
      List<String> missing = REQUIRED.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
      if (!missing.isEmpty()) {
        problems.add(Problem.at(name, 1, "the header lacks " + String.join(", ", missing)
            + "; a coding file starts with doc,start,end,code,memo,created"));
        return;
      }
      for (CSVRecord row : parser) {
        long line = parser.getCurrentLineNumber();
        try {
          int start = Integer.parseInt(row.get("start"));
          int end = Integer.parseInt(row.get("end"));
          rows.add(new CodedSpan(coder, row.get("doc"), Span.of(start, end), row.get("code")));
        } catch (IllegalArgumentException | IllegalStateException e) {
          problems.add(Problem.at(name, line, "start and end must be whole numbers with start <= end"
              + " (code-point offsets); fix the row"));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(Problem.at(name, "not readable as CSV (" + e.getMessage() + "); check for an"
          + " unbalanced quote"));
    }
  }
}
