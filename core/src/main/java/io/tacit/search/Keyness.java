package io.tacit.search;

/**
 * Keyness statistics for a word's frequency in one corpus against another: log-likelihood G2
 * (Dunning 1993, in the form of Rayson and Garside 2000), its p-value, and the log ratio effect
 * size (Hardie 2014). Pure functions.
 *
 * <p>For a word seen {@code a} times in corpus 1 of {@code c} words and {@code b} times in corpus 2
 * of {@code d} words, the expected counts are {@code E1 = c(a+b)/(c+d)} and {@code E2 =
 * d(a+b)/(c+d)}, and {@code G2 = 2(a ln(a/E1) + b ln(b/E2))}, a term being 0 when its count is 0.
 */
public final class Keyness {
  private Keyness() {}

  public static double logLikelihood(long a, long b, long c, long d) {
    double total = (double) c + d;
    double e1 = c * (double) (a + b) / total;
    double e2 = d * (double) (a + b) / total;
    return 2 * (part(a, e1) + part(b, e2));
  }

  private static double part(long observed, double expected) {
    return observed == 0 ? 0 : observed * Math.log(observed / expected);
  }

  /**
   * The binary log of the ratio of relative frequencies: +1 means twice as frequent in corpus 1. A
   * zero count is taken as 0.5, Hardie's adjustment, so the ratio stays finite.
   */
  public static double logRatio(long a, long b, long c, long d) {
    double fa = (a == 0 ? 0.5 : a) / (double) c;
    double fb = (b == 0 ? 0.5 : b) / (double) d;
    return Math.log(fa / fb) / Math.log(2);
  }

  /**
   * The chance of a G2 at least this large if the word were equally frequent in both corpora: the
   * upper tail of chi-squared with one degree of freedom, {@code erfc(sqrt(G2/2))}, to a relative
   * precision of about 1e-7.
   */
  public static double pValue(double g2) {
    return g2 <= 0 ? 1.0 : erfc(Math.sqrt(g2 / 2));
  }

  /** Complementary error function by Chebyshev fitting (Numerical Recipes' erfcc). */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1.0 / (1.0 + 0.5 * z);
    double r =
        t
            * Math.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }
}
