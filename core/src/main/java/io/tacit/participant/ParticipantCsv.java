package io.tacit.participant;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.text.Ids;
import io.tacit.text.TextDecoder;
import io.tacit.text.TextKind;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes participants.csv: a header row with {@code id}, then one row per participant.
 */
public final class ParticipantCsv {
  private static final CSVFormat READ =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .get();
  private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private ParticipantCsv() {}

  /**
   * @param file the name used in messages
   * @throws BadInputException listing every problem: missing id column, duplicate or invalid ids,
   *     malformed CSV (with line numbers)
   */
  public static ParticipantTable read(String file, byte[] bytes) {
    String text = TextDecoder.decode(file, bytes, TextKind.CSV).text();
    List<Problem> problems = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), READ)) {
      List<String> header = parser.getHeaderNames();
      Map<String, String> columnByKey = new LinkedHashMap<>();
      for (String h : header) {
        columnByKey.put(h.toLowerCase(Locale.ROOT), h);
      }
      String idColumn = columnByKey.get("id");
      if (idColumn == null) {
        throw new BadInputException(
            file + ":1",
            "no \"id\" column in the header ("
                + String.join(",", header)
                + "); the first row must name the columns, e.g."
                + " id,role,group");
      }
      List<String> attributes =
          header.stream()
              .filter(h -> !h.equals(idColumn))
              .map(
                  h ->
                      h.toLowerCase(Locale.ROOT).equals("role")
                              || h.toLowerCase(Locale.ROOT).equals("group")
                          ? h.toLowerCase(Locale.ROOT)
                          : h)
              .toList();
      Map<String, Long> firstLine = new HashMap<>();
      List<Participant> participants = new ArrayList<>();
      for (CSVRecord row : parser) {
        long line = parser.getCurrentLineNumber();
        if (!row.isConsistent()) {
          problems.add(
              Problem.at(
                  file,
                  line,
                  "this row has "
                      + row.size()
                      + " cells but the"
                      + " header has "
                      + header.size()
                      + "; fix the row"));
          continue;
        }
        String id = row.get(idColumn);
        if (!Ids.isValid(id)) {
          problems.add(Problem.at(file, line, Ids.describe("participant", id)));
          continue;
        }
        Long seen = firstLine.putIfAbsent(id, line);
        if (seen != null) {
          problems.add(
              Problem.at(
                  file,
                  line,
                  "participant \""
                      + id
                      + "\" is already on line "
                      + seen
                      + "; keep one row per participant"));
          continue;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0, a = 0; i < header.size(); i++) {
          if (!header.get(i).equals(idColumn)) {
            attrs.put(attributes.get(a++), row.get(i));
          }
        }
        participants.add(new Participant(id, attrs));
      }
      if (!problems.isEmpty()) {
        throw new BadInputException(problems);
      }
      return new ParticipantTable(attributes, participants);
    } catch (IOException
        | UncheckedIOException
        | IllegalStateException
        | IllegalArgumentException e) {
      throw new BadInputException(
          file, "not readable as CSV (" + rootMessage(e) + "); check for an unbalanced quote");
    }
  }

  public static String write(ParticipantTable table) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
      List<Object> header = new ArrayList<>();
      header.add("id");
      header.addAll(table.columns());
      printer.printRecord(header);
      for (Participant p : table.participants()) {
        List<Object> row = new ArrayList<>();
        row.add(p.id());
        for (String c : table.columns()) {
          row.add(p.attributes().getOrDefault(c, ""));
        }
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }
}
