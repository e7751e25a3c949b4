package io.tacit.coding.consensus;

import io.tacit.ProblemList;
import io.tacit.coding.CsvText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit trail of a consensus, {@code consensus/NAME-decisions.csv}: every disagreement between
 * the two coders, what the team decided, who decided and why, and whether the code went on the
 * unit. Columns {@code unit,code,FIRST,SECOND,decision,decided_by,reason,outcome}, the coders'
 * columns holding {@code yes} or {@code no}; rows in sheet order. The report reads it back to say
 * how disagreements were settled.
 */
public final class DecisionTrail {
  /** How many disagreements each decision settled, and how many stayed unsettled. */
  public record Summary(
      String first,
      String second,
      Map<Decision, Integer> byDecision,
      int unsettled,
      int coded,
      int notCoded) {
    public Summary {
      byDecision = Collections.unmodifiableMap(new EnumMap<>(byDecision));
    }

    public int disagreements() {
      return coded + notCoded + unsettled;
    }
  }

  private DecisionTrail() {}

  /** The trail of {@code result}, as written to {@code consensus/NAME-decisions.csv}. */
  public static String write(ConsensusResult result) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      printer.printRecord(
          "unit",
          "code",
          result.first(),
          result.second(),
          "decision",
          "decided_by",
          "reason",
          "outcome");
      for (ConsensusResult.TrailRow row : result.trail()) {
        printer.printRecord(
            row.disagreement().unit().id().toString(),
            row.disagreement().code(),
            yesNo(row.disagreement().appliedBy(result.first())),
            yesNo(row.disagreement().appliedBy(result.second())),
            row.decision() == null ? "" : row.decision().key(),
            row.decidedBy(),
            row.reason(),
            row.outcome().key());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Counts a trail's rows by decision and outcome.
   *
   * @throws io.tacit.BadInputException if the file is not a trail Tacit wrote
   */
  public static Summary summarize(String location, String text) {
    ProblemList problems = new ProblemList();
    List<CsvText.Record> records = CsvText.parse(location, text, ',', problems);
    problems.throwIfAny();
    if (records.isEmpty()
        || records.get(0).cells().size() < 8
        || !records.get(0).cell(7).strip().equals("outcome")) {
      throw new io.tacit.BadInputException(
          location,
          "not a consensus decisions trail (header"
              + " unit,code,FIRST,SECOND,decision,decided_by,reason,outcome); rebuild it with tacit"
              + " consensus");
    }
    List<String> header = new ArrayList<>(records.get(0).cells());
    Map<Decision, Integer> byDecision = new EnumMap<>(Decision.class);
    int unsettled = 0;
    int coded = 0;
    int notCoded = 0;
    for (CsvText.Record r : records.subList(1, records.size())) {
      String decision = r.cell(4).strip().toLowerCase(Locale.ROOT);
      for (Decision d : Decision.values()) {
        if (d.key().equals(decision)) {
          byDecision.merge(d, 1, Integer::sum);
        }
      }
      String outcome = r.cell(7).strip();
      if (outcome.equals(ConsensusResult.Outcome.CODED.key())) {
        coded++;
      } else if (outcome.equals(ConsensusResult.Outcome.NOT_CODED.key())) {
        notCoded++;
      } else {
        unsettled++;
      }
    }
    return new Summary(header.get(2), header.get(3), byDecision, unsettled, coded, notCoded);
  }

  private static String yesNo(boolean applied) {
    return applied ? "yes" : "no";
  }
}
