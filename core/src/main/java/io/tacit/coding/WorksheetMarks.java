package io.tacit.coding;

import io.tacit.BadInputException;
import io.tacit.ProblemList;
import io.tacit.text.DecodedText;
import io.tacit.text.TextDecoder;
import io.tacit.text.TextKind;
import io.tacit.transcript.Role;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Unit;
import io.tacit.transcript.UnitId;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The marks of a worksheet that came back from a spreadsheet: for each unit row, which code columns
 * are marked. Reading survives what Excel does to a CSV file: a byte-order mark (or Windows-1252,
 * with a warning), CRLF, newlines inside quoted text, semicolons as separators, empty rows and
 * trailing empty columns. It refuses, with every problem at its line, a sheet whose text no longer
 * matches the transcript (compared after evening out spaces and curly quotes), unknown unit ids and
 * unknown code columns. Immutable.
 *
 * @param codes the code columns, in the sheet's order
 * @param rows one per unit row, in the sheet's order
 * @param warnings what the user should know (e.g. the file was not UTF-8)
 */
public record WorksheetMarks(List<String> codes, List<Row> rows, List<String> warnings) {
  /** Excel keeps at most this many characters in a cell, and cuts longer text. */
  private static final int EXCEL_CELL_LIMIT = 32_767;

  /**
   * One unit's row.
   *
   * @param unit the unit, as the transcript has it
   * @param line the line it starts on
   * @param marks code to whether it is marked, for every code column
   */
  public record Row(Unit unit, long line, Map<String, Boolean> marks) {
    public Row {
      marks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(marks));
    }
  }

  public WorksheetMarks {
    codes = List.copyOf(codes);
    rows = List.copyOf(rows);
    warnings = List.copyOf(warnings);
  }

  /**
   * Reads a sheet.
   *
   * @param location the file as the user named it, for messages
   * @param knownCodes the codebook's code ids
   * @param transcripts finds a transcript by id
   * @throws BadInputException listing every problem, each at its line
   */
  public static WorksheetMarks read(
      String location,
      byte[] bytes,
      Set<String> knownCodes,
      Function<String, Optional<Transcript>> transcripts) {
    DecodedText decoded = TextDecoder.decode(location, bytes, TextKind.CSV);
    String text = decoded.text();
    ProblemList problems = new ProblemList();
    List<CsvText.Record> records =
        CsvText.parse(location, text, CsvText.sniffDelimiter(text), problems);
    if (records.isEmpty()) {
      problems.throwIfAny();
      throw new BadInputException(
          location,
          "has no header row; export a worksheet with" + " `tacit code worksheet export`");
    }
    Header header = Header.of(location, records.get(0), knownCodes, problems);
    if (header == null) {
      problems.throwIfAny();
      throw new IllegalStateException("a header without its problem");
    }
    List<Row> rows = new ArrayList<>();
    Map<UnitId, Long> seen = new HashMap<>();
    Map<String, Optional<Transcript>> loaded = new HashMap<>();
    for (CsvText.Record r : records.subList(1, records.size())) {
      String where = location + ":" + r.line();
      Unit unit = unit(r.cell(header.unit()).strip(), where, loaded, transcripts, problems);
      if (unit == null) {
        continue;
      }
      Long first = seen.putIfAbsent(unit.id(), r.line());
      if (first != null) {
        problems.add(where, unit.id() + " is also on line " + first + "; keep one row per unit");
        continue;
      }
      if (!sameText(r.cell(header.text()), unit.text())) {
        problems.add(
            where,
            "the text of "
                + unit.id()
                + " no longer matches the transcript;"
                + " put back the text as it was exported (only the code columns may change), or"
                + " export the worksheet again");
        continue;
      }
      Map<String, Boolean> marks = new LinkedHashMap<>();
      header
          .codes()
          .forEach(
              (code, column) -> {
                String cell = r.cell(column);
                Optional<Boolean> mark = Worksheet.mark(cell);
                if (mark.isEmpty()) {
                  problems.add(
                      where,
                      "\""
                          + cell.strip()
                          + "\" under "
                          + code
                          + " is not a mark; use 1"
                          + " or x to mark the unit, or leave the cell empty");
                } else {
                  marks.put(code, mark.get());
                }
              });
      rows.add(new Row(unit, r.line(), marks));
    }
    problems.throwIfAny();
    return new WorksheetMarks(new ArrayList<>(header.codes().keySet()), rows, decoded.warnings());
  }

  private static @Nullable Unit unit(
      String id,
      String where,
      Map<String, Optional<Transcript>> loaded,
      Function<String, Optional<Transcript>> transcripts,
      ProblemList problems) {
    Optional<UnitId> parsed = UnitId.parse(id);
    if (parsed.isEmpty()) {
      problems.add(
          where,
          "\""
              + id
              + "\" is not a unit id (p01:t3 or p01:s12); the unit column"
              + " must stay as it was exported");
      return null;
    }
    UnitId u = parsed.get();
    Optional<Transcript> t;
    try {
      t = loaded.computeIfAbsent(u.doc(), transcripts);
    } catch (BadInputException e) {
      problems.addAll(e);
      loaded.put(u.doc(), Optional.empty());
      return null;
    }
    Optional<Unit> unit = t.flatMap(x -> x.unit(u));
    if (unit.isEmpty()) {
      problems.add(
          where,
          "unknown unit "
              + u
              + (t.isEmpty()
                  ? ": there is no transcript " + u.doc()
                  : ": " + u.doc() + " has no such " + u.type().label())
              + "; the unit column"
              + " must stay as it was exported");
      return null;
    }
    if (unit.get().role() == Role.INTERVIEWER) {
      problems.add(
          where,
          u
              + " is the interviewer's "
              + u.type().label()
              + ", not a coding"
              + " unit; delete the row");
      return null;
    }
    return unit.get();
  }

  /** Equal after evening out what spreadsheets and editors change: spaces, quotes, NFC. */
  static boolean sameText(String sheet, String transcript) {
    String a = even(sheet);
    String b = even(transcript);
    if (a.startsWith("'") && !b.startsWith("'")) {
      a = a.substring(1);
    }
    return a.equals(b) || (a.length() >= EXCEL_CELL_LIMIT - 1_000 && b.startsWith(a));
  }

  private static String even(String s) {
    String t =
        Normalizer.normalize(s, Normalizer.Form.NFC)
            .replaceAll("[\u2018\u2019\u201A\u201B\u2032\u00B4`]", "'")
            .replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]", "\"")
            .replaceAll("[\\s\u00A0\u2007\u202F]+", " ");
    return t.strip();
  }

  /** Where the columns are: unit, text, and each code. */
  private record Header(int unit, int text, Map<String, Integer> codes) {
    static @Nullable Header of(
        String location, CsvText.Record r, Set<String> knownCodes, ProblemList problems) {
      int unit = -1;
      int text = -1;
      Map<String, Integer> codes = new LinkedHashMap<>();
      String where = location + ":" + r.line();
      for (int i = 0; i < r.cells().size(); i++) {
        String name = r.cells().get(i).strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || lower.equals("participant") || lower.equals("role")) {
          continue;
        } else if (lower.equals("unit")) {
          unit = i;
        } else if (lower.equals("text")) {
          text = i;
        } else if (!knownCodes.contains(name)) {
          problems.add(
              where,
              "column \""
                  + name
                  + "\" is not a code of the codebook; head it"
                  + " with a code id, or delete the column");
        } else if (codes.putIfAbsent(name, i) != null) {
          problems.add(where, "code " + name + " has two columns; keep one");
        }
      }
      if (unit < 0 || text < 0) {
        problems.add(
            where,
            "the header needs the columns unit and text, as exported by"
                + " `tacit code worksheet export`");
        return null;
      }
      return new Header(unit, text, codes);
    }
  }
}
