package io.tacit.coding.reliability;

import io.tacit.agreement.Agreement;
import io.tacit.agreement.AgreementReport;
import io.tacit.agreement.Bootstrap;
import io.tacit.agreement.ContingencyTable;
import io.tacit.agreement.Estimate;
import io.tacit.agreement.Level;
import io.tacit.agreement.PooledKappa;
import io.tacit.agreement.ReliabilityData;
import io.tacit.agreement.Statistic;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Unit-level agreement: per code, the counts and coefficients of presence or absence; overall,
 * every coefficient over all unit-by-code decisions at once (Krippendorff's alpha among them), and,
 * for two coders, pooled kappa (De Vries et al. 2008) and the mean of the codes' kappas. Immutable.
 *
 * @param codes one result per compared code, in code order
 * @param overall the coefficients over every unit-by-code decision
 * @param pooledKappa pooled kappa with a unit bootstrap interval; undefined unless two coders
 * @param meanKappa the mean of the codes' Cohen's kappas (value only); undefined unless two coders
 */
public record UnitReliability(
    List<CodeReliability> codes,
    AgreementReport overall,
    Estimate pooledKappa,
    Estimate meanKappa) {

  public UnitReliability {
    codes = List.copyOf(codes);
  }

  /**
   * Computes it all.
   *
   * @throws IllegalArgumentException if no code was compared (nothing to agree on)
   */
  public static UnitReliability of(UnitDecisions decisions, Bootstrap bootstrap) {
    if (decisions.codes().isEmpty() || decisions.units().isEmpty()) {
      throw new IllegalArgumentException("no unit and code to compare");
    }
    int coders = decisions.coders().size();
    // Codes are independent (each bootstrap has its own seeded generator), so they are computed
    // on every core; the lists keep code order, so the result is the same as one at a time.
    List<ReliabilityData> perCode =
        IntStream.range(0, decisions.codes().size()).parallel().mapToObj(decisions::data).toList();
    List<CodeReliability> results =
        IntStream.range(0, perCode.size())
            .parallel()
            .mapToObj(k -> code(decisions, k, perCode.get(k), bootstrap))
            .toList();
    List<ContingencyTable> tables =
        coders == 2 ? perCode.stream().map(ContingencyTable::of).toList() : List.of();
    AgreementReport overall = Agreement.report(decisions.allDecisions(), Level.NOMINAL, bootstrap);
    Estimate pooled = Estimate.undefined();
    Estimate mean = Estimate.undefined();
    if (coders == 2) {
      pooled = PooledKappa.estimate(perCode, bootstrap);
      mean = new Estimate(PooledKappa.mean(tables), Double.NaN, Double.NaN, Double.NaN);
    }
    return new UnitReliability(results, overall, pooled, mean);
  }

  /** Overall alpha, NaN where undefined. */
  public double overallAlpha() {
    return overall.estimate(Statistic.KRIPPENDORFF_ALPHA).map(Estimate::value).orElse(Double.NaN);
  }

  /**
   * The quality gate: codes whose alpha is below {@code minAlpha}, in code order. A code whose
   * alpha is undefined (no variation: every unit coded alike by everyone) is not below anything.
   */
  public List<CodeReliability> codesBelow(double minAlpha) {
    return codes.stream().filter(c -> c.alpha() < minAlpha).toList();
  }

  /** Whether overall alpha, or any code's, falls short of {@code minAlpha}. */
  public boolean failsGate(double minAlpha) {
    return overallAlpha() < minAlpha || !codesBelow(minAlpha).isEmpty();
  }

  private static CodeReliability code(
      UnitDecisions decisions, int k, ReliabilityData data, Bootstrap bootstrap) {
    int coders = decisions.coders().size();
    int all = (1 << coders) - 1;
    long[] byCoders = new long[coders + 1];
    long onlyFirst = 0;
    long onlySecond = 0;
    for (int u = 0; u < decisions.units().size(); u++) {
      int mask = decisions.appliedBy(u, k);
      byCoders[Integer.bitCount(mask)]++;
      onlyFirst += mask == 1 ? 1 : 0;
      onlySecond += mask == 2 ? 1 : 0;
    }
    List<Long> counts = new ArrayList<>();
    for (long n : byCoders) {
      counts.add(n);
    }
    long both = byCoders[coders];
    return new CodeReliability(
        decisions.codes().get(k),
        both,
        onlyFirst,
        onlySecond,
        byCoders[0],
        counts,
        Agreement.report(data, Level.NOMINAL, bootstrap));
  }
}
