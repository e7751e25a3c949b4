package io.tacit.agreement;

/**
 * A coefficient with its precision. Any component may be NaN: the value where the coefficient is
 * undefined for the data (for example no variation at all), the standard error where the literature
 * gives none, the interval where neither a standard error nor a bootstrap was available. Immutable.
 *
 * @param value the coefficient
 * @param se its standard error
 * @param ciLow lower end of the 95% confidence interval
 * @param ciHigh upper end of the 95% confidence interval
 */
public record Estimate(double value, double se, double ciLow, double ciHigh) {

  /** The 97.5th percentile of the standard normal distribution. */
  static final double Z_95 = 1.959963984540054;

  private static final Estimate UNDEFINED =
      new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  public Estimate {
    if (ciLow > ciHigh) {
      throw new IllegalArgumentException("interval reversed: " + ciLow + " > " + ciHigh);
    }
  }

  /** Nothing could be computed. */
  public static Estimate undefined() {
    return UNDEFINED;
  }

  /**
   * The value with a normal-approximation interval, value +/- 1.96 se. The upper end is capped at 1
   * because no agreement coefficient exceeds perfect agreement (as Gwet's software does).
   */
  public static Estimate normal(double value, double se) {
    if (Double.isNaN(value) || Double.isNaN(se)) {
      return new Estimate(value, se, Double.NaN, Double.NaN);
    }
    double high = Math.min(1.0, value + Z_95 * se);
    // A value a rounding error above 1 must not put the lower end above the capped upper one.
    return new Estimate(value, se, Math.min(value - Z_95 * se, high), high);
  }

  /** The same value and standard error with another interval. */
  public Estimate withInterval(double low, double high) {
    return new Estimate(value, se, low, high);
  }

  /** Whether the coefficient has a value for the data. */
  public boolean isDefined() {
    return !Double.isNaN(value);
  }

  /** Whether a confidence interval is present. */
  public boolean hasInterval() {
    return !Double.isNaN(ciLow) && !Double.isNaN(ciHigh);
  }
}
