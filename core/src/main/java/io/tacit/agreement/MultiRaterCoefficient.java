package io.tacit.agreement;

/**
 * Percent agreement, Fleiss' kappa, Gwet's AC1/AC2 and Brennan-Prediger for any number of coders
 * and missing ratings, with Gwet's variance (Handbook of Inter-Rater Reliability, 4th ed., 2014,
 * ch. 5; the formulas of his irrCAC package). Observed agreement averages, over units with two or
 * more ratings, the share of agreeing ordered pairs of coders; category proportions average each
 * rated unit's own proportions. Immutable; the per-profile agreement is computed once and reused by
 * every bootstrap resample.
 */
final class MultiRaterCoefficient {

  private final RatingProfiles profiles;
  private final Weights weights;
  private final ChanceModel model;
  private final int q;
  private final double totalWeight;

  /** Agreement among the ordered pairs of each profile; 0 for a single rating. */
  private final double[] agreement;

  MultiRaterCoefficient(RatingProfiles profiles, Weights weights, ChanceModel model) {
    if (weights.size() != profiles.categories()) {
      throw new IllegalArgumentException(
          weights.size() + " weights for " + profiles.categories() + " categories");
    }
    this.profiles = profiles;
    this.weights = weights;
    this.model = model;
    this.q = profiles.categories();
    this.totalWeight = weights.total();
    this.agreement = new double[profiles.size()];
    for (int p = 0; p < profiles.size(); p++) {
      int r = profiles.raters(p);
      if (r >= 2) {
        agreement[p] = pairAgreement(p, r) / ((double) r * (r - 1));
      }
    }
  }

  /** The coefficient with Gwet's standard error and a normal-approximation interval. */
  Estimate estimate() {
    long[] counts = profiles.counts();
    double value = value(counts);
    return Estimate.normal(value, standardError(counts, value));
  }

  /** The coefficient when profile {@code p} holds {@code counts[p]} units. */
  double value(long[] counts) {
    long n = 0;
    long pairable = 0;
    double agreementSum = 0;
    double[] pi = new double[q];
    for (int p = 0; p < counts.length; p++) {
      long c = counts[p];
      if (c == 0) {
        continue;
      }
      int r = profiles.raters(p);
      n += c;
      if (r >= 2) {
        pairable += c;
        agreementSum += c * agreement[p];
      }
      for (int i = 0; i < r; i++) {
        pi[profiles.category(p, i)] += (double) c / r;
      }
    }
    if (pairable == 0) {
      return Double.NaN;
    }
    double pa = agreementSum / pairable;
    if (model == ChanceModel.NONE) {
      return pa;
    }
    for (int k = 0; k < q; k++) {
      pi[k] /= n;
    }
    double pe = chanceAgreement(pi);
    return pe == 1 ? Double.NaN : (pa - pe) / (1 - pe);
  }

  private double standardError(long[] counts, double value) {
    long n = profiles.ratedUnits();
    long pairable = profiles.pairableUnits();
    if (Double.isNaN(value) || n < 2) {
      return Double.NaN;
    }
    double[] pi = proportions(counts, n);
    double pe = model == ChanceModel.NONE ? 0 : chanceAgreement(pi);
    double[] symmetric = symmetricWeightedProportions(pi);
    boolean chanceVaries = model == ChanceModel.FLEISS || model == ChanceModel.GWET;
    double sum = 0;
    for (int p = 0; p < counts.length; p++) {
      int r = profiles.raters(p);
      double unit = (double) n / pairable * (agreement[p] - (r >= 2 ? pe : 0)) / (1 - pe);
      if (chanceVaries) {
        // The unit's share in estimating chance agreement, Gwet's pe_i, linearised.
        unit -= 2 * (1 - value) * (unitChanceAgreement(p, pi, symmetric) - pe) / (1 - pe);
      }
      double d = unit - value;
      sum += counts[p] * d * d;
    }
    return Math.sqrt(sum / ((double) n * (n - 1)));
  }

  private double chanceAgreement(double[] pi) {
    return switch (model) {
      case NONE -> 0;
      case FLEISS -> {
        double pe = 0;
        for (int k = 0; k < q; k++) {
          for (int l = 0; l < q; l++) {
            pe += weights.get(k, l) * pi[k] * pi[l];
          }
        }
        yield pe;
      }
      case GWET -> {
        if (q < 2) {
          yield Double.NaN;
        }
        double spread = 0;
        for (double p : pi) {
          spread += p * (1 - p);
        }
        yield totalWeight * spread / (q * (q - 1.0));
      }
      case UNIFORM -> q < 2 ? Double.NaN : totalWeight / ((double) q * q);
    };
  }

  /** Gwet's pe_i: the chance agreement unit {@code p} contributes, for the linearised variance. */
  private double unitChanceAgreement(int p, double[] pi, double[] symmetric) {
    int r = profiles.raters(p);
    double sum = 0;
    for (int i = 0; i < r; i++) {
      int k = profiles.category(p, i);
      sum += model == ChanceModel.FLEISS ? symmetric[k] : 1 - pi[k];
    }
    double scale = model == ChanceModel.GWET ? totalWeight / (q * (q - 1.0)) : 1;
    return scale * sum / r;
  }

  /** (W pi + W' pi) / 2: each category's expected weighted agreement with a random rating. */
  private double[] symmetricWeightedProportions(double[] pi) {
    double[] s = new double[q];
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        s[k] += (weights.get(k, l) + weights.get(l, k)) * pi[l] / 2;
      }
    }
    return s;
  }

  private double[] proportions(long[] counts, long n) {
    double[] pi = new double[q];
    for (int p = 0; p < counts.length; p++) {
      int r = profiles.raters(p);
      for (int i = 0; i < r; i++) {
        pi[profiles.category(p, i)] += (double) counts[p] / r / n;
      }
    }
    return pi;
  }

  /**
   * Gwet's {@code sum_k r_ik (r*_ik - 1)}: weighted agreement summed over the ordered pairs of
   * distinct coders of a unit, plus any shortfall of the diagonal weights from 1.
   */
  private double pairAgreement(int p, int r) {
    double sum = 0;
    for (int i = 0; i < r; i++) {
      int ci = profiles.category(p, i);
      for (int j = 0; j < r; j++) {
        int cj = profiles.category(p, j);
        sum += i == j ? weights.get(ci, ci) - 1 : weights.get(ci, cj);
      }
    }
    return sum;
  }
}
