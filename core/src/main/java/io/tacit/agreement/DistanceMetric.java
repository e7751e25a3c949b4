package io.tacit.agreement;

/**
 * Krippendorff's squared difference functions {@code delta^2(c, k)} (Computing Krippendorff's
 * Alpha-Reliability, 2011), one per level of measurement.
 */
final class DistanceMetric {

  private DistanceMetric() {}

  /** The q x q matrix of squared differences, row-major. */
  static double[] squared(Level level, CoincidenceMatrix matrix, double[] values) {
    int q = matrix.size();
    double[] d = new double[q * q];
    for (int c = 0; c < q; c++) {
      for (int k = 0; k < q; k++) {
        d[c * q + k] =
            switch (level) {
              case NOMINAL -> c == k ? 0 : 1;
              case ORDINAL -> ordinal(matrix, c, k);
              case INTERVAL -> (values[c] - values[k]) * (values[c] - values[k]);
              case RATIO -> Weights.squaredRelativeDifference(values[c], values[k]);
            };
      }
    }
    return d;
  }

  /**
   * The ordinal difference depends on the data: how many pairable values lie between {@code c} and
   * {@code k}, counting the ends half, {@code (sum_{g=c..k} n_g - (n_c + n_k)/2)^2}.
   */
  private static double ordinal(CoincidenceMatrix matrix, int c, int k) {
    if (c == k) {
      return 0;
    }
    int low = Math.min(c, k);
    int high = Math.max(c, k);
    double between = 0;
    for (int g = low; g <= high; g++) {
      between += matrix.marginal(g);
    }
    between -= (matrix.marginal(low) + matrix.marginal(high)) / 2;
    return between * between;
  }
}
