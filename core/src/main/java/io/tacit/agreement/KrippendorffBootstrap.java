package io.tacit.agreement;

/**
 * Krippendorff's bootstrap of alpha, on the coincidence matrix's exact pair counts: the population
 * is every unordered pair of values from different coders of a pairable unit (a kind per pair of
 * categories), and units with {@code m} values draw {@code m(m-1)/2} pairs each from it. See {@link
 * KrippendorffAlpha#bootstrap}.
 */
final class KrippendorffBootstrap {

  private KrippendorffBootstrap() {}

  static BootstrapDistribution run(KrippendorffAlpha alpha, Bootstrap bootstrap) {
    CoincidenceMatrix matrix = alpha.coincidences();
    double expected = alpha.expectedDisagreement();
    if (!(expected > 0)) {
      return BootstrapDistribution.of(new double[0]);
    }
    int q = matrix.size();
    double[] delta = alpha.squaredDifferences();
    long[] population = new long[q * (q + 1) / 2];
    double[] cellDelta = new double[population.length];
    long[] drawsPerGroup = new long[matrix.groups()];
    for (int g = 0; g < matrix.groups(); g++) {
      long[] pairs = matrix.groupPairs(g);
      int cell = 0;
      for (int c = 0; c < q; c++) {
        for (int k = c; k < q; k++, cell++) {
          // Ordered pairs count each unordered pair of distinct categories once per order.
          long unordered = c == k ? pairs[c * q + k] / 2 : pairs[c * q + k];
          population[cell] += unordered;
          drawsPerGroup[g] += unordered;
          cellDelta[cell] = delta[c * q + k];
        }
      }
    }
    double scale = 2 / (matrix.total() * expected);
    SplitMix64 random = SplitMix64.stream(bootstrap.seed(), Statistic.KRIPPENDORFF_ALPHA.ordinal());
    long[] draws = new long[population.length];
    double[] alphas = new double[bootstrap.replicates()];
    for (int b = 0; b < alphas.length; b++) {
      double disagreement = 0;
      for (int g = 0; g < matrix.groups(); g++) {
        Multinomial.sample(drawsPerGroup[g], population, draws, random);
        double sum = 0;
        for (int cell = 0; cell < draws.length; cell++) {
          sum += draws[cell] * cellDelta[cell];
        }
        disagreement += sum / (matrix.groupValues(g) - 1);
      }
      alphas[b] = 1 - scale * disagreement;
    }
    return BootstrapDistribution.of(alphas);
  }
}
