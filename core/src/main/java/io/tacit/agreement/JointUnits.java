package io.tacit.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * Units seen across several codes at once: each unit's kind is the row of its table cells, one per
 * code ({@code first * q + second}, or -1 unless both coders rated it), so that resampling kinds
 * resamples whole units. Immutable.
 */
final class JointUnits {

  private final RowCounter kinds;
  private final int[] sizes;

  /** The kinds' rows, flat: kind {@code p}'s cell for code {@code i} at {@code p * codes + i}. */
  private final int[] rows;

  private JointUnits(RowCounter kinds, int[] sizes) {
    this.kinds = kinds;
    this.sizes = sizes;
    this.rows = kinds.rows();
  }

  static JointUnits of(List<ReliabilityData> codes) {
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("pooled kappa needs at least one code");
    }
    int units = codes.get(0).units();
    int[] sizes = new int[codes.size()];
    for (int i = 0; i < sizes.length; i++) {
      ReliabilityData code = codes.get(i);
      if (code.units() != units) {
        throw new IllegalArgumentException(
            "code " + i + " has " + code.units() + " units, code 0 has " + units);
      }
      sizes[i] = code.categoryCount();
    }
    RowCounter kinds = new RowCounter(codes.size());
    int[] row = new int[codes.size()];
    for (int u = 0; u < units; u++) {
      for (int i = 0; i < row.length; i++) {
        int a = codes.get(i).rating(u, 0);
        int b = codes.get(i).rating(u, 1);
        row[i] = a < 0 || b < 0 ? -1 : a * sizes[i] + b;
      }
      kinds.add(row);
    }
    return new JointUnits(kinds, sizes);
  }

  long[] counts() {
    return kinds.counts();
  }

  /**
   * Pooled kappa when kind {@code p} holds {@code counts[p]} units. Called once per bootstrap
   * replicate, so it walks the kinds once, skipping those the resample left out, and adds each
   * kind's count to its cell of every code's table, kept flat; sums of whole numbers, so the tables
   * are the same whatever the order.
   */
  double pooled(long[] counts) {
    int width = sizes.length;
    long[][] flat = new long[width][];
    for (int i = 0; i < width; i++) {
      flat[i] = new long[sizes[i] * sizes[i]];
    }
    for (int p = 0; p < counts.length; p++) {
      long n = counts[p];
      if (n == 0) {
        continue;
      }
      int base = p * width;
      for (int i = 0; i < width; i++) {
        int cell = rows[base + i];
        if (cell >= 0) {
          flat[i][cell] += n;
        }
      }
    }
    List<ContingencyTable> tables = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      long[][] cells = new long[sizes[i]][sizes[i]];
      for (int r = 0; r < sizes[i]; r++) {
        System.arraycopy(flat[i], r * sizes[i], cells[r], 0, sizes[i]);
      }
      tables.add(ContingencyTable.of(cells));
    }
    return PooledKappa.pooled(tables);
  }
}
