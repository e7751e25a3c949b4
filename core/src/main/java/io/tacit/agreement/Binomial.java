package io.tacit.agreement;

/**
 * Binomial random numbers, exact in distribution, in constant expected time: inversion when the
 * mean is small, otherwise Hörmann's transformed rejection with squeeze (BTRS; W. Hörmann, "The
 * generation of binomial random variates", J. Statist. Comput. Simul. 46, 1993). Drawing whole
 * resamples as multinomial counts is what lets the bootstrap cost nothing per unit.
 */
final class Binomial {

  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  /** log(k!) for small k, exactly; Stirling's series beyond. */
  private static final double[] LOG_FACTORIAL = new double[10];

  static {
    double f = 1;
    for (int k = 0; k < LOG_FACTORIAL.length; k++) {
      f *= Math.max(1, k);
      LOG_FACTORIAL[k] = Math.log(f);
    }
  }

  private Binomial() {}

  /** The number of successes in {@code n} trials of probability {@code p}. */
  static long sample(long n, double p, SplitMix64 random) {
    if (n <= 0 || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    boolean flip = p > 0.5;
    double small = flip ? 1 - p : p;
    long k = n * small < 10 ? inversion(n, small, random) : btrs(n, small, random);
    return flip ? n - k : k;
  }

  private static long inversion(long n, double p, SplitMix64 random) {
    double ratio = p / (1 - p);
    double scaled = (n + 1) * ratio;
    double first = Math.exp(n * Math.log1p(-p));
    while (true) {
      double u = random.nextDouble();
      double f = first;
      long k = 0;
      while (u > f && f > 0 && k < n) {
        u -= f;
        k++;
        f *= scaled / k - ratio;
      }
      if (u <= f) {
        return k;
      }
      // Rounding left u above the whole mass (probability ~1e-16): draw again.
    }
  }

  private static long btrs(long n, double p, SplitMix64 random) {
    double spq = Math.sqrt(n * p * (1 - p));
    double b = 1.15 + 2.53 * spq;
    double a = -0.0873 + 0.0248 * b + 0.01 * p;
    double c = n * p + 0.5;
    double vr = 0.92 - 4.2 / b;
    double alpha = (2.83 + 5.1 / b) * spq;
    double logOdds = Math.log(p / (1 - p));
    double m = Math.floor((n + 1) * p);
    double logModeMass = logFactorial(m) + logFactorial(n - m);
    while (true) {
      double u = random.nextDouble() - 0.5;
      double v = random.nextDouble();
      double us = 0.5 - Math.abs(u);
      double k = Math.floor((2 * a / us + b) * u + c);
      if (k < 0 || k > n) {
        continue;
      }
      if (us >= 0.07 && v <= vr) {
        return (long) k;
      }
      double lv = Math.log(v * alpha / (a / (us * us) + b));
      double logRatio = logModeMass - logFactorial(k) - logFactorial(n - k) + (k - m) * logOdds;
      if (lv <= logRatio) {
        return (long) k;
      }
    }
  }

  static double logFactorial(double k) {
    if (k < LOG_FACTORIAL.length) {
      return LOG_FACTORIAL[(int) k];
    }
    double x = k + 1;
    double x2 = x * x;
    double tail = (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / x2) / x2) / x;
    return (k + 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + tail;
  }
}
