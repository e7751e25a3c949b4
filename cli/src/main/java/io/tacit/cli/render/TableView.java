package io.tacit.cli.render;

import java.util.List;

/**
 * Tabular data ready to print as a terminal table, CSV or Markdown. Cells are already formatted
 * strings (with {@code Locale.ROOT}). Immutable.
 */
public record TableView(List<String> headers, List<List<String>> rows) {
  public TableView {
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException("row " + row + " does not fit " + headers);
      }
    }
  }
}
