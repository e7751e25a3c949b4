package io.tacit.agreement;

/**
 * Krippendorff's alpha, {@code 1 - D_o / D_e}, from the coincidence matrix, at any level of
 * measurement, for any number of coders and missing values (Krippendorff, Computing Krippendorff's
 * Alpha-Reliability, 2011). Its standard error is Gwet's (Handbook, 4th ed., 2014, ch. 5), which
 * treats agreement weights {@code 1 - delta^2 / max delta^2} as fixed: that holds for the nominal,
 * interval and ratio differences, not for the ordinal one, which depends on the observed
 * frequencies, so ordinal alpha has no standard error. Its interval comes from Krippendorff's own
 * bootstrap ({@link #bootstrap}). Immutable.
 */
public final class KrippendorffAlpha {

  private final RatingProfiles profiles;
  private final Level level;
  private final CoincidenceMatrix matrix;
  private final double[] delta;
  private final double observed;
  private final double expected;

  private KrippendorffAlpha(RatingProfiles profiles, Level level, double[] values) {
    this.profiles = profiles;
    this.level = level;
    this.matrix = CoincidenceMatrix.of(profiles);
    this.delta = DistanceMetric.squared(level, matrix, values);
    int q = matrix.size();
    double n = matrix.total();
    double o = 0;
    double e = 0;
    for (int c = 0; c < q; c++) {
      for (int k = 0; k < q; k++) {
        o += matrix.get(c, k) * delta[c * q + k];
        e += matrix.marginal(c) * matrix.marginal(k) * delta[c * q + k];
      }
    }
    this.observed = n == 0 ? Double.NaN : o / n;
    this.expected = n < 2 ? Double.NaN : e / (n * (n - 1));
  }

  /**
   * Alpha of {@code data} at {@code level}.
   *
   * @throws IllegalArgumentException at the interval or ratio level if the data have no values
   */
  public static KrippendorffAlpha of(ReliabilityData data, Level level) {
    return of(RatingProfiles.of(data), level, data);
  }

  static KrippendorffAlpha of(RatingProfiles profiles, Level level, ReliabilityData data) {
    double[] values = level.isNumeric() ? Weights.numericValues(level, data) : new double[0];
    return new KrippendorffAlpha(profiles, level, values);
  }

  /** Alpha; NaN when there are no pairable values or no variation among them. */
  public double value() {
    return expected > 0 ? 1 - observed / expected : Double.NaN;
  }

  /** Observed disagreement {@code D_o}. */
  public double observedDisagreement() {
    return observed;
  }

  /** Expected disagreement {@code D_e}. */
  public double expectedDisagreement() {
    return expected;
  }

  public CoincidenceMatrix coincidences() {
    return matrix;
  }

  /** Alpha with Gwet's standard error (NaN at the ordinal level) and the normal interval. */
  public Estimate estimate() {
    return Estimate.normal(value(), standardError());
  }

  /**
   * Krippendorff's bootstrap distribution of alpha (Krippendorff, Bootstrapping Distributions for
   * Krippendorff's Alpha, 2016; as in Hayes's KALPHA macro). Expected disagreement stays as
   * observed. Each resample gives every pairable unit as many pairs of values as it has, {@code
   * m_u(m_u-1)/2}, each drawn at random from all pairs of values in the data, and weights them by
   * {@code 1/(m_u-1)} as the coincidence matrix does. Units with the same {@code m_u} are drawn
   * together as one multinomial, so a resample costs as much as there are distinct value pairs.
   */
  public BootstrapDistribution bootstrap(Bootstrap bootstrap) {
    return KrippendorffBootstrap.run(this, bootstrap);
  }

  double[] squaredDifferences() {
    return delta;
  }

  private double standardError() {
    double alpha = value();
    long n = profiles.pairableUnits();
    if (level == Level.ORDINAL || Double.isNaN(alpha) || n < 2) {
      return Double.NaN;
    }
    int q = matrix.size();
    double maxDelta = 0;
    for (double d : delta) {
      maxDelta = Math.max(maxDelta, d);
    }
    double[] w = new double[q * q];
    for (int i = 0; i < w.length; i++) {
      w[i] = 1 - delta[i] / maxDelta;
    }
    return gwetStandardError(w, q, n);
  }

  /** Gwet's linearised variance for weighted alpha over the pairable units. */
  private double gwetStandardError(double[] w, int q, long n) {
    double values = matrix.total();
    double meanValues = values / n;
    double[] pi = new double[q];
    for (int k = 0; k < q; k++) {
      pi[k] = matrix.marginal(k) / values;
    }
    double pe = 0;
    double[] symmetric = new double[q];
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        pe += w[k * q + l] * pi[k] * pi[l];
        symmetric[k] += (w[k * q + l] + w[l * q + k]) / 2 * pi[l];
      }
    }
    double[] unitAgreement = new double[profiles.size()];
    double paPrime = 0;
    for (int p = 0; p < profiles.size(); p++) {
      int r = profiles.raters(p);
      if (r >= 2) {
        unitAgreement[p] = pairWeights(p, r, w, q) / (meanValues * (r - 1));
        paPrime += profiles.count(p) * unitAgreement[p];
      }
    }
    paPrime /= n;
    double alphaPrime = (paPrime - pe) / (1 - pe);
    double sum = 0;
    for (int p = 0; p < profiles.size(); p++) {
      int r = profiles.raters(p);
      if (r < 2) {
        continue;
      }
      double spread = (r - meanValues) / meanValues;
      double pa = unitAgreement[p] - paPrime * spread;
      double chance = -pe * spread;
      for (int i = 0; i < r; i++) {
        chance += symmetric[profiles.category(p, i)] / meanValues;
      }
      double linear = (pa - pe) / (1 - pe) - 2 * (1 - alphaPrime) * (chance - pe) / (1 - pe);
      double d = linear - alphaPrime;
      sum += profiles.count(p) * d * d;
    }
    return Math.sqrt(sum / ((double) n * (n - 1)));
  }

  private double pairWeights(int p, int r, double[] w, int q) {
    double sum = 0;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < r; j++) {
        if (i != j) {
          sum += w[profiles.category(p, i) * q + profiles.category(p, j)];
        }
      }
    }
    return sum;
  }
}
