package io.tacit.agreement;

/**
 * Agreement weights between categories, as in Gwet's Handbook of Inter-Rater Reliability (4th ed.,
 * 2014, ch. 3): 1 on the diagonal, less for categories further apart. Identity weights give the
 * unweighted coefficients. Immutable.
 */
public final class Weights {

  private final int size;
  private final double[] w;

  private Weights(int size, double[] w) {
    this.size = size;
    this.w = w;
  }

  /** Full credit for identical categories only. */
  public static Weights identity(int categories) {
    double[] w = new double[categories * categories];
    for (int k = 0; k < categories; k++) {
      w[k * categories + k] = 1;
    }
    return new Weights(categories, w);
  }

  /**
   * Gwet's ordinal weights, from ranks alone: {@code 1 - C(|k-l|+1, 2) / C(q, 2)} for categories
   * {@code k, l} of {@code q}.
   */
  public static Weights ordinal(int categories) {
    if (categories < 2) {
      return identity(categories);
    }
    double max = categories * (categories - 1) / 2.0;
    double[] w = new double[categories * categories];
    for (int k = 0; k < categories; k++) {
      for (int l = 0; l < categories; l++) {
        double span = Math.abs(k - l) + 1;
        w[k * categories + l] = 1 - span * (span - 1) / 2 / max;
      }
    }
    return new Weights(categories, w);
  }

  /** Quadratic weights {@code 1 - (x_k - x_l)^2 / (x_max - x_min)^2}, for interval data. */
  public static Weights quadratic(double[] values) {
    int q = values.length;
    if (q < 2) {
      return identity(q);
    }
    double range = values[q - 1] - values[0];
    double[] w = new double[q * q];
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        double d = values[k] - values[l];
        w[k * q + l] = 1 - d * d / (range * range);
      }
    }
    return new Weights(q, w);
  }

  /**
   * Ratio weights {@code 1 - ((x_k - x_l)/(x_k + x_l))^2 / ((x_max - x_min)/(x_max + x_min))^2},
   * for ratio data (non-negative values with an absolute zero).
   */
  public static Weights ratio(double[] values) {
    int q = values.length;
    if (q < 2) {
      return identity(q);
    }
    double maxRatio = squaredRelativeDifference(values[q - 1], values[0]);
    double[] w = new double[q * q];
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        w[k * q + l] = 1 - squaredRelativeDifference(values[k], values[l]) / maxRatio;
      }
    }
    return new Weights(q, w);
  }

  /**
   * The weights AC2 uses at {@code level}: identity (AC1) at the nominal level, ordinal, quadratic
   * (interval) or ratio weights otherwise, as Gwet recommends for each level.
   *
   * @throws IllegalArgumentException if an interval or ratio level meets data without values
   */
  public static Weights forLevel(Level level, ReliabilityData data) {
    return switch (level) {
      case NOMINAL -> identity(data.categoryCount());
      case ORDINAL -> ordinal(data.categoryCount());
      case INTERVAL -> quadratic(numericValues(level, data));
      case RATIO -> ratio(numericValues(level, data));
    };
  }

  public int size() {
    return size;
  }

  /** The weight between categories {@code k} and {@code l}. */
  public double get(int k, int l) {
    return w[k * size + l];
  }

  /** The sum of all weights (Gwet's T_w); {@code q} for identity weights. */
  public double total() {
    double t = 0;
    for (double v : w) {
      t += v;
    }
    return t;
  }

  /** Whether these are identity weights, i.e. the coefficient is unweighted. */
  public boolean isIdentity() {
    for (int k = 0; k < size; k++) {
      for (int l = 0; l < size; l++) {
        if (get(k, l) != (k == l ? 1 : 0)) {
          return false;
        }
      }
    }
    return true;
  }

  static double[] numericValues(Level level, ReliabilityData data) {
    double[] values = data.valuesArray();
    if (values == null) {
      throw new IllegalArgumentException(
          "the " + level.key() + " level needs numeric values, and these categories have none");
    }
    return values;
  }

  static double squaredRelativeDifference(double a, double b) {
    double sum = a + b;
    if (sum == 0) {
      return 0;
    }
    double r = (a - b) / sum;
    return r * r;
  }
}
