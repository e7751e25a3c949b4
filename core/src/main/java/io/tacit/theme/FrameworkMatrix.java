package io.tacit.theme;

import io.tacit.codebook.Code;
import io.tacit.codebook.Codebook;
import io.tacit.participant.Participant;
import io.tacit.participant.ParticipantTable;
import io.tacit.transcript.UnitId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Framework method's matrix (Gale et al. 2013): cases (participants, or the groups of one
 * participant attribute) in rows, themes or codes in columns, and in each cell the extracts of that
 * case for that column. Immutable.
 *
 * @param caseLabel what a row is ({@code participant}, or the attribute's name)
 * @param cases row labels, sorted
 * @param columns themes in file order (subthemes after their theme), or codes in codebook order
 * @param cells one row per case, one cell per column
 */
public record FrameworkMatrix(
    String caseLabel, List<String> cases, List<Column> columns, List<List<Cell>> cells) {

  /** A column: a theme or a code. */
  public record Column(String id, String name, Set<String> codes) {
    public Column {
      codes = Set.copyOf(codes);
    }
  }

  /** A cell: the units of the case that carry the column's codes, in unit id order. */
  public record Cell(List<UnitId> units) {
    public Cell {
      units = List.copyOf(units);
    }

    public int count() {
      return units.size();
    }
  }

  /** Participants without a value for the attribute form this case. */
  public static final String NO_VALUE = "(none)";

  public FrameworkMatrix {
    cases = List.copyOf(cases);
    columns = List.copyOf(columns);
    cells = cells.stream().map(List::copyOf).toList();
  }

  /** Columns for every theme and subtheme, with all of its codes. */
  public static List<Column> themeColumns(Themes themes) {
    return themes.all().stream()
        .map(t -> new Column(t.id(), t.name(), Set.copyOf(t.allCodes())))
        .toList();
  }

  /** Columns for every code with extracts: codebook order, then unknown codes by id. */
  public static List<Column> codeColumns(CodedData data, Codebook codebook) {
    Set<String> used = new LinkedHashSet<>();
    for (Code c : codebook.all()) {
      if (data.extracts().containsKey(c.id())) {
        used.add(c.id());
      }
    }
    used.addAll(new TreeSet<>(data.extracts().keySet()));
    return used.stream()
        .map(c -> new Column(c, ThemeSuggester.name(codebook, c), Set.of(c)))
        .toList();
  }

  /**
   * @param by {@code participant}, or a participant attribute
   */
  public static FrameworkMatrix of(
      CodedData data, ParticipantTable participants, String by, List<Column> columns) {
    Map<String, List<List<UnitId>>> rows = new TreeMap<>();
    boolean perParticipant = by.equals("participant");
    if (!perParticipant && !participants.columns().contains(by)) {
      throw new io.tacit.BadInputException(
          "--by " + by,
          "participants.csv has no column \""
              + by
              + "\"; choose participant or one of "
              + String.join(", ", participants.columns()));
    }
    for (String p : data.participants()) {
      rows.computeIfAbsent(caseOf(p, participants, by, perParticipant), k -> empty(columns));
    }
    for (CodedData.CodedUnit u : data.units()) {
      List<List<UnitId>> row = rows.get(caseOf(u.participant(), participants, by, perParticipant));
      for (int c = 0; c < columns.size(); c++) {
        if (u.codes().stream().anyMatch(columns.get(c).codes()::contains)) {
          row.get(c).add(u.id());
        }
      }
    }
    List<List<Cell>> cells = new ArrayList<>();
    rows.values().forEach(r -> cells.add(r.stream().map(Cell::new).toList()));
    return new FrameworkMatrix(by, new ArrayList<>(rows.keySet()), columns, cells);
  }

  private static String caseOf(
      String participant, ParticipantTable table, String by, boolean perParticipant) {
    if (perParticipant) {
      return participant;
    }
    return table.find(participant).flatMap((Participant p) -> p.attribute(by)).orElse(NO_VALUE);
  }

  private static List<List<UnitId>> empty(List<Column> columns) {
    List<List<UnitId>> row = new ArrayList<>();
    columns.forEach(c -> row.add(new ArrayList<>()));
    return row;
  }
}
