package io.tacit.agreement;

/**
 * The unit-level (cluster) bootstrap on compact data. Units that look alike (same ratings, or same
 * pattern of category counts) are one kind with a count; a resample of all units is a multinomial
 * draw of those counts, and the statistic is recomputed from the kinds' counts. The result equals
 * drawing unit indices with replacement, at a cost independent of the unit count.
 */
final class Resampler {

  /** A statistic computed from how many units of each kind a resample holds. */
  @FunctionalInterface
  interface CountStatistic {
    double value(long[] kindCounts);
  }

  private Resampler() {}

  /**
   * The bootstrap distribution of {@code statistic} over {@code bootstrap.replicates()} resamples
   * of the units whose kinds are counted in {@code counts}, drawing from stream {@code stream}.
   */
  static BootstrapDistribution run(
      long[] counts, Bootstrap bootstrap, long stream, CountStatistic statistic) {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    SplitMix64 random = SplitMix64.stream(bootstrap.seed(), stream);
    long[] resample = new long[counts.length];
    double[] values = new double[bootstrap.replicates()];
    for (int b = 0; b < values.length; b++) {
      Multinomial.sample(n, counts, resample, random);
      values[b] = statistic.value(resample);
    }
    return BootstrapDistribution.of(values);
  }
}
