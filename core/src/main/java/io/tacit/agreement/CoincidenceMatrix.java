package io.tacit.agreement;

import java.util.Map;
import java.util.TreeMap;

/**
 * Krippendorff's coincidence matrix: {@code get(c, k)} counts the ordered pairs of values {@code
 * (c, k)} from different coders of the same unit, each unit's pairs weighted by {@code 1/(m_u - 1)}
 * where {@code m_u} is the number of values it has. Units with fewer than two values are not
 * pairable and drop out. The ordered pairs are also kept as exact integer counts per {@code m_u},
 * which is what Krippendorff's bootstrap draws from. Immutable.
 */
public final class CoincidenceMatrix {

  private final int size;
  private final double[] cells;
  private final double[] marginals;
  private final double total;

  /** Values per unit (m) of each group, ascending. */
  private final int[] groupValues;

  /** Ordered pair counts, row-major q x q, per group. */
  private final long[][] groupPairs;

  private CoincidenceMatrix(int size, int[] groupValues, long[][] groupPairs) {
    this.size = size;
    this.groupValues = groupValues;
    this.groupPairs = groupPairs;
    this.cells = new double[size * size];
    for (int g = 0; g < groupValues.length; g++) {
      for (int i = 0; i < cells.length; i++) {
        cells[i] += (double) groupPairs[g][i] / (groupValues[g] - 1);
      }
    }
    this.marginals = new double[size];
    double n = 0;
    for (int c = 0; c < size; c++) {
      for (int k = 0; k < size; k++) {
        marginals[c] += cells[c * size + k];
      }
      n += marginals[c];
    }
    this.total = n;
  }

  public static CoincidenceMatrix of(ReliabilityData data) {
    return of(RatingProfiles.of(data));
  }

  static CoincidenceMatrix of(RatingProfiles profiles) {
    int q = profiles.categories();
    Map<Integer, long[]> byValues = new TreeMap<>();
    for (int p = 0; p < profiles.size(); p++) {
      int m = profiles.raters(p);
      if (m < 2) {
        continue;
      }
      long[] pairs = byValues.computeIfAbsent(m, key -> new long[q * q]);
      long units = profiles.count(p);
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          if (i != j) {
            pairs[profiles.category(p, i) * q + profiles.category(p, j)] += units;
          }
        }
      }
    }
    int[] groupValues = byValues.keySet().stream().mapToInt(Integer::intValue).toArray();
    long[][] groupPairs = byValues.values().toArray(new long[0][]);
    return new CoincidenceMatrix(q, groupValues, groupPairs);
  }

  /** The number of categories. */
  public int size() {
    return size;
  }

  /** Coincidences of values {@code c} and {@code k}, {@code o_ck}. */
  public double get(int c, int k) {
    return cells[c * size + k];
  }

  /** Pairable values of category {@code c}, {@code n_c}. */
  public double marginal(int c) {
    return marginals[c];
  }

  /** All pairable values, {@code n..}. */
  public double total() {
    return total;
  }

  /** Distinct numbers of values per pairable unit. */
  int groups() {
    return groupValues.length;
  }

  int groupValues(int group) {
    return groupValues[group];
  }

  /** Ordered pairs of values in units with {@code groupValues(group)} values, row-major. */
  long[] groupPairs(int group) {
    return groupPairs[group];
  }
}
