package io.tacit.coding;

import io.tacit.codebook.Code;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Unit;
import io.tacit.transcript.UnitType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A coding worksheet for a spreadsheet: one row per participant unit with columns {@code unit,
 * participant, role, text}, then one column per code headed by the code's id, where a mark ({@code
 * 1}) says that the coder's coding of that code covers the whole unit. Written as CSV for Excel:
 * UTF-8 with a byte-order mark, CRLF line ends. The codes' names and definitions go in a separate
 * legend file, because Excel sorts and filters every row below the first, so a second header row
 * would end up among the data.
 *
 * <p>Text that Excel would take for a formula (starting with {@code = + - @}) is written with an
 * apostrophe before it, which Excel shows as text; reading a sheet back ignores it.
 */
public final class Worksheet {
  public static final List<String> COLUMNS = List.of("unit", "participant", "role", "text");
  public static final String BOM = "\uFEFF";
  static final String MARK = "1";
  private static final Set<String> MARKS = Set.of("1", "x", "yes", "y", "true", "\u2713", "\u2714");
  private static final Set<String> CLEAR = Set.of("", "0", "no", "n", "false");

  private Worksheet() {}

  /**
   * The sheet for one coder.
   *
   * @param roles participant id to role, for the role column
   * @param codes the code columns, in order
   * @param codings the coder's codings
   */
  public static String export(
      List<Transcript> transcripts,
      UnitType type,
      Map<String, String> roles,
      List<String> codes,
      List<Coding> codings) {
    Map<String, List<Coding>> byDoc = new HashMap<>();
    codings.forEach(c -> byDoc.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c));
    List<String> header = new ArrayList<>(COLUMNS);
    header.addAll(codes);
    List<List<String>> rows = new ArrayList<>();
    for (Transcript t : transcripts) {
      List<Coding> coded = byDoc.getOrDefault(t.id(), List.of());
      for (Unit u : t.units(type, false)) {
        List<String> row =
            new ArrayList<>(
                List.of(
                    u.id().toString(),
                    t.participant(),
                    roles.getOrDefault(t.participant(), ""),
                    guard(u.text())));
        for (String code : codes) {
          row.add(covered(coded, code, u) ? MARK : "");
        }
        rows.add(row);
      }
    }
    return BOM + CodingCsv.render(header, rows, "\r\n");
  }

  /** The legend: each code column's id, name, path, definition and when to use it or not. */
  public static String legend(List<Code> codes, Map<String, String> paths) {
    List<List<String>> rows = new ArrayList<>();
    for (Code c : codes) {
      rows.add(
          List.of(
              c.id(),
              c.name(),
              paths.getOrDefault(c.id(), c.name()),
              c.shortDefinition().isEmpty() ? c.definition() : c.shortDefinition(),
              c.include(),
              c.exclude()));
    }
    return BOM
        + CodingCsv.render(
            List.of("code", "name", "path", "definition", "include", "exclude"), rows, "\r\n");
  }

  /** Whether a coding of the code covers the whole unit. */
  static boolean covered(List<Coding> coded, String code, Unit unit) {
    return coded.stream().anyMatch(c -> c.code().equals(code) && c.span().contains(unit.span()));
  }

  /** Marked (1, x, yes, y, true, a tick), cleared (empty, 0, no, n, false), or neither. */
  static Optional<Boolean> mark(String cell) {
    String v = cell.strip().toLowerCase(Locale.ROOT);
    if (MARKS.contains(v)) {
      return Optional.of(Boolean.TRUE);
    }
    return CLEAR.contains(v) ? Optional.of(Boolean.FALSE) : Optional.empty();
  }

  /** Keeps Excel from reading text as a formula. */
  static String guard(String text) {
    return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
