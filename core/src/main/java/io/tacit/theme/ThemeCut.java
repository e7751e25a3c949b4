package io.tacit.theme;

/**
 * Where to cut the tree of codes into candidate themes. Immutable.
 *
 * @param k the number of candidates wanted, or 0 to cut by association
 * @param threshold join clusters only while their average association is at least this
 * @param maxShare the largest share of the placed codes one candidate may hold (1 for no cap)
 */
public record ThemeCut(int k, double threshold, double maxShare) {
  /**
   * The default: join while the average Jaccard association is at least 0.15, and never let one
   * candidate hold more than 40% of the placed codes (see docs/adr/0007-theme-association.md).
   */
  public static final ThemeCut DEFAULT = new ThemeCut(0, 0.15, 0.4);

  public ThemeCut {
    if (k < 0) {
      throw new IllegalArgumentException("--k must be 1 or more");
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("--threshold is an association between 0 and 1");
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
    return new ThemeCut(k, 0, 1);
  }

  public static ThemeCut ofThreshold(double threshold) {
    return new ThemeCut(0, threshold, 1);
  }
}
