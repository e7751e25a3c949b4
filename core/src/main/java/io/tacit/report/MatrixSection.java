package io.tacit.report;

import java.util.List;

/**
 * The Framework matrix (Gale et al. 2013): participants in rows, themes in columns, extracts in the
 * cells, with the units to quote from. Immutable.
 *
 * @param columns themes in file order
 * @param rows one per participant, by id
 */
public record MatrixSection(List<ThemeSection.CodeRef> columns, List<Row> rows) {
  public MatrixSection {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** One participant. */
  public record Row(String participant, String role, String group, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** "P07 (peer support specialist, PSS)". */
    public String label() {
      String about =
          String.join(
              ", ", java.util.stream.Stream.of(role, group).filter(s -> !s.isEmpty()).toList());
      return Attribution.id(participant) + (about.isEmpty() ? "" : " (" + about + ")");
    }
  }

  /** One cell: the theme's extracts from the participant. */
  public record Cell(String theme, int count, List<String> units) {
    public Cell {
      units = List.copyOf(units);
    }
  }
}
