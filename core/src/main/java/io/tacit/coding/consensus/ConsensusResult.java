package io.tacit.coding.consensus;

import io.tacit.coding.Coding;
import io.tacit.coding.reliability.Disagreement;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What merging two coders gave: the consensus codings, and an account of how each came about.
 * Immutable.
 *
 * @param name the consensus coder's id
 * @param first the first coder
 * @param second the second coder
 * @param compared the transcripts both coded, merged unit by unit
 * @param codings the consensus codings, in file order
 * @param agreed units and codes both coders applied, which went in
 * @param settled settled disagreements by decision
 * @param unsettled disagreements the sheet does not settle, left out
 * @param stale sheet rows that are no disagreement in the current codings, ignored
 * @param carriedOver transcripts only one of the two coded, whose codings were carried over
 * @param trail one row per disagreement, settled or not, for the audit trail
 */
public record ConsensusResult(
    String name,
    String first,
    String second,
    List<String> compared,
    List<Coding> codings,
    int agreed,
    Map<Decision, Integer> settled,
    List<Disagreement> unsettled,
    List<SettledDecision> stale,
    List<String> carriedOver,
    List<TrailRow> trail) {

  /** One disagreement and what became of it. */
  public record TrailRow(
      Disagreement disagreement,
      @Nullable Decision decision,
      String decidedBy,
      String reason,
      Outcome outcome) {}

  /** What a disagreement led to. */
  public enum Outcome {
    CODED("coded"),
    NOT_CODED("not coded"),
    UNSETTLED("unsettled");

    private final String key;

    Outcome(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  public ConsensusResult {
    compared = List.copyOf(compared);
    codings = List.copyOf(codings);
    EnumMap<Decision, Integer> counts = new EnumMap<>(Decision.class);
    for (Decision d : Decision.values()) {
      counts.put(d, settled.getOrDefault(d, 0));
    }
    settled = Collections.unmodifiableMap(counts);
    unsettled = List.copyOf(unsettled);
    stale = List.copyOf(stale);
    carriedOver = List.copyOf(carriedOver);
    trail = List.copyOf(trail);
  }

  /** Settled disagreements, all decisions together. */
  public int settledCount() {
    return settled.values().stream().mapToInt(Integer::intValue).sum();
  }
}
