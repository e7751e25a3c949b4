package io.tacit.report;

import io.tacit.BadInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How the disagreements of two coders were settled, tallied from a consensus decisions sheet
 * ({@code unit,code,CODER1,CODER2,decision,decided_by,reason,text}): each decision is
 * {@code first}, {@code second}, {@code both}, {@code neither} or a coder's id, and a blank
 * decision is a disagreement left unsettled. Immutable.
 *
 * @param file the sheet, relative to the project
 * @param first the first coder (third column)
 * @param second the second coder (fourth column)
 * @param byDecision settled disagreements per decision ({@code first}, {@code second},
 *     {@code both}, {@code neither}), sorted
 * @param byDecider settled disagreements per person who decided, sorted
 * @param unsettled rows without a decision
 */
public record Decisions(String file, String first, String second, Map<String, Integer> byDecision,
    Map<String, Integer> byDecider, int unsettled) {

  public Decisions {
    byDecision = Collections.unmodifiableMap(new TreeMap<>(byDecision));
    byDecider = Collections.unmodifiableMap(new TreeMap<>(byDecider));
  }

  /** Every row of the sheet. */
  public int total() {
    return settled() + unsettled;
  }

  public int settled() {
    return byDecision.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Settled disagreements per decision, in words, for a table. */
  public List<Overview.Count> rows() {
    return byDecision.entrySet().stream().map(e -> new Overview.Count(switch (e.getKey()) {
      case "first" -> "kept as " + first + " coded it";
      case "second" -> "kept as " + second + " coded it";
      case "both" -> "kept both codings";
      default -> "kept neither";
    }, e.getValue())).toList();
  }

  /**
   * Reads a decisions sheet.
   *
   * @throws BadInputException if the header is not a decisions sheet's, or a decision is unknown
   */
  public static Decisions read(String file, String text) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(text)), format)) {
      List<String> header = parser.getHeaderNames();
      if (header.size() < 6 || !header.get(0).equals("unit") || !header.get(1).equals("code")
          || !header.contains("decision") || !header.contains("decided_by")) {
        throw new BadInputException(file + ":1", "is not a consensus decisions sheet (expected"
            + " the header unit,code,CODER1,CODER2,decision,decided_by,reason,text)");
      }
      String first = header.get(2);
      String second = header.get(3);
      Map<String, Integer> byDecision = new TreeMap<>();
      Map<String, Integer> byDecider = new TreeMap<>();
      int unsettled = 0;
      for (CSVRecord row : parser) {
        String decision = row.get("decision").strip().toLowerCase(Locale.ROOT);
        if (decision.isEmpty()) {
          unsettled++;
          continue;
        }
        String kind = decision.equals(first) ? "first" : decision.equals(second) ? "second"
            : decision;
        if (!List.of("first", "second", "both", "neither").contains(kind)) {
          throw new BadInputException(file + ":" + parser.getCurrentLineNumber(), "unknown"
              + " decision \"" + decision + "\"; use first, second, both, neither, " + first
              + " or " + second);
        }
        byDecision.merge(kind, 1, Integer::sum);
        String by = row.get("decided_by").strip();
        byDecider.merge(by.isEmpty() ? "(not recorded)" : by, 1, Integer::sum);
      }
      return new Decisions(file, first, second, byDecision, byDecider, unsettled);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new BadInputException(file, "cannot be read as CSV (" + e.getMessage() + ")");
    }
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
