package io.tacit.coding.consensus;

import io.tacit.ProblemList;
import io.tacit.coding.CsvText;
import io.tacit.transcript.UnitId;
import io.tacit.transcript.UnitType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A filled-in adjudication sheet, as {@code tacit agree --disagreements} writes it and a team fills
 * it in: {@code unit,code,CODER1,CODER2,decision,decided_by,reason,text}. Only {@code unit}, {@code
 * code} and {@code decision} are read; the coders' columns and the text are there for the people
 * deciding. A row with a blank decision is not settled yet. Immutable.
 */
public final class DecisionSheet {
  public static final List<String> REQUIRED = List.of("unit", "code", "decision");

  private final Map<UnitCode, SettledDecision> settled;
  private final int undecided;

  private DecisionSheet(Map<UnitCode, SettledDecision> settled, int undecided) {
    this.settled = Collections.unmodifiableMap(settled);
    this.undecided = undecided;
  }

  /** A sheet with no decisions, for a consensus run without one. */
  public static DecisionSheet empty() {
    return new DecisionSheet(new TreeMap<>(), 0);
  }

  /**
   * Reads a sheet, adding every problem to {@code problems} at its line: missing columns, unit ids
   * that are not units of {@code unitType}, decisions that are not one of the words {@link
   * Decision#parse} takes, and a unit and code decided twice.
   */
  public static DecisionSheet read(
      String location,
      String text,
      String firstCoder,
      String secondCoder,
      UnitType unitType,
      ProblemList problems) {
    List<CsvText.Record> records =
        CsvText.parse(location, text, CsvText.sniffDelimiter(text), problems);
    if (records.isEmpty()) {
      problems.add(
          location,
          1,
          "the sheet is empty; write one with tacit agree --coders "
              + firstCoder
              + ","
              + secondCoder
              + " --disagreements FILE and fill in its decision"
              + " column");
      return empty();
    }
    List<String> header = new ArrayList<>();
    records.get(0).cells().forEach(c -> header.add(c.strip().toLowerCase(Locale.ROOT)));
    List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      problems.add(
          location,
          records.get(0).line(),
          "the header lacks "
              + String.join(", ", missing)
              + "; a decisions sheet has the columns unit,code,"
              + firstCoder
              + ","
              + secondCoder
              + ",decision,decided_by,reason,text");
      return empty();
    }
    int unitColumn = header.indexOf("unit");
    int codeColumn = header.indexOf("code");
    int decisionColumn = header.indexOf("decision");
    int byColumn = header.indexOf("decided_by");
    int reasonColumn = header.indexOf("reason");
    Map<UnitCode, SettledDecision> settled = new TreeMap<>();
    int undecided = 0;
    for (CsvText.Record r : records.subList(1, records.size())) {
      String decisionText = r.cell(decisionColumn).strip();
      Optional<UnitId> unit = unit(location, r, r.cell(unitColumn).strip(), unitType, problems);
      String code = r.cell(codeColumn).strip();
      if (code.isEmpty()) {
        problems.add(
            location, r.line(), "the code is blank; copy the row as tacit agree wrote" + " it");
        continue;
      }
      if (unit.isEmpty()) {
        continue;
      }
      if (decisionText.isEmpty()) {
        undecided++;
        continue;
      }
      Optional<Decision> decision = Decision.parse(decisionText, firstCoder, secondCoder);
      if (decision.isEmpty()) {
        problems.add(
            location,
            r.line(),
            "decision \""
                + decisionText
                + "\" is not one of first,"
                + " second, both, neither, "
                + firstCoder
                + " or "
                + secondCoder
                + "; leave it blank if the team has not decided");
        continue;
      }
      UnitCode key = new UnitCode(unit.get(), code);
      SettledDecision row =
          new SettledDecision(
              unit.get(),
              code,
              decision.get(),
              r.cell(byColumn).strip(),
              r.cell(reasonColumn).strip(),
              r.line());
      SettledDecision earlier = settled.putIfAbsent(key, row);
      if (earlier != null) {
        problems.add(
            location,
            r.line(),
            key + " was already decided at line " + earlier.line() + "; keep one row for it");
      }
    }
    return new DecisionSheet(settled, undecided);
  }

  private static Optional<UnitId> unit(
      String location, CsvText.Record r, String text, UnitType unitType, ProblemList problems) {
    Optional<UnitId> unit = UnitId.parse(text);
    if (unit.isEmpty()) {
      problems.add(
          location,
          r.line(),
          "unit \""
              + text
              + "\" is not a unit id such as p01:"
              + unitType.prefix()
              + "3; copy the row as tacit agree wrote it");
      return Optional.empty();
    }
    if (unit.get().type() != unitType) {
      problems.add(
          location,
          r.line(),
          "unit "
              + text
              + " is a "
              + unit.get().type().name().toLowerCase(Locale.ROOT)
              + " but this consensus is by "
              + unitType.name().toLowerCase(Locale.ROOT)
              + "; run it with --unit "
              + unit.get().type().name().toLowerCase(Locale.ROOT)
              + ", as the sheet was written");
      return Optional.empty();
    }
    return unit;
  }

  /** The settled rows, by unit and code. */
  public Map<UnitCode, SettledDecision> settled() {
    return settled;
  }

  /** Rows the team has not decided yet. */
  public int undecided() {
    return undecided;
  }
}
