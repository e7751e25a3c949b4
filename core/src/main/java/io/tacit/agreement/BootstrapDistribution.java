package io.tacit.agreement;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The values a statistic took over bootstrap resamples, sorted. Resamples where the statistic was
 * undefined (a resample with no variation, say) are left out and counted. Immutable.
 */
public final class BootstrapDistribution {

  private final double[] sorted;
  private final int undefined;

  private BootstrapDistribution(double[] sorted, int undefined) {
    this.sorted = sorted;
    this.undefined = undefined;
  }

  /** The distribution of {@code replicates}; NaN entries count as undefined resamples. */
  static BootstrapDistribution of(double[] replicates) {
    double[] finite = Arrays.stream(replicates).filter(v -> !Double.isNaN(v)).sorted().toArray();
    return new BootstrapDistribution(finite, replicates.length - finite.length);
  }

  /** Resamples with a defined value. */
  public int size() {
    return sorted.length;
  }

  /** Resamples where the statistic was undefined, left out of the percentiles. */
  public int undefined() {
    return undefined;
  }

  /**
   * The {@code p}-quantile, interpolating linearly between order statistics (Hyndman and Fan's type
   * 7, R's default); NaN when no resample had a value.
   */
  public double percentile(double p) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException("not a probability: " + p);
    }
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * p;
    int low = (int) Math.floor(h);
    int high = Math.min(low + 1, sorted.length - 1);
    return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
  }

  /**
   * The share of resamples below {@code minimum}: Krippendorff's probability q that the coefficient
   * fails to reach a required minimum.
   */
  public double probabilityBelow(double minimum) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = Arrays.binarySearch(sorted, minimum);
    if (index < 0) {
      return (double) (-index - 1) / sorted.length;
    }
    while (index > 0 && sorted[index - 1] == minimum) {
      index--;
    }
    return (double) index / sorted.length;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BootstrapDistribution other
        && undefined == other.undefined
        && Arrays.equals(sorted, other.sorted);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(sorted) + undefined;
  }

  @Override
  public String toString() {
    return "BootstrapDistribution["
        + sorted.length
        + " resamples, "
        + undefined
        + " undefined, 95% "
        + percentile(0.025)
        + " to "
        + percentile(0.975)
        + "]";
  }

  /**
   * The central 95% interval: 2.5th and 97.5th percentiles, capped at 1. No agreement coefficient
   * exceeds perfect agreement, but a resample in perfect agreement can compute to a rounding error
   * above 1 (as {@link Estimate#normal} caps the normal interval too).
   */
  double[] interval95() {
    return new double[] {Math.min(1.0, percentile(0.025)), Math.min(1.0, percentile(0.975))};
  }
}
