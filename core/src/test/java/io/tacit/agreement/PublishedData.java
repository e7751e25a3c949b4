package io.tacit.agreement;

/**
 * Reliability data from the literature, as published, for tests against published values. Each
 * constant names where the data come from; the tests name where the values come from.
 */
final class PublishedData {

  private static final double NA = Double.NaN;

  private PublishedData() {}

  /**
   * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 coders (A-D as
   * columns), 12 units (rows), missing values. The same matrix is irr's {@code nmm}, the {@code
   * krippendorff} Python package's test data and, but for who coded unit 12, irrCAC's {@code
   * cac.raw4raters} (Gwet 2014).
   */
  static final double[][] KRIPPENDORFF_2011 = {
    {1, 1, NA, 1},
    {2, 2, 3, 2},
    {3, 3, 3, 3},
    {3, 3, 3, 3},
    {2, 2, 2, 2},
    {1, 2, 3, 4},
    {4, 4, 4, 4},
    {1, 1, 2, 1},
    {2, 2, 2, 2},
    {NA, 5, 5, 5},
    {NA, NA, 1, 1},
    {NA, 3, NA, NA},
  };

  /**
   * Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological Bulletin
   * 76, Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses (1 depression, 2 personality
   * disorder, 3 schizophrenia, 4 neurosis, 5 other); as raw ratings in R's irr ({@code diagnoses}).
   * The first 15 rows are irrCAC's {@code distrib.6raters}.
   */
  static final double[][] FLEISS_1971 = {
    {4, 4, 4, 4, 4, 4},
    {2, 2, 2, 5, 5, 5},
    {2, 3, 3, 3, 3, 5},
    {5, 5, 5, 5, 5, 5},
    {2, 2, 2, 4, 4, 4},
    {1, 1, 3, 3, 3, 3},
    {3, 3, 3, 3, 5, 5},
    {1, 1, 3, 3, 3, 4},
    {1, 1, 4, 4, 4, 4},
    {5, 5, 5, 5, 5, 5},
    {1, 4, 4, 4, 4, 4},
    {1, 2, 4, 4, 4, 4},
    {2, 2, 2, 3, 3, 3},
    {1, 4, 4, 4, 4, 4},
    {2, 2, 4, 4, 4, 5},
    {3, 3, 3, 3, 3, 5},
    {1, 1, 1, 4, 5, 5},
    {1, 1, 1, 1, 1, 2},
    {2, 2, 4, 4, 4, 4},
    {1, 3, 3, 5, 5, 5},
    {5, 5, 5, 5, 5, 5},
    {2, 4, 4, 4, 4, 4},
    {2, 2, 4, 5, 5, 5},
    {1, 1, 4, 4, 4, 4},
    {1, 4, 4, 4, 4, 5},
    {2, 2, 2, 2, 2, 4},
    {1, 1, 1, 1, 5, 5},
    {2, 2, 4, 4, 4, 4},
    {1, 3, 3, 3, 3, 3},
    {5, 5, 5, 5, 5, 5},
  };

  /**
   * Hayes and Krippendorff (2007), "Answering the call for a standard reliability measure for
   * coding data", Communication Methods and Measures 1, 77-89: 40 units, 5 observers, ordinal
   * judgements 0-3 with missing values (as in the icr R package's tests).
   */
  static final double[][] HAYES_KRIPPENDORFF_2007 = {
    {1, 1, 2, NA, 2}, {1, 1, 0, 1, NA}, {2, 3, 3, 3, NA}, {NA, 0, 0, NA, 0},
    {0, 0, 0, NA, 0}, {0, 0, 0, NA, 0}, {1, 0, 2, NA, 1}, {1, NA, 2, 0, NA},
    {2, 2, 2, NA, 2}, {2, 1, 1, 1, NA}, {NA, 1, 0, 0, NA}, {0, 0, 0, 0, NA},
    {1, 2, 2, 2, NA}, {3, 3, 2, 2, 3}, {1, 1, 1, NA, 1}, {1, 1, 1, NA, 1},
    {2, 1, 2, NA, 2}, {1, 2, 3, 3, NA}, {1, 1, 0, 1, NA}, {0, 0, 0, NA, 0},
    {0, 0, 1, 1, NA}, {0, 0, NA, 0, 0}, {2, 3, 3, 3, NA}, {0, 0, 0, 0, NA},
    {1, 2, NA, 2, 2}, {0, 1, 1, 1, NA}, {0, 0, 0, 1, 0}, {1, 2, 1, 2, NA},
    {1, 1, 2, 2, NA}, {1, 1, 2, NA, 2}, {1, 1, 0, NA, 0}, {2, 1, 2, 1, NA},
    {2, 2, NA, 2, 2}, {3, 2, 2, 2, NA}, {2, 2, 2, NA, 2}, {2, 2, 3, NA, 2},
    {2, 2, 2, NA, 2}, {2, 2, NA, 1, 2}, {2, 2, 2, 2, NA}, {1, 1, 1, NA, 1},
  };

  /**
   * The worked example of Wikipedia's "Krippendorff's alpha" article: 3 coders, 15 units, two of
   * them coded by nobody.
   */
  static final double[][] WIKIPEDIA = {
    {NA, 1, NA}, {NA, NA, NA}, {NA, 2, 2}, {NA, 1, 1}, {NA, 3, 3},
    {3, 3, 4}, {4, 4, 4}, {1, 3, NA}, {2, NA, 2}, {1, NA, 1},
    {1, NA, 1}, {3, NA, 3}, {3, NA, 3}, {NA, NA, NA}, {3, NA, 4},
  };

  /** Decimal values, 4 coders, 5 units, from kriAlpha.m (alexschlegel/matlab_lib). */
  static final double[][] DECIMALS = {
    {1.1, 2.0, 1.5, NA},
    {2.1, 3.1, 2.9, 2.6},
    {5.0, 4.0, 4.5, 4.3},
    {1.1, 1.9, 4.4, 1.1},
    {2.0, 2.3, 2.1, 2.3},
  };

  /**
   * irrCAC's {@code cont3x3abstractors} (Gwet 2014): two abstractors classifying 100 pregnancies as
   * ectopic, AIU or NIU.
   */
  static final long[][] ABSTRACTORS = {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}};

  /** The 2 x 2 table of the Statalist thread comparing {@code kap} and {@code kapci} (2009). */
  static final long[][] STATALIST = {{1395, 118}, {261, 158}};

  /** Rows {@code from} (inclusive) to {@code to} (exclusive) of {@code rows}. */
  static double[][] rows(double[][] rows, int from, int to) {
    return java.util.Arrays.copyOfRange(rows, from, to);
  }

  /** Columns {@code columns} of {@code rows}. */
  static double[][] columns(double[][] rows, int... columns) {
    double[][] out = new double[rows.length][columns.length];
    for (int u = 0; u < rows.length; u++) {
      for (int c = 0; c < columns.length; c++) {
        out[u][c] = rows[u][columns[c]];
      }
    }
    return out;
  }

  /** One unit per table entry, as two coders' raw ratings 1..q. */
  static double[][] expand(long[][] table) {
    int n = 0;
    for (long[] row : table) {
      for (long c : row) {
        n += (int) c;
      }
    }
    double[][] out = new double[n][];
    int u = 0;
    for (int a = 0; a < table.length; a++) {
      for (int b = 0; b < table.length; b++) {
        for (long i = 0; i < table[a][b]; i++) {
          out[u++] = new double[] {a + 1, b + 1};
        }
      }
    }
    return out;
  }
}
