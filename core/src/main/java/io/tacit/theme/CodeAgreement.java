package io.tacit.theme;

import io.tacit.agreement.Bootstrap;
import io.tacit.agreement.Estimate;
import io.tacit.agreement.Statistic;
import io.tacit.coding.reliability.UnitDecisions;
import io.tacit.coding.reliability.UnitReliability;
import io.tacit.transcript.Unit;
import io.tacit.transcript.UnitId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Agreement of two coders on one code where both coded: over the units of the transcripts both
 * coders coded, whether each coder put the code on each unit. Percent agreement and Cohen's kappa
 * on that presence/absence, from io.tacit.coding.reliability's unit decisions; the summary a theme
 * review shows (tacit agree gives the full figures). Immutable.
 *
 * @param code the code
 * @param other the second coder
 * @param units units of the double-coded transcripts
 * @param both units both coders put it on
 * @param onlyFirst units only the theme's coder put it on
 * @param onlySecond units only the second coder put it on
 * @param percent (both + neither) / units
 * @param kappa Cohen's kappa, empty where undefined (e.g. neither coder used it)
 */
public record CodeAgreement(
    String code,
    String other,
    int units,
    int both,
    int onlyFirst,
    int onlySecond,
    double percent,
    Optional<Double> kappa) {

  /**
   * Agreement on each code, for codes either coder used in the double-coded transcripts, through
   * the coding package's unit decisions (every code a coding overlaps counts on the unit).
   */
  static List<CodeAgreement> of(
      CodedData first, CodedData second, String otherCoder, Set<String> codes) {
    Set<String> docs = coded(first);
    docs.retainAll(coded(second));
    Map<UnitId, Set<String>> firstCodes = new HashMap<>();
    first.units().forEach(u -> firstCodes.put(u.id(), u.codes()));
    Map<UnitId, Set<String>> secondCodes = new HashMap<>();
    second.units().forEach(u -> secondCodes.put(u.id(), u.codes()));
    List<Unit> units =
        first.units().stream()
            .filter(u -> docs.contains(u.id().doc()))
            .map(CodedData.CodedUnit::unit)
            .toList();
    if (units.isEmpty() || codes.isEmpty()) {
      return List.of();
    }
    UnitDecisions decisions =
        UnitDecisions.ofUnits(
            List.of("first", "second"),
            units,
            List.of(
                u -> firstCodes.getOrDefault(u.id(), Set.of()),
                u -> secondCodes.getOrDefault(u.id(), Set.of())),
            codes,
            docs.size());
    if (decisions.codes().isEmpty()) {
      return List.of();
    }
    return UnitReliability.of(decisions, Bootstrap.OFF).codes().stream()
        .map(
            c -> {
              double percent =
                  c.report().estimate(Statistic.PERCENT_AGREEMENT).orElseThrow().value();
              Estimate k = c.report().estimate(Statistic.COHEN_KAPPA).orElseThrow();
              Optional<Double> kappa =
                  k.isDefined() ? Optional.of(ThemeSuggester.round(k.value())) : Optional.empty();
              return new CodeAgreement(
                  c.code(),
                  otherCoder,
                  units.size(),
                  (int) c.bothCoded(),
                  (int) c.onlyFirst(),
                  (int) c.onlySecond(),
                  ThemeSuggester.round(percent),
                  kappa);
            })
        .toList();
  }

  private static Set<String> coded(CodedData data) {
    Set<String> docs = new HashSet<>();
    data.units()
        .forEach(
            u -> {
              if (!u.codes().isEmpty()) {
                docs.add(u.id().doc());
              }
            });
    return docs;
  }
}
