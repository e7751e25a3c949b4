package io.tacit.report;

import io.tacit.coding.consensus.Decision;
import io.tacit.coding.consensus.DecisionTrail;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the disagreements of two coders were settled, from the audit trail {@code tacit consensus}
 * keeps ({@code consensus/NAME-decisions.csv}). Immutable.
 *
 * @param file the trail, relative to the project
 * @param first the first coder
 * @param second the second coder
 * @param byDecision settled disagreements per decision, in the order {@code first}, {@code second},
 *     {@code both}, {@code neither}; decisions never taken are absent
 * @param unsettled disagreements without a decision, left out of the consensus coding
 * @param coded settled disagreements where the code went on the unit
 * @param notCoded settled disagreements where it did not
 */
public record Decisions(
    String file,
    String first,
    String second,
    Map<String, Integer> byDecision,
    int unsettled,
    int coded,
    int notCoded) {

  public Decisions {
    Map<String, Integer> ordered = new LinkedHashMap<>();
    for (Decision d : Decision.values()) {
      Integer n = byDecision.get(d.key());
      if (n != null && n > 0) {
        ordered.put(d.key(), n);
      }
    }
    byDecision = Collections.unmodifiableMap(ordered);
  }

  /** The report's view of a trail's summary. */
  public static Decisions of(String file, DecisionTrail.Summary summary) {
    Map<String, Integer> byDecision = new TreeMap<>();
    summary.byDecision().forEach((d, n) -> byDecision.put(d.key(), n));
    return new Decisions(
        file,
        summary.first(),
        summary.second(),
        byDecision,
        summary.unsettled(),
        summary.coded(),
        summary.notCoded());
  }

  /** Every disagreement in the trail. */
  public int total() {
    return settled() + unsettled;
  }

  public int settled() {
    return byDecision.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Settled disagreements per decision, in words, for a table. */
  public List<Overview.Count> rows() {
    return byDecision.entrySet().stream()
        .map(e -> new Overview.Count(label(e.getKey()), e.getValue()))
        .toList();
  }

  private String label(String decision) {
    if (decision.equals(Decision.FIRST.key())) {
      return "kept as " + first + " coded it";
    }
    if (decision.equals(Decision.SECOND.key())) {
      return "kept as " + second + " coded it";
    }
    return decision.equals(Decision.BOTH.key()) ? "code kept (both)" : "code left out (neither)";
  }
}
