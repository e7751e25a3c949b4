package io.tacit.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinomialTest {

  /**
   * Pearson's chi-square against the exact probabilities, over 200,000 draws, for both branches
   * (inversion below mean 10, BTRS above) and both tails of p. A correct sampler stays far below df
   * + 6 sqrt(2 df); a wrong acceptance bound or an off-by-one does not.
   */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          20,      0.3
          1000,    0.003
          7,       0.9
          200,     0.4
          5000,    0.97
          100000,  0.25
          """)
  void drawsFromTheBinomialDistribution(long n, double p) {
    SplitMix64 random = new SplitMix64(42);
    int draws = 200_000;
    long[] histogram = new long[(int) Math.min(n, 200_000) + 1];
    double sum = 0;
    for (int i = 0; i < draws; i++) {
      long k = Binomial.sample(n, p, random);
      assertThat(k).isBetween(0L, n);
      histogram[(int) k]++;
      sum += k;
    }
    assertThat(sum / draws).isCloseTo(n * p, within(5 * Math.sqrt(n * p * (1 - p) / draws)));
    double chiSquare = 0;
    int bins = 0;
    double expectedPending = 0;
    long observedPending = 0;
    for (int k = 0; k < histogram.length; k++) {
      expectedPending += draws * Math.exp(logPmf(n, p, k));
      observedPending += histogram[k];
      if (expectedPending >= 20) {
        chiSquare += sq(observedPending - expectedPending) / expectedPending;
        bins++;
        expectedPending = 0;
        observedPending = 0;
      }
    }
    int df = bins - 1;
    assertThat(chiSquare).isLessThan(df + 6 * Math.sqrt(2.0 * df));
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          0,   0.5, 0
          10,  0,   0
          10,  1,   10
          """)
  void handlesDegenerateCases(long n, double p, long expected) {
    assertThat(Binomial.sample(n, p, new SplitMix64(1))).isEqualTo(expected);
  }

  private static double logPmf(long n, double p, long k) {
    return Binomial.logFactorial(n)
        - Binomial.logFactorial(k)
        - Binomial.logFactorial(n - k)
        + k * Math.log(p)
        + (n - k) * Math.log1p(-p);
  }

  private static double sq(double x) {
    return x * x;
  }
}
