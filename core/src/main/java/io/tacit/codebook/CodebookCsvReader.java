package io.tacit.codebook;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a codebook spreadsheet: the columns {@link CodebookCsv} writes, in any order and case; only
 * {@code name} (or {@code id}) is required. The tree comes from {@code parent} (a parent's id) or
 * else from {@code path} ({@code "Parent > Child"}); rows may come in any order.
 */
final class CodebookCsvReader {
  private static final CSVFormat READ =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .get();

  /** A row, and what it says about its place in the tree. */
  private record Row(CodeDraft code, String parent, String path) {}

  private CodebookCsvReader() {}

  static void read(CodebookDraft draft, String text) {
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), READ)) {
      Map<String, String> columns = new LinkedHashMap<>();
      for (String h : parser.getHeaderNames()) {
        String key = h.strip().toLowerCase(Locale.ROOT);
        columns.put(key.equals("colour") ? "color" : key, h);
        if (!CodebookCsv.COLUMNS.contains(key) && !key.equals("colour")) {
          draft.warning(
              1,
              "unknown column \""
                  + h
                  + "\" is ignored; known columns: "
                  + String.join(", ", CodebookCsv.COLUMNS));
        }
      }
      if (!columns.containsKey("name") && !columns.containsKey("id")) {
        draft.error(
            1,
            "no \"name\" or \"id\" column in the header ("
                + String.join(",", parser.getHeaderNames())
                + "); the first row must name the columns, e.g."
                + " id,parent,name,definition");
        return;
      }
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        int line = (int) parser.getCurrentLineNumber() + 1;
        if (!it.hasNext()) {
          break;
        }
        CSVRecord record = it.next();
        Map<String, String> cells = new HashMap<>();
        columns.forEach(
            (key, header) ->
                cells.put(key, record.isSet(header) ? record.get(header).strip() : ""));
        rows.add(row(line, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      draft.error(
          0,
          "not readable as CSV ("
              + e.getMessage()
              + "); check for an unbalanced"
              + " quotation mark");
      return;
    }
    NameIds names = new NameIds();
    rows.forEach(
        r -> {
          if (r.code().id != null) {
            names.reserve(r.code().id);
          }
        });
    rows.stream()
        .filter(r -> r.code().id == null && r.code().name != null)
        .forEach(r -> r.code().id = names.idFor(r.code().name));
    buildTree(draft, rows);
  }

  private static Row row(int line, Map<String, String> cells) {
    CodeDraft c = new CodeDraft(line);
    c.id = blankToNull(cells.get("id"));
    c.name = blankToNull(cells.get("name"));
    c.shortDefinition = cells.getOrDefault("short", "");
    c.definition = cells.getOrDefault("definition", "");
    c.include = cells.getOrDefault("include", "");
    c.exclude = cells.getOrDefault("exclude", "");
    c.examples = split(cells.getOrDefault("examples", ""), "|");
    c.terms = split(cells.getOrDefault("terms", ""), ";");
    c.color = blankToNull(cells.get("color"));
    return new Row(c, cells.getOrDefault("parent", ""), cells.getOrDefault("path", ""));
  }

  /** Puts each row under its parent, reporting unknown parents and parents that loop. */
  private static void buildTree(CodebookDraft draft, List<Row> rows) {
    Map<String, Row> byId = new HashMap<>();
    Map<String, Row> byPath = new HashMap<>();
    for (Row r : rows) {
      if (r.code().id != null) {
        byId.putIfAbsent(r.code().id, r);
      }
      if (!r.path().isEmpty()) {
        byPath.putIfAbsent(normalPath(r.path()), r);
      }
    }
    Map<Row, Row> parentOf = new HashMap<>();
    for (Row r : rows) {
      Row parent = null;
      if (!r.parent().isEmpty()) {
        parent = byId.get(r.parent());
        if (parent == null) {
          draft.error(
              r.code().line,
              "parent \""
                  + r.parent()
                  + "\" is not the id of any code in"
                  + " this file; use the id of another row, or leave it empty for a top-level code");
          continue;
        }
      } else if (r.path().contains(">")) {
        String path = normalPath(r.path());
        String parentPath = path.substring(0, path.lastIndexOf(" > "));
        parent = byPath.get(parentPath);
        if (parent == null) {
          draft.error(
              r.code().line,
              "no row has the path \""
                  + parentPath
                  + "\", the parent"
                  + " this row's path names; add that row or give the parent's id in a parent column");
          continue;
        }
      }
      if (parent != null) {
        parentOf.put(r, parent);
      }
    }
    for (Row r : rows) {
      if (loops(r, parentOf)) {
        draft.error(
            r.code().line,
            "code \""
                + r.code().id
                + "\" ends up inside itself through"
                + " its parents; fix the parent column");
        return;
      }
    }
    for (Row r : rows) {
      Row parent = parentOf.get(r);
      (parent == null ? draft.codes : parent.code().children).add(r.code());
    }
  }

  private static boolean loops(Row start, Map<Row, Row> parentOf) {
    int steps = 0;
    for (Row r = parentOf.get(start); r != null; r = parentOf.get(r)) {
      if (r == start || ++steps > parentOf.size()) {
        return true;
      }
    }
    return false;
  }

  private static String normalPath(String path) {
    return String.join(" > ", Arrays.stream(path.split(">")).map(String::strip).toList());
  }

  private static List<String> split(String cell, String separator) {
    return Arrays.stream(cell.split(java.util.regex.Pattern.quote(separator)))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static @org.jspecify.annotations.Nullable String blankToNull(
      @org.jspecify.annotations.Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
