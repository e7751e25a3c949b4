package io.tacit.deidentify;

import io.tacit.ProblemList;
import io.tacit.coding.CsvText;
import io.tacit.text.Ids;
import io.tacit.text.Span;
import io.tacit.transcript.Transcript;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The review sheet: one row per proposed replacement, in transcript and offset order, with the text
 * around it ({@code ...before [[original]] after...}) and an {@code accept} column that starts as
 * {@code yes}; a reviewer sets it to {@code no} to keep the original, and may edit the replacement.
 * Each row carries its transcript's text hash, so a sheet reviewed against an earlier text is
 * refused. The sheet holds originals: it belongs with the key, never shared.
 */
public final class ReviewSheet {
  public static final List<String> HEADER =
      List.of(
          "doc",
          "start",
          "end",
          "type",
          "original",
          "replacement",
          "accept",
          "context",
          "text_sha256");
  private static final int CONTEXT = 40;

  /** One row as read back. */
  public record Row(
      String where,
      String doc,
      Span span,
      IdentifierType type,
      String original,
      String replacement,
      boolean accept,
      String textSha256) {}

  private ReviewSheet() {}

  /** The sheet of these proposals; {@code transcripts} gives each doc's text and hash. */
  public static String write(List<Proposal> proposals, Map<String, Transcript> transcripts) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      printer.printRecord(HEADER);
      for (Proposal p : proposals) {
        Finding f = p.finding();
        Transcript t = transcripts.get(f.doc());
        printer.printRecord(
            f.doc(),
            f.span().start(),
            f.span().end(),
            f.type().label(),
            f.original(),
            p.replacement(),
            "yes",
            context(t, f.span()),
            t.textSha256());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String context(Transcript t, Span span) {
    int from = Math.max(0, span.start() - CONTEXT);
    int to = Math.min(t.text().length(), span.end() + CONTEXT);
    String text =
        (from > 0 ? "..." : "")
            + t.text().substring(Span.of(from, span.start()))
            + "[["
            + t.text().substring(span)
            + "]]"
            + t.text().substring(Span.of(span.end(), to))
            + (to < t.text().length() ? "..." : "");
    return text.replaceAll("\\s+", " ").strip();
  }

  /** Reads a sheet; every bad row is added to {@code problems} at its line. */
  public static List<Row> read(String location, String text, ProblemList problems) {
    List<CsvText.Record> records = CsvText.parse(location, text, ',', problems);
    List<Row> rows = new ArrayList<>();
    if (records.isEmpty() || !records.get(0).cells().equals(HEADER)) {
      problems.add(
          location + ":1",
          "is not a review sheet (expected the header "
              + String.join(",", HEADER)
              + "); write one with tacit deidentify --review");
      return rows;
    }
    for (CsvText.Record r : records.subList(1, records.size())) {
      String where = location + ":" + r.line();
      int before = problems.size();
      String doc = r.cell(0);
      if (!Ids.isValid(doc)) {
        problems.add(where, Ids.describe("transcript", doc) + "; fix the row");
      }
      Optional<Integer> start = number(r.cell(1), "start", where, problems);
      Optional<Integer> end = number(r.cell(2), "end", where, problems);
      Optional<IdentifierType> type = IdentifierType.ofLabel(r.cell(3));
      if (type.isEmpty()) {
        problems.add(where, "unknown type \"" + r.cell(3) + "\"; keep the type the sheet gave");
      }
      String accept = r.cell(6).strip().toLowerCase(Locale.ROOT);
      if (!accept.equals("yes") && !accept.equals("no")) {
        problems.add(
            where,
            "accept is \""
                + r.cell(6)
                + "\"; write yes to replace the original"
                + " or no to keep it");
      }
      if (accept.equals("yes") && r.cell(5).isBlank()) {
        problems.add(where, "the replacement is blank; give one, or write no in accept");
      } else if (r.cell(5).contains("\n") || r.cell(5).contains("\r")) {
        problems.add(
            where,
            "the replacement runs over more than one line, which would change"
                + " the transcript's turns; write it on one line");
      }
      if (start.isPresent() && end.isPresent() && end.get() <= start.get()) {
        problems.add(
            where,
            "end "
                + end.get()
                + " is not after start "
                + start.get()
                + "; write the review sheet again");
      }
      if (problems.size() == before) {
        rows.add(
            new Row(
                where,
                doc,
                Span.of(start.get(), end.get()),
                type.get(),
                r.cell(4),
                r.cell(5),
                accept.equals("yes"),
                r.cell(8)));
      }
    }
    return rows;
  }

  private static Optional<Integer> number(
      String cell, String name, String where, ProblemList problems) {
    try {
      int n = Integer.parseInt(cell.strip());
      if (n >= 0) {
        return Optional.of(n);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(where, name + " \"" + cell + "\" is not an offset; write the review sheet again");
    return Optional.empty();
  }
}
