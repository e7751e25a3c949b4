package io.tacit.agreement;

/**
 * Two coders' ratings cross-tabulated: {@code count(a, b)} units got category {@code a} from the
 * first coder and {@code b} from the second. Only units both coded enter; the others are counted
 * apart. Counts are held in one {@code long[]}. Immutable.
 */
public final class ContingencyTable {

  private final int size;
  private final long[] cells;
  private final long onlyFirst;
  private final long onlySecond;
  private final long neither;

  private ContingencyTable(int size, long[] cells, long onlyFirst, long onlySecond, long neither) {
    this.size = size;
    this.cells = cells;
    this.onlyFirst = onlyFirst;
    this.onlySecond = onlySecond;
    this.neither = neither;
  }

  /** The table of coders {@code first} and {@code second} of {@code data}. */
  public static ContingencyTable of(ReliabilityData data, int first, int second) {
    int coders = data.coders();
    if (first < 0 || second < 0 || first >= coders || second >= coders || first == second) {
      throw new IllegalArgumentException("no pair of coders " + first + ", " + second);
    }
    int q = data.categoryCount();
    int[] ratings = data.ratingsArray();
    long[] cells = new long[q * q];
    long onlyFirst = 0;
    long onlySecond = 0;
    long neither = 0;
    for (int u = 0, base = 0; u < data.units(); u++, base += coders) {
      int a = ratings[base + first];
      int b = ratings[base + second];
      if (a >= 0 && b >= 0) {
        cells[a * q + b]++;
      } else if (a >= 0) {
        onlyFirst++;
      } else if (b >= 0) {
        onlySecond++;
      } else {
        neither++;
      }
    }
    return new ContingencyTable(q, cells, onlyFirst, onlySecond, neither);
  }

  /** The table of the first two coders. */
  public static ContingencyTable of(ReliabilityData data) {
    return of(data, 0, 1);
  }

  /** A table from published counts, {@code counts[first][second]}. */
  public static ContingencyTable of(long[][] counts) {
    int q = counts.length;
    long[] cells = new long[q * q];
    for (int a = 0; a < q; a++) {
      if (counts[a].length != q) {
        throw new IllegalArgumentException("a contingency table is square; row " + a + " is not");
      }
      for (int b = 0; b < q; b++) {
        if (counts[a][b] < 0) {
          throw new IllegalArgumentException("negative count at " + a + ", " + b);
        }
        cells[a * q + b] = counts[a][b];
      }
    }
    return new ContingencyTable(q, cells, 0, 0, 0);
  }

  /** The number of categories (rows and columns). */
  public int size() {
    return size;
  }

  public long count(int first, int second) {
    return cells[first * size + second];
  }

  /** Units both coders coded. */
  public long total() {
    long n = 0;
    for (long c : cells) {
      n += c;
    }
    return n;
  }

  /** Units both coders put in the same category. */
  public long agreements() {
    long n = 0;
    for (int k = 0; k < size; k++) {
      n += cells[k * size + k];
    }
    return n;
  }

  public long onlyFirst() {
    return onlyFirst;
  }

  public long onlySecond() {
    return onlySecond;
  }

  public long neither() {
    return neither;
  }

  /** The cell counts, row-major, a copy: the population the bootstrap resamples. */
  long[] cells() {
    return cells.clone();
  }
}
