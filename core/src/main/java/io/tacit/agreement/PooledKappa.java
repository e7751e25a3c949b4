package io.tacit.agreement;

import java.util.List;

/**
 * Agreement over several codes at once, for two coders who each decided, unit by unit, whether
 * every code applies. De Vries, Elliott, Kanouse and Teleki (2008, "Using pooled kappa to summarize
 * interrater agreement across many items", Field Methods 20, 272-282) pool the codes' tables before
 * correcting for chance: the mean observed agreement and the mean expected agreement give one
 * kappa, which stays defined when a rare code was never applied and its own kappa is not. The mean
 * of the codes' kappas is given too. Stateless.
 */
public final class PooledKappa {

  private PooledKappa() {}

  /**
   * Pooled kappa, {@code (mean p_o - mean p_e) / (1 - mean p_e)} over the tables that have units;
   * NaN when none has.
   */
  public static double pooled(List<ContingencyTable> tables) {
    double observed = 0;
    double expected = 0;
    int used = 0;
    for (ContingencyTable table : tables) {
      double n = table.total();
      if (n == 0) {
        continue;
      }
      observed += table.agreements() / n;
      expected += chance(table, n);
      used++;
    }
    if (used == 0) {
      return Double.NaN;
    }
    observed /= used;
    expected /= used;
    return expected == 1 ? Double.NaN : (observed - expected) / (1 - expected);
  }

  /**
   * The mean of the tables' Cohen's kappas, over the codes where kappa is defined (a code both
   * coders never or always applied has none); NaN when it is defined for none.
   */
  public static double mean(List<ContingencyTable> tables) {
    double sum = 0;
    int used = 0;
    for (ContingencyTable table : tables) {
      double n = table.total();
      if (n == 0) {
        continue;
      }
      double pe = chance(table, n);
      if (pe < 1) {
        sum += (table.agreements() / n - pe) / (1 - pe);
        used++;
      }
    }
    return used == 0 ? Double.NaN : sum / used;
  }

  /**
   * Pooled kappa over codes rated on the same units in the same order (each code's data holding the
   * first two coders' ratings of it), with a unit bootstrap interval that resamples units together
   * across codes, since a unit's codes are not independent. The literature gives no standard error,
   * so {@code se} is NaN.
   *
   * @throws IllegalArgumentException if the codes disagree on the number of units
   */
  public static Estimate estimate(List<ReliabilityData> codes, Bootstrap bootstrap) {
    JointUnits joint = JointUnits.of(codes);
    double value = joint.pooled(joint.counts());
    if (!bootstrap.isOn() || Double.isNaN(value)) {
      return new Estimate(value, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] ci = Resampler.run(joint.counts(), bootstrap, -1, joint::pooled).interval95();
    return new Estimate(value, Double.NaN, ci[0], ci[1]);
  }

  static double chance(ContingencyTable table, double n) {
    double pe = 0;
    for (int k = 0; k < table.size(); k++) {
      double row = 0;
      double col = 0;
      for (int l = 0; l < table.size(); l++) {
        row += table.count(k, l);
        col += table.count(l, k);
      }
      pe += row / n * (col / n);
    }
    return pe;
  }
}
