package io.tacit.agreement;

/**
 * Cohen's kappa and Scott's pi from a contingency table, optionally weighted, with their
 * large-sample standard errors: Fleiss, Cohen and Everitt (1969, Psychological Bulletin 72,
 * 323-327) for kappa, and the analogous formula Gwet (2014, ch. 5) gives for pi. Immutable.
 */
final class TwoRaterCoefficient {

  /** Which chance agreement: each coder's own marginals, or the pooled ones. */
  enum Kind {
    COHEN,
    SCOTT
  }

  private final Kind kind;
  private final Weights weights;
  private final int q;

  TwoRaterCoefficient(Kind kind, Weights weights) {
    this.kind = kind;
    this.weights = weights;
    this.q = weights.size();
  }

  Estimate estimate(ContingencyTable table) {
    if (table.size() != q) {
      throw new IllegalArgumentException(q + " weights for a table of " + table.size());
    }
    long[] cells = table.cells();
    double value = value(cells);
    return Estimate.normal(value, standardError(cells, value));
  }

  /** The coefficient for a table whose row-major cells hold {@code cells}. */
  double value(long[] cells) {
    double n = sum(cells);
    if (n == 0) {
      return Double.NaN;
    }
    double[] row = new double[q];
    double[] col = new double[q];
    double pa = margins(cells, n, row, col);
    double pe = chance(row, col);
    return pe == 1 ? Double.NaN : (pa - pe) / (1 - pe);
  }

  private double standardError(long[] cells, double value) {
    double n = sum(cells);
    if (Double.isNaN(value)) {
      return Double.NaN;
    }
    double[] row = new double[q];
    double[] col = new double[q];
    double pa = margins(cells, n, row, col);
    double pe = chance(row, col);
    // Weighted marginals: wCol[k] = sum_l w(k,l) col(l), wRow[l] = sum_k w(k,l) row(k).
    double[] wCol = new double[q];
    double[] wRow = new double[q];
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        wCol[k] += weights.get(k, l) * col[l];
        wRow[l] += weights.get(k, l) * row[k];
      }
    }
    if (kind == Kind.SCOTT) {
      for (int k = 0; k < q; k++) {
        double mean = (wCol[k] + wRow[k]) / 2;
        wCol[k] = mean;
        wRow[k] = mean;
      }
    }
    double sum = 0;
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        double d = weights.get(k, l) - (1 - value) * (wCol[k] + wRow[l]);
        sum += cells[k * q + l] / n * d * d;
      }
    }
    double centre = pa - 2 * (1 - value) * pe;
    double variance = (sum - centre * centre) / (n * (1 - pe) * (1 - pe));
    return Math.sqrt(Math.max(variance, 0));
  }

  private double margins(long[] cells, double n, double[] row, double[] col) {
    double pa = 0;
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        double p = cells[k * q + l] / n;
        row[k] += p;
        col[l] += p;
        pa += weights.get(k, l) * p;
      }
    }
    return pa;
  }

  private double chance(double[] row, double[] col) {
    double pe = 0;
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        pe +=
            weights.get(k, l)
                * (kind == Kind.COHEN
                    ? row[k] * col[l]
                    : (row[k] + col[k]) * (row[l] + col[l]) / 4);
      }
    }
    return pe;
  }

  private static double sum(long[] cells) {
    double n = 0;
    for (long c : cells) {
      n += c;
    }
    return n;
  }
}
