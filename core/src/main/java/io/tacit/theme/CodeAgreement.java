package io.tacit.theme;

import io.tacit.agreement.Agreement;
import io.tacit.agreement.ContingencyTable;
import io.tacit.agreement.Estimate;
import io.tacit.agreement.Weights;
import io.tacit.transcript.UnitId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Agreement of two coders on one code where both coded: over the units of the transcripts both
 * coders coded, whether each coder put the code on each unit. Percent agreement and Cohen's kappa
 * on that presence/absence (through io.tacit.agreement); a stand-in until the coding package's
 * reliability mapping lands. Immutable.
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
public record CodeAgreement(String code, String other, int units, int both, int onlyFirst,
    int onlySecond, double percent, Optional<Double> kappa) {

  /** Agreement on each code, for codes either coder used in the double-coded transcripts. */
  static List<CodeAgreement> of(CodedData first, CodedData second, String otherCoder,
      Set<String> codes) {
    Set<String> docs = coded(first);
    docs.retainAll(coded(second));
    Map<UnitId, Set<String>> secondCodes = new HashMap<>();
    second.units().forEach(u -> secondCodes.put(u.id(), u.codes()));
    List<CodedData.CodedUnit> units = first.units().stream()
        .filter(u -> docs.contains(u.id().doc())).toList();
    return new TreeSet<>(codes).stream().map(code -> {
      int both = 0;
      int onlyFirst = 0;
      int onlySecond = 0;
      for (CodedData.CodedUnit u : units) {
        boolean a = u.codes().contains(code);
        boolean b = secondCodes.getOrDefault(u.id(), Set.of()).contains(code);
        both += a && b ? 1 : 0;
        onlyFirst += a && !b ? 1 : 0;
        onlySecond += !a && b ? 1 : 0;
      }
      int neither = units.size() - both - onlyFirst - onlySecond;
      double percent = units.isEmpty() ? 0 : (both + neither) / (double) units.size();
      Estimate k = Agreement.cohenKappa(ContingencyTable.of(new long[][] {
          {both, onlyFirst}, {onlySecond, neither}}), Weights.identity(2));
      Optional<Double> kappa = units.isEmpty() || !k.isDefined() ? Optional.empty()
          : Optional.of(ThemeSuggester.round(k.value()));
      return new CodeAgreement(code, otherCoder, units.size(), both, onlyFirst, onlySecond,
          ThemeSuggester.round(percent), kappa);
    }).filter(a -> a.both + a.onlyFirst + a.onlySecond > 0).toList();
  }

  private static Set<String> coded(CodedData data) {
    Set<String> docs = new HashSet<>();
    data.units().forEach(u -> {
      if (!u.codes().isEmpty()) {
        docs.add(u.id().doc());
      }
    });
    return docs;
  }
}
