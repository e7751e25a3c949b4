package io.tacit.coding;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The coder's file, {@code coding/CODER.csv}, as Tacit writes it: the header {@code
 * doc,start,end,code,memo,created}, RFC 4180 quoting, UTF-8, LF line ends, rows sorted by doc,
 * start and end (as numbers), code, memo and created, and {@code created} in ISO-8601 UTC to the
 * second ({@code 2026-11-23T17:20:00Z}). The same codings always give the same bytes.
 */
public final class CodingCsv {
  public static final List<String> HEADER =
      List.of("doc", "start", "end", "code", "memo", "created");

  private CodingCsv() {}

  /** The file for one coder's codings, sorted (the coder column is the file name, not a cell). */
  public static String write(Collection<Coding> codings) {
    List<Coding> sorted = new ArrayList<>(codings);
    sorted.sort(Coding.FILE_ORDER);
    List<List<String>> rows = new ArrayList<>(sorted.size());
    for (Coding c : sorted) {
      rows.add(
          List.of(
              c.doc(),
              Integer.toString(c.span().start()),
              Integer.toString(c.span().end()),
              c.code(),
              c.memo(),
              formatCreated(c.created())));
    }
    return render(HEADER, rows, "\n");
  }

  static String render(List<String> header, List<List<String>> rows, String lineEnd) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator(lineEnd).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      printer.printRecord(header);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static final Pattern SPREADSHEET_DATE =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d)");

  /**
   * The form Tacit writes, {@code 2026-11-23T17:20:00Z}, read by hand: coding files hold it on
   * every row, and the general parsers below cost far more. Empty for any other form.
   */
  private static Optional<Instant> utcSeconds(String t) {
    if (t.length() != 20
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':'
        || t.charAt(19) != 'Z') {
      return Optional.empty();
    }
    int[] fields = new int[6];
    int[] starts = {0, 5, 8, 11, 14, 17};
    for (int f = 0; f < 6; f++) {
      int end = f == 0 ? 4 : starts[f] + 2;
      int v = 0;
      for (int i = starts[f]; i < end; i++) {
        char c = t.charAt(i);
        if (c < '0' || c > '9') {
          return Optional.empty();
        }
        v = v * 10 + (c - '0');
      }
      fields[f] = v;
    }
    try {
      return Optional.of(
          LocalDateTime.of(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5])
              .toInstant(ZoneOffset.UTC));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code 2026-11-23T17:20:00Z}: UTC, to the second. */
  public static String formatCreated(Instant created) {
    return DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * Reads a time as people and tools write it: {@code 2026-11-23T17:20:00Z}, with an offset ({@code
   * +01:00}) or fractions of a second, without a zone (taken as UTC), or a date alone (its
   * midnight, UTC). Truncated to the second.
   */
  public static Optional<Instant> parseCreated(String text) {
    Optional<Instant> usual = utcSeconds(text);
    if (usual.isPresent()) {
      return usual;
    }
    // Spreadsheets write "2026-11-23 17:20:00".
    String t = SPREADSHEET_DATE.matcher(text.strip()).replaceFirst("$1T");
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant().truncatedTo(ChronoUnit.SECONDS));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(
          LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
