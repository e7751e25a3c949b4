package io.tacit.theme;

import java.util.Arrays;
import java.util.List;

/**
 * Where to cut the tree of codes into candidate themes. Immutable.
 *
 * @param k the number of clusters wanted, or 0 to cut by association
 * @param threshold join clusters only while their average association is at least this
 * @param medianMultiple if above 0, the threshold rises to this multiple of the median association
 *     over all pairs of placed codes, so that the cut follows how densely the data were coded
 * @param largestGap if set, the threshold never rises above the middle of the largest gap between
 *     successive merges of the tree, so that the multiple of the median cannot forbid every merge
 *     where codes meet everywhere
 * @param maxShare the largest share of the placed codes one candidate may hold (1 for no cap); any
 *     candidate may hold {@link #SMALLEST_CAP} codes whatever the share
 */
public record ThemeCut(
    int k, double threshold, double medianMultiple, boolean largestGap, double maxShare) {
  /** A cap never forbids a theme of three codes, however few codes there are. */
  static final int SMALLEST_CAP = 3;

  /**
   * The default: join while the average Jaccard association is at least twice the median over all
   * code pairs, or down to the largest gap in the tree if that comes first, and never below 0.05;
   * no candidate holds more than 40% of the placed codes, or 3 if that is more
   * (docs/adr/0007-theme-association.md).
   */
  public static final ThemeCut DEFAULT = new ThemeCut(0, 0.05, 2.0, true, 0.4);

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

  /** Exactly {@code k} clusters where the data allow it (codes never together are not joined). */
  public static ThemeCut ofK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("--k must be 1 or more");
    }
    return new ThemeCut(k, 0, 0, false, 1);
  }

  /** Join while the average association is at least {@code threshold}; no cap. */
  public static ThemeCut ofThreshold(double threshold) {
    return new ThemeCut(0, threshold, 0, false, 1);
  }

  /** The most codes one candidate may hold, of {@code n} placed codes. */
  int cap(int n) {
    if (maxShare >= 1) {
      return n;
    }
    return Math.max(SMALLEST_CAP, (int) Math.floor(maxShare * n + 1e-12));
  }

  /**
   * The threshold in force for these associations and this tree.
   *
   * @param heights the average association of each merge of the whole tree, in merge order
   */
  double effectiveThreshold(Cooccurrence association, List<Double> heights) {
    double t =
        medianMultiple == 0 || association.size() < 2
            ? threshold
            : medianMultiple * median(association);
    if (largestGap) {
      t = Math.min(t, largestGap(heights));
    }
    return Math.max(threshold, t);
  }

  private static double median(Cooccurrence association) {
    int n = association.size();
    double[] all = new double[n * (n - 1) / 2];
    int i = 0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        all[i++] = association.association(a, b);
      }
    }
    Arrays.sort(all);
    return all.length % 2 == 1
        ? all[all.length / 2]
        : (all[all.length / 2 - 1] + all[all.length / 2]) / 2;
  }

  /**
   * The middle of the largest drop between one merge and the next (of equal drops, the last); no
   * limit for a tree of fewer than two merges.
   */
  static double largestGap(List<Double> heights) {
    double gap = 0;
    double middle = Double.POSITIVE_INFINITY;
    for (int m = 0; m + 1 < heights.size(); m++) {
      double drop = heights.get(m) - heights.get(m + 1);
      if (drop > 0 && drop >= gap - 1e-12) {
        gap = drop;
        middle = (heights.get(m) + heights.get(m + 1)) / 2;
      }
    }
    return middle;
  }
}
