package io.tacit.theme;

/**
 * Where to cut the tree of codes into candidate themes. Immutable.
 *
 * @param k the number of candidates wanted, or 0 to cut by association
 * @param threshold join clusters only while their average association is at least this
 * @param medianMultiple if above 0, the threshold rises to this multiple of the median
 *     association over all pairs of placed codes, so that the cut follows how densely the data
 *     were coded
 * @param maxShare the largest share of the placed codes one candidate may hold (1 for no cap)
 */
public record ThemeCut(int k, double threshold, double medianMultiple, double maxShare) {
  /**
   * The default: join while the average Jaccard association is at least twice the median over all
   * code pairs (codes clearly more together than codes usually are) and at least 0.05, and never
   * let one candidate hold more than 40% of the placed codes (docs/adr/0007-theme-association.md).
   */
  public static final ThemeCut DEFAULT = new ThemeCut(0, 0.05, 2.0, 0.4);

  public ThemeCut {
    if (k < 0) {
      throw new IllegalArgumentException("--k must be 1 or more");
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("--threshold is an association between 0 and 1");
    }
    if (!(medianMultiple >= 0)) {
      throw new IllegalArgumentException("the multiple of the median is 0 or more");
    }
    if (!(maxShare > 0 && maxShare <= 1)) {
      throw new IllegalArgumentException("the largest share of codes is between 0 and 1");
    }
  }

  /** Exactly {@code k} candidates where the data allow it (codes never together are not joined). */
  public static ThemeCut ofK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("--k must be 1 or more");
    }
    return new ThemeCut(k, 0, 0, 1);
  }

  /** Join while the average association is at least {@code threshold}; no cap. */
  public static ThemeCut ofThreshold(double threshold) {
    return new ThemeCut(0, threshold, 0, 1);
  }

  /** The threshold in force for these associations. */
  double effectiveThreshold(Cooccurrence association) {
    if (medianMultiple == 0 || association.size() < 2) {
      return threshold;
    }
    double[] all = new double[association.size() * (association.size() - 1) / 2];
    int i = 0;
    for (int a = 0; a < association.size(); a++) {
      for (int b = a + 1; b < association.size(); b++) {
        all[i++] = association.association(a, b);
      }
    }
    java.util.Arrays.sort(all);
    double median = all.length % 2 == 1 ? all[all.length / 2]
        : (all[all.length / 2 - 1] + all[all.length / 2]) / 2;
    return Math.max(threshold, medianMultiple * median);
  }
}
