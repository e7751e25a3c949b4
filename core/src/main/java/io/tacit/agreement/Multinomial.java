package io.tacit.agreement;

/**
 * Resampling as multinomial counts. Drawing {@code n} items with replacement from a population in
 * which item kind {@code i} occurs {@code counts[i]} times gives counts that are multinomial; they
 * are drawn as a chain of binomials, so a resample of a million units costs as many binomial draws
 * as there are kinds, not a million index draws.
 */
final class Multinomial {

  private Multinomial() {}

  /**
   * Fills {@code out} with a multinomial draw of {@code n} items, probabilities {@code counts[i] /
   * sum(counts)}.
   */
  static void sample(long n, long[] counts, long[] out, SplitMix64 random) {
    long remainingTotal = 0;
    for (long c : counts) {
      remainingTotal += c;
    }
    long remaining = n;
    for (int i = 0; i < counts.length; i++) {
      if (remaining == 0 || counts[i] == 0) {
        out[i] = 0;
      } else if (counts[i] >= remainingTotal) {
        out[i] = remaining;
        remaining = 0;
      } else {
        long x = Binomial.sample(remaining, (double) counts[i] / remainingTotal, random);
        out[i] = x;
        remaining -= x;
      }
      remainingTotal -= counts[i];
    }
  }
}
